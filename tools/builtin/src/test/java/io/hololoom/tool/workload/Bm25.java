package io.hololoom.tool.workload;

import io.hololoom.api.memory.ScoredShard;
import io.hololoom.api.memory.Shard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain Okapi BM25 ranking (k1 = 1.2, b = 0.75) over shard text, standing in for the loom's embedding retrieval
 * in the workload harness: the harness has no real embedder, and a bag-of-words hash would rank worse than any
 * real retriever. docs/workload.md reports the same kind of ranking as its retrievability check. Words are
 * lower-cased, a short list of function words is dropped and plural "s" is folded; nothing is tuned to the
 * workload. Scores are divided by the best score so that they lie in [0, 1] like cosine scores.
 */
final class Bm25 {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> STOP = Set.of("a", "an", "the", "is", "are", "was", "were", "be", "of", "in",
            "on", "at", "to", "for", "from", "by", "with", "and", "or", "it", "its", "this", "that", "what", "which",
            "who", "how", "does", "do", "did", "i", "me", "my", "you", "your", "we", "can", "could", "would", "tell",
            "please", "there", "about");
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final List<Shard> shards;
    private final List<Map<String, Integer>> termFrequencies = new ArrayList<>();
    private final int[] lengths;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final double averageLength;

    Bm25(List<Shard> shards) {
        this.shards = List.copyOf(shards);
        this.lengths = new int[shards.size()];
        long total = 0;
        for (int i = 0; i < shards.size(); i++) {
            Map<String, Integer> tf = new HashMap<>();
            List<String> words = words(shards.get(i).text());
            for (String w : words) {
                tf.merge(w, 1, Integer::sum);
            }
            for (String w : tf.keySet()) {
                documentFrequency.merge(w, 1, Integer::sum);
            }
            termFrequencies.add(tf);
            lengths[i] = words.size();
            total += words.size();
        }
        this.averageLength = shards.isEmpty() ? 1 : (double) total / shards.size();
    }

    /** The top {@code k} shards for the query, best first, scores in (0, 1]; shards with no shared word are left out. */
    List<ScoredShard> search(String query, int k) {
        List<String> terms = words(query).stream().distinct().toList();
        int n = shards.size();
        double[] scores = new double[n];
        for (String t : terms) {
            Integer df = documentFrequency.get(t);
            if (df == null) {
                continue;
            }
            double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            for (int i = 0; i < n; i++) {
                Integer f = termFrequencies.get(i).get(t);
                if (f != null) {
                    scores[i] += idf * f * (K1 + 1) / (f + K1 * (1 - B + B * lengths[i] / averageLength));
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (scores[i] > 0) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble((Integer i) -> scores[i]).reversed().thenComparing(i -> i));
        double best = order.isEmpty() ? 1 : scores[order.get(0)];
        List<ScoredShard> out = new ArrayList<>();
        for (int i = 0; i < Math.min(k, order.size()); i++) {
            int idx = order.get(i);
            out.add(new ScoredShard(shards.get(idx), scores[idx] / best));
        }
        return out;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (!STOP.contains(w)) {
                out.add(w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
                        ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }
}
