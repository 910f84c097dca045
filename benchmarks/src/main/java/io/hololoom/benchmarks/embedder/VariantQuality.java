package io.hololoom.benchmarks.embedder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * fp32 against int8 for the job the embedder does here: routing a query to a tool by its neighbours among
 * labelled queries, and retrieving neighbours at all.
 *
 * <p>Embeds the labelled routing workload (train and test queries, {@code core/.../workload/*.jsonl}) with
 * each variant and reports: k-nearest-neighbour tool accuracy of test queries against train queries (k = 1
 * and a k = 5 majority vote), how many of each test query's 10 nearest train queries under int8 are also in
 * its fp32 top 10, and the cosine between each text's fp32 and int8 vectors. {@code int8-batched} is int8
 * with {@code int8-batching=true} (32 texts per pass, vectors depend on batch-mates).
 *
 * <p>Run from the repository root: {@code java -cp <benchmarks class path>
 * io.hololoom.benchmarks.embedder.VariantQuality [workload directory]}.
 */
public final class VariantQuality {
    private record Labelled(String query, String tool) {
    }

    private VariantQuality() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "core/src/main/resources/io/hololoom/core/workload");
        List<Labelled> train = read(dir.resolve("train.jsonl"));
        List<Labelled> test = read(dir.resolve("test.jsonl"));
        System.out.printf(Locale.ROOT, "# VariantQuality %s: %d train, %d test queries from %s; load average %s%n",
                ZonedDateTime.now(), train.size(), test.size(), dir, Machine.loadAverage());

        Map<String, List<float[]>> trainVectors = new LinkedHashMap<>();
        Map<String, List<float[]>> testVectors = new LinkedHashMap<>();
        for (String id : List.of("hololoom-fp32", "hololoom-int8", "hololoom-int8-batched")) {
            Candidate c = Candidate.create(id);
            trainVectors.put(id, embed(c, train));
            testVectors.put(id, embed(c, test));
        }
        System.out.println();
        System.out.println("| variant | 1-NN tool accuracy | 5-NN vote accuracy | top-10 neighbours shared with fp32 "
                + "| cosine to fp32: min / 1st pct / mean |");
        System.out.println("|---|---|---|---|---|");
        List<float[]> fp32Train = trainVectors.get("hololoom-fp32");
        List<float[]> fp32Test = testVectors.get("hololoom-fp32");
        for (String id : trainVectors.keySet()) {
            List<float[]> tr = trainVectors.get(id);
            List<float[]> te = testVectors.get(id);
            int correct1 = 0;
            int correct5 = 0;
            double shared = 0;
            for (int i = 0; i < test.size(); i++) {
                int[] top = nearest(te.get(i), tr, 10);
                if (train.get(top[0]).tool().equals(test.get(i).tool())) {
                    correct1++;
                }
                if (vote(train, top, 5).equals(test.get(i).tool())) {
                    correct5++;
                }
                Set<Integer> reference = new HashSet<>();
                for (int j : nearest(fp32Test.get(i), fp32Train, 10)) {
                    reference.add(j);
                }
                for (int j : top) {
                    shared += reference.contains(j) ? 1 : 0;
                }
            }
            List<Double> cos = new ArrayList<>();
            for (int i = 0; i < tr.size(); i++) {
                cos.add(Candidate.cosine(tr.get(i), fp32Train.get(i)));
            }
            for (int i = 0; i < te.size(); i++) {
                cos.add(Candidate.cosine(te.get(i), fp32Test.get(i)));
            }
            cos.sort(null);
            double mean = cos.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.4f / %.4f / %.4f |%n", id,
                    correct1 / (double) test.size(), correct5 / (double) test.size(),
                    shared / (10.0 * test.size()), cos.get(0), cos.get(cos.size() / 100), mean);
        }
    }

    private static List<float[]> embed(Candidate c, List<Labelled> items) {
        List<String> texts = items.stream().map(Labelled::query).toList();
        List<float[]> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i += 32) {
            out.addAll(c.embedAll(texts.subList(i, Math.min(texts.size(), i + 32))));
        }
        return out;
    }

    /** Indices of the {@code k} most cosine-similar vectors (vectors are unit length), best first. */
    static int[] nearest(float[] q, List<float[]> pool, int k) {
        int[] best = new int[k];
        double[] score = new double[k];
        java.util.Arrays.fill(score, Double.NEGATIVE_INFINITY);
        for (int j = 0; j < pool.size(); j++) {
            float[] v = pool.get(j);
            double dot = 0;
            for (int d = 0; d < q.length; d++) {
                dot += q[d] * v[d];
            }
            if (dot > score[k - 1]) {
                int p = k - 1;
                while (p > 0 && score[p - 1] < dot) {
                    score[p] = score[p - 1];
                    best[p] = best[p - 1];
                    p--;
                }
                score[p] = dot;
                best[p] = j;
            }
        }
        return best;
    }

    /** The most frequent tool among the first {@code k} neighbours; ties go to the nearer one. */
    private static String vote(List<Labelled> train, int[] top, int k) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < k; i++) {
            counts.merge(train.get(top[i]).tool(), 1, Integer::sum);
        }
        String best = null;
        int bestCount = -1;
        for (int i = 0; i < k; i++) {
            String tool = train.get(top[i]).tool();
            if (counts.get(tool) > bestCount) {
                best = tool;
                bestCount = counts.get(tool);
            }
        }
        return best;
    }

    private static List<Labelled> read(Path file) throws IOException {
        List<Labelled> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                out.add(new Labelled(stringField(line, "query"), stringField(line, "tool")));
            }
        }
        return out;
    }

    /** The value of a string field in a one-line flat JSON object (handles the usual escapes). */
    static String stringField(String json, String name) {
        String key = "\"" + name + "\"";
        int i = json.indexOf(key);
        if (i < 0) {
            throw new IllegalArgumentException("No field [" + name + "] in line: " + json);
        }
        i = json.indexOf('"', json.indexOf(':', i + key.length()) + 1) + 1;
        StringBuilder sb = new StringBuilder();
        while (json.charAt(i) != '"') {
            char c = json.charAt(i++);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = json.charAt(i++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(json.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }
}
