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
 * The measurements behind the batching defaults ({@code batch-size}, {@code batch-tokens}) for one variant and one ONNX Runtime threading setting (given on the command line;
 * it applies when the model loads, so each setting needs its own JVM). Throughput of {@code embedAll} over
 * chunks of 32 texts, queries and paragraphs, for:
 * <ul>
 *   <li>{@code bN}: N texts per pass, no token limit (int8 with {@code int8-batching=true} so the batch size
 *   means something);</li>
 *   <li>{@code default}: the default limits (8 texts, 256 padded tokens);</li>
 *   <li>{@code exact} (int8 only): int8 as shipped, one text per pass.</li>
 * </ul>
 * All configurations take turns on every chunk of 32 texts.
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
        MiniLmEmbedderConfig shipped = MiniLmEmbedderConfig.defaults(variant).withThreads(threads, spinning)
                .withCacheDirectory(Texts.workDirectory("embedder-cache"));
        MiniLmEmbedderConfig batching = shipped.withInt8Batching(true);
        Map<String, MiniLmEmbedder> embedders = new LinkedHashMap<>();
        for (int b : BATCH_SIZES) {
            embedders.put("b" + b, new MiniLmEmbedder(batching.withBatchLimits(b, MiniLmEmbedderConfig.MAX_BATCH_TOKENS)));
        }
        embedders.put("default", new MiniLmEmbedder(batching));
        if (!variant.batchInvariant()) {
            embedders.put("exact", new MiniLmEmbedder(shipped));
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s %s threads=%d spinning=%s, texts/s",
                ZonedDateTime.now(), variant.id(), threads, spinning));
        Map<String, List<String>> sets = new LinkedHashMap<>();
        sets.put("queries", Texts.sentences());
        sets.put("paragraphs", Texts.paragraphs());
        for (Map.Entry<String, List<String>> set : sets.entrySet()) {
            List<String> texts = set.getValue();
            for (MiniLmEmbedder e : embedders.values()) {
                e.embedAll(texts.subList(0, 32));
            }
            Map<String, Long> nanos = new LinkedHashMap<>();
            List<String> order = new ArrayList<>(embedders.keySet());
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < texts.size(); i += 32) {
                    List<String> chunk = texts.subList(i, Math.min(texts.size(), i + 32));
                    Collections.rotate(order, 1);
                    for (String key : order) {
                        long t = System.nanoTime();
                        embedders.get(key).embedAll(chunk);
                        nanos.merge(key, System.nanoTime() - t, Long::sum);
                    }
                }
            }
            line.append("\n  ").append(set.getKey()).append(':');
            for (String key : embedders.keySet()) {
                line.append(String.format(Locale.ROOT, " %s=%.0f", key, rounds * texts.size() / (nanos.get(key) / 1e9)));
            }
        }
        System.out.println(line.append("\n  load average ").append(Machine.loadAverage()));
    }
}
