package io.hololoom.benchmarks.embedder;

import io.hololoom.core.learn.Workload;
import io.hololoom.embedder.minilm.MiniLmEmbedder;
import io.hololoom.embedder.minilm.MiniLmEmbedderConfig;
import io.hololoom.embedder.minilm.MiniLmVariant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The evidence behind the {@code minilm} default thread count ({@link MiniLmEmbedderConfig#defaultThreads}): for
 * one variant and one ONNX Runtime intra-op thread setting (it applies when the model loads, so one JVM per
 * setting), a checksum of the raw bits of the vectors of the first 400 {@code builtin:train} queries (equal
 * checksums = the setting does not change the vectors), the time of one {@code embedAll} over them, and the
 * median and 90th percentile of 400 single-text {@code embed} calls after a warm-up.
 *
 * <pre>
 * for t in 0 1; do benchmarks/run io.hololoom.benchmarks.embedder.ThreadsCheck int8 $t; done
 * </pre>
 */
public final class ThreadsCheck {
    private ThreadsCheck() {
    }

    public static void main(String[] args) {
        if (args.length != 2 || !args[1].matches("\\d{1,3}")) {
            System.err.println("usage: ThreadsCheck <fp32|int8> <threads, 0 = ONNX Runtime's choice>");
            System.exit(2);
        }
        MiniLmVariant variant = MiniLmVariant.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        MiniLmEmbedder e = new MiniLmEmbedder(MiniLmEmbedderConfig.defaults(variant).withThreads(threads, false)
                .withCacheDirectory(Texts.workDirectory("embedder-cache")));
        List<String> texts = new ArrayList<>();
        for (Workload.Example x : Workload.read("builtin:train")) {
            texts.add(x.query());
        }
        texts = texts.subList(0, 400);
        e.embedAll(texts.subList(0, 50));
        long t0 = System.nanoTime();
        List<float[]> all = e.embedAll(texts);
        long t1 = System.nanoTime();
        long hash = 1;
        for (float[] v : all) {
            for (float x : v) {
                hash = hash * 31 + Float.floatToRawIntBits(x);
            }
        }
        for (int i = 0; i < 300; i++) {
            e.embed(texts.get(i) + " !");
        }
        long[] latency = new long[400];
        for (int i = 0; i < latency.length; i++) {
            long s = System.nanoTime();
            float[] v = e.embed(texts.get(i) + " ?");
            latency[i] = System.nanoTime() - s;
            hash = hash * 31 + Float.floatToRawIntBits(v[0]);
        }
        Arrays.sort(latency);
        System.out.printf(Locale.ROOT, "%s threads=%d bits=%016x embedAll(400) %.0f ms, single p50 %.2f ms p90 %.2f ms%n",
                variant.id(), threads, hash, (t1 - t0) / 1e6, latency[200] / 1e6, latency[360] / 1e6);
    }
}
