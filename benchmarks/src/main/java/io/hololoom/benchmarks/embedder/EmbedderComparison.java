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
 * Throughput of our {@code minilm} embedder against LangChain4j's {@code AllMiniLmL6V2EmbeddingModel} (and its
 * quantised twin) on the same texts in the same JVM.
 *
 * <p>Every candidate is loaded and warmed up first. Then each round times every candidate on the same work:
 * the 256 queries one {@code embed} call at a time ("batch 1") and in {@code embedAll} calls of 32 ("batch
 * 32"), and the 64 paragraphs both ways. Within a round the candidates take turns on each chunk of 32 texts
 * (rotating order), so background load (other builds on this 2-core machine) hits all of them alike; ratios
 * are taken within a round, then the median over rounds is reported. Before timing, the vectors of every candidate are compared with LangChain4j's so the
 * race is between equal outputs.
 *
 * <p>Run: {@code java -cp <benchmarks class path> io.hololoom.benchmarks.embedder.EmbedderComparison [rounds]}
 * (default 5 rounds); add {@code -Dhololoom.bench.spinning=true} to run ours with ONNX Runtime's spinning on,
 * as LangChain4j does.
 */
public final class EmbedderComparison {
    private static final int BATCH = 32;

    private EmbedderComparison() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<String> sentences = Texts.sentences();
        List<String> paragraphs = Texts.paragraphs();
        System.out.printf(Locale.ROOT, "# EmbedderComparison %s, %d rounds, %d cores, %s, %s%n", ZonedDateTime.now(),
                rounds, Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "# load average at start: %s; our ONNX Runtime spinning: %s%n",
                Machine.loadAverage(), Boolean.getBoolean("hololoom.bench.spinning"));

        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (String id : Candidate.IDS) {
            long t = System.nanoTime();
            Candidate c = Candidate.create(id);
            c.embed("warm up");
            c.embedAll(sentences.subList(0, BATCH));
            System.out.printf(Locale.ROOT, "loaded %-22s in %5.0f ms (incl. first vectors)%n", id, ms(t));
            candidates.put(id, c);
        }
        agreement(candidates, sentences, paragraphs);

        // warm-up pass over all the work (JIT, ONNX Runtime arenas)
        for (Candidate c : candidates.values()) {
            for (Work w : Work.values()) {
                w.run(c, w.texts(sentences, paragraphs));
            }
        }
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        List<Candidate> order = new ArrayList<>(candidates.values());
        for (int r = 0; r < rounds; r++) {
            Map<String, Long> nanos = new LinkedHashMap<>();
            for (Work w : Work.values()) {
                List<String> texts = w.texts(sentences, paragraphs);
                // fine-grained interleaving: every candidate does the same 32 texts back to back, in a rotating
                // order, so background load changes hit all candidates alike
                for (int i = 0; i < texts.size(); i += BATCH) {
                    List<String> chunk = texts.subList(i, Math.min(texts.size(), i + BATCH));
                    Collections.rotate(order, 1);
                    for (Candidate c : order) {
                        long t = System.nanoTime();
                        w.run(c, chunk);
                        nanos.merge(c.id() + " " + w.label, System.nanoTime() - t, Long::sum);
                    }
                }
                for (Candidate c : order) {
                    add(rates, c.id() + " " + w.label, texts.size() / (nanos.get(c.id() + " " + w.label) / 1e9));
                }
            }
            System.out.printf(Locale.ROOT, "round %d done, load average %s%n", r + 1, Machine.loadAverage());
        }
        System.out.println();
        System.out.println("| candidate | queries b1 | queries b32 | paragraphs b1 | paragraphs b32 |");
        System.out.println("|---|---|---|---|---|");
        for (String id : candidates.keySet()) {
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", id,
                    Stats.of(rates.get(id + " queries b1")).format("%.0f"),
                    Stats.of(rates.get(id + " queries b32")).format("%.0f"),
                    Stats.of(rates.get(id + " paragraphs b1")).format("%.0f"),
                    Stats.of(rates.get(id + " paragraphs b32")).format("%.0f"));
        }
        System.out.println("(texts/s: median (min–max) over rounds)");
        System.out.println();
        System.out.println("| ratio (same round, median (min–max)) | queries b1 | queries b32 | paragraphs b1 | paragraphs b32 |");
        System.out.println("|---|---|---|---|---|");
        ratioRow(rates, "hololoom-fp32", "langchain4j-fp32", rounds);
        ratioRow(rates, "hololoom-int8", "langchain4j-int8", rounds);
        ratioRow(rates, "hololoom-int8", "hololoom-fp32", rounds);
        ratioRow(rates, "hololoom-int8-batched", "hololoom-fp32", rounds);
        System.out.printf(Locale.ROOT, "%n# load average at end: %s%n", Machine.loadAverage());
    }

    /** The four measured workloads. */
    private enum Work {
        QUERIES_B1("queries b1", false, false),
        QUERIES_B32("queries b32", false, true),
        PARAGRAPHS_B1("paragraphs b1", true, false),
        PARAGRAPHS_B32("paragraphs b32", true, true);

        final String label;
        private final boolean paragraphs;
        private final boolean batched;

        Work(String label, boolean paragraphs, boolean batched) {
            this.label = label;
            this.paragraphs = paragraphs;
            this.batched = batched;
        }

        List<String> texts(List<String> sentences, List<String> paragraphList) {
            return paragraphs ? paragraphList : sentences;
        }

        /** Batch 1: one {@code embed} per text; batch 32: one {@code embedAll} per 32 texts. */
        void run(Candidate c, List<String> texts) {
            double sink = 0;
            if (batched) {
                for (int i = 0; i < texts.size(); i += BATCH) {
                    for (float[] v : c.embedAll(texts.subList(i, Math.min(texts.size(), i + BATCH)))) {
                        sink += v[0];
                    }
                }
            } else {
                for (String t : texts) {
                    sink += c.embed(t)[0];
                }
            }
            if (Double.isNaN(sink)) {
                throw new IllegalStateException("NaN in the vectors of " + c.id());
            }
        }
    }

    /** Minimum and mean cosine between each candidate's vectors and the reference's, single calls. */
    private static void agreement(Map<String, Candidate> candidates, List<String> sentences, List<String> paragraphs) {
        List<String> texts = new ArrayList<>(sentences);
        texts.addAll(paragraphs);
        Map<String, List<float[]>> vectors = new LinkedHashMap<>();
        for (Candidate c : candidates.values()) {
            List<float[]> single = new ArrayList<>();
            for (String t : texts) {
                single.add(c.embed(t));
            }
            vectors.put(c.id(), single);
            List<float[]> batched = new ArrayList<>();
            for (int i = 0; i < texts.size(); i += BATCH) {
                batched.addAll(c.embedAll(texts.subList(i, Math.min(texts.size(), i + BATCH))));
            }
            vectors.put(c.id() + " (embedAll)", batched);
        }
        System.out.println();
        System.out.println("Agreement on " + texts.size() + " texts: cosine to the reference, min / mean");
        compare(vectors, "hololoom-fp32", "langchain4j-fp32");
        compare(vectors, "hololoom-fp32 (embedAll)", "langchain4j-fp32");
        compare(vectors, "langchain4j-fp32 (embedAll)", "langchain4j-fp32");
        compare(vectors, "hololoom-int8", "langchain4j-int8");
        compare(vectors, "hololoom-int8 (embedAll)", "langchain4j-int8");
        compare(vectors, "hololoom-int8-batched (embedAll)", "langchain4j-int8");
        compare(vectors, "hololoom-int8", "langchain4j-fp32");
        compare(vectors, "hololoom-int8-batched (embedAll)", "langchain4j-fp32");
        // LangChain4j keeps the 128-token truncation written in the tokenizer file; compare like with like too
        MiniLmEmbedder max128 = new MiniLmEmbedder(new MiniLmEmbedderConfig(MiniLmVariant.FP32, 128, BATCH, 100_000, 0, false, false,
                Texts.workDirectory("embedder-cache")));
        vectors.put("hololoom-fp32 max-tokens=128", texts.stream().map(max128::embed).toList());
        compare(vectors, "hololoom-fp32 max-tokens=128", "langchain4j-fp32");
        System.out.printf(Locale.ROOT, "hello world: hololoom-fp32 %s, langchain4j-fp32 %s%n",
                Candidate.head(candidates.get("hololoom-fp32").embed("hello world")),
                Candidate.head(candidates.get("langchain4j-fp32").embed("hello world")));
        System.out.println();
    }

    private static void compare(Map<String, List<float[]>> vectors, String a, String b) {
        List<float[]> x = vectors.get(a);
        List<float[]> y = vectors.get(b);
        double min = 1;
        double sum = 0;
        for (int i = 0; i < x.size(); i++) {
            double c = Candidate.cosine(x.get(i), y.get(i));
            min = Math.min(min, c);
            sum += c;
        }
        System.out.printf(Locale.ROOT, "  %-36s vs %-18s %.6f / %.6f%n", a, b, min, sum / x.size());
    }

    private static void ratioRow(Map<String, List<Double>> rates, String a, String b, int rounds) {
        StringBuilder row = new StringBuilder("| " + a + " / " + b + " |");
        for (String work : List.of("queries b1", "queries b32", "paragraphs b1", "paragraphs b32")) {
            List<Double> ratios = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                ratios.add(rates.get(a + " " + work).get(r) / rates.get(b + " " + work).get(r));
            }
            row.append(' ').append(Stats.of(ratios).format("%.2f×")).append(" |");
        }
        System.out.println(row);
    }

    private static void add(Map<String, List<Double>> rates, String key, double value) {
        rates.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
