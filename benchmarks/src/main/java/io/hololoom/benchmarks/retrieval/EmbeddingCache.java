package io.hololoom.benchmarks.retrieval;

import io.hololoom.api.Embedder;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Embeds a list of texts once and keeps the vectors in a file, so re-running a study skips the model.
 *
 * <p>The file is named after a label and is only reused when its header matches the embedder's fingerprint
 * and a SHA-256 of the texts: a changed corpus or model is re-embedded, never served stale vectors.
 */
final class EmbeddingCache {
    private static final int MAGIC = 0x484c4531; // "HLE1"

    private final Path directory;

    EmbeddingCache(Path directory) {
        this.directory = directory;
    }

    /**
     * The directory named by the system property {@code hololoom.bench.cache-dir} if set; else
     * {@code benchmarks/target/retrieval-cache} when run from the repository root, else
     * {@code target/retrieval-cache}.
     */
    static EmbeddingCache defaultLocation() {
        String override = System.getProperty("hololoom.bench.cache-dir");
        if (override != null && !override.isBlank()) {
            return new EmbeddingCache(Path.of(override));
        }
        Path base = Files.isRegularFile(Path.of("benchmarks", "pom.xml")) ? Path.of("benchmarks", "target")
                : Path.of("target");
        return new EmbeddingCache(base.resolve("retrieval-cache"));
    }

    Path directory() {
        return directory;
    }

    /** The embeddings of {@code texts}, from the cache file {@code label} or computed and stored. */
    List<float[]> embed(String label, List<String> texts, Embedder embedder, int batch) {
        Path file = directory.resolve(label + ".emb");
        byte[] digest = digest(texts);
        List<float[]> cached = read(file, embedder.fingerprint(), digest, texts.size());
        if (cached != null) {
            System.err.printf("embeddings [%s]: %d vectors from %s%n", label, cached.size(), file);
            return cached;
        }
        long start = System.nanoTime();
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += batch) {
            vectors.addAll(embedder.embedAll(texts.subList(from, Math.min(texts.size(), from + batch))));
            System.err.printf(Locale.ROOT, "embeddings [%s]: %d / %d after %.0f s%n", label, vectors.size(),
                    texts.size(), (System.nanoTime() - start) / 1e9);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf("embeddings [%s]: %d texts in %.1f s (%.0f texts/s) with %s%n", label, texts.size(),
                seconds, texts.size() / seconds, embedder.fingerprint());
        write(file, embedder.fingerprint(), digest, vectors);
        return vectors;
    }

    private static byte[] digest(List<String> texts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String text : texts) {
                sha.update(text.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private static List<float[]> read(Path file, String fingerprint, byte[] digest, int count) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(fingerprint)) {
                return null;
            }
            byte[] stored = new byte[digest.length];
            in.readFully(stored);
            int n = in.readInt();
            int dimension = in.readInt();
            if (!Arrays.equals(stored, digest) || n != count) {
                return null;
            }
            List<float[]> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                float[] v = new float[dimension];
                for (int j = 0; j < dimension; j++) {
                    v[j] = in.readFloat();
                }
                out.add(v);
            }
            return out;
        } catch (IOException e) {
            System.err.printf("embedding cache %s unreadable (%s); embedding again%n", file, e.getMessage());
            return null;
        }
    }

    private void write(Path file, String fingerprint, byte[] digest, List<float[]> vectors) {
        try {
            Files.createDirectories(directory);
            Path tmp = directory.resolve(file.getFileName() + ".tmp");
            try (DataOutputStream out = new DataOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeUTF(fingerprint);
                out.write(digest);
                out.writeInt(vectors.size());
                out.writeInt(vectors.isEmpty() ? 0 : vectors.get(0).length);
                for (float[] v : vectors) {
                    for (float x : v) {
                        out.writeFloat(x);
                    }
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.err.printf("embeddings cached in %s (texts sha256 %s...)%n", file,
                    HexFormat.of().formatHex(digest, 0, 6));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write embedding cache " + file, e);
        }
    }
}
