package io.hololoom.benchmarks.embedder;

import io.hololoom.embedder.minilm.MiniLmEmbedder;
import io.hololoom.embedder.minilm.MiniLmEmbedderConfig;
import io.hololoom.embedder.minilm.MiniLmVariant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The measurements behind the {@code batch-size}, {@code threads} and {@code spinning} defaults: {@code embedAll}
 * throughput of one variant for batch sizes 1 to 32, on the queries and on the paragraphs, with the ONNX Runtime
 * threading given on the command line (it applies when the model loads, so each setting needs its own JVM).
 * int8 runs with {@code int8-batching=true} so that its batch size means something. The last column uses the
 * default limits ({@code batch-size} 8 and {@code batch-tokens} 256). Batch sizes take turns on every chunk of
 * 32 texts.
 *
 * <p>Run: {@code java -cp <benchmarks class path> io.hololoom.benchmarks.embedder.BatchTuning <fp32|int8>
 * <threads, 0 = ONNX Runtime's default> <spinning true|false> [rounds]}.
 */
public final class BatchTuning {
    private static final int[] BATCH_SIZES = {1, 2, 4, 8, 16, 32};

    private BatchTuning() {
    }

    public static void main(String[] args) {
        MiniLmVariant variant = MiniLmVariant.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        boolean spinning = Boolean.parseBoolean(args[2]);
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        MiniLmEmbedderConfig base = MiniLmEmbedderConfig.defaults(variant).withThreads(threads, spinning)
                .withInt8Batching(true).withCacheDirectory(Texts.workDirectory("embedder-cache"));
        // key 0: the default limits (8 texts, 256 padded tokens per pass); the others: n texts, no token limit
        Map<Integer, MiniLmEmbedder> embedders = new LinkedHashMap<>();
        for (int b : BATCH_SIZES) {
            embedders.put(b, new MiniLmEmbedder(base.withBatchLimits(b, MiniLmEmbedderConfig.MAX_BATCH_TOKENS)));
        }
        embedders.put(0, new MiniLmEmbedder(base));
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "%s %s threads=%d spinning=%s, texts/s by batch size %s, then default limits", ZonedDateTime.now(), variant.id(),
                threads, spinning, java.util.Arrays.toString(BATCH_SIZES)));
        Map<String, List<String>> sets = new LinkedHashMap<>();
        sets.put("queries", Texts.sentences());
        sets.put("paragraphs", Texts.paragraphs());
        for (Map.Entry<String, List<String>> set : sets.entrySet()) {
            List<String> texts = set.getValue();
            for (MiniLmEmbedder e : embedders.values()) {
                e.embedAll(texts.subList(0, 32));
            }
            Map<Integer, Long> nanos = new LinkedHashMap<>();
            List<Integer> order = new ArrayList<>(embedders.keySet());
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < texts.size(); i += 32) {
                    List<String> chunk = texts.subList(i, Math.min(texts.size(), i + 32));
                    Collections.rotate(order, 1);
                    for (int b : order) {
                        long t = System.nanoTime();
                        embedders.get(b).embedAll(chunk);
                        nanos.merge(b, System.nanoTime() - t, Long::sum);
                    }
                }
            }
            line.append(" | ").append(set.getKey());
            for (int b : embedders.keySet()) {
                line.append(String.format(Locale.ROOT, " %.0f", rounds * texts.size() / (nanos.get(b) / 1e9)));
            }
        }
        System.out.println(line.append(" | load ").append(Machine.loadAverage()));
    }
}
