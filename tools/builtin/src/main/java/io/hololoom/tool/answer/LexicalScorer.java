package io.hololoom.tool.answer;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores sentences against a query by IDF-weighted term coverage: the share of the query's content words
 * (stop words removed, plural endings folded) that a sentence contains, each word weighted by its inverse
 * document frequency over the candidate sentences. A sentence containing every query word scores 1; one
 * containing none scores 0; a query word found nowhere lowers every score, so partly answerable questions
 * get lower quality. Stateless and thread-safe.
 */
final class LexicalScorer {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private static final Set<String> STOP = Set.of("a", "an", "the", "is", "are", "was", "were", "be", "been",
            "being", "am", "do", "does", "did", "done", "have", "has", "had", "of", "in", "on", "at", "to", "for",
            "from", "by", "with", "about", "as", "into", "and", "or", "but", "not", "no", "if", "then", "than",
            "so", "it", "its", "this", "that", "these", "those", "there", "here", "what", "which", "who", "whom",
            "whose", "when", "where", "why", "how", "i", "me", "my", "we", "our", "you", "your", "he", "she",
            "they", "them", "their", "his", "her", "can", "could", "would", "should", "will", "shall", "may",
            "might", "must", "tell", "please", "explain", "describe", "know", "say", "said", "much", "many",
            "any", "some", "all", "s", "t", "d", "ll", "re", "ve", "m", "again", "also", "just", "very");

    private LexicalScorer() {
    }

    /** Content words of a text, lower-cased and with plural endings folded, in first-seen order. */
    static Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (!STOP.contains(w)) {
                terms.add(stem(w));
            }
        }
        return terms;
    }

    /** Scores of each sentence in [0, 1]; all zeros when the query has no content words. */
    static double[] score(Set<String> queryTerms, List<Set<String>> sentenceTerms) {
        double[] scores = new double[sentenceTerms.size()];
        if (queryTerms.isEmpty() || sentenceTerms.isEmpty()) {
            return scores;
        }
        Map<String, Integer> df = new HashMap<>();
        for (Set<String> s : sentenceTerms) {
            for (String t : queryTerms) {
                if (s.contains(t)) {
                    df.merge(t, 1, Integer::sum);
                }
            }
        }
        int n = sentenceTerms.size();
        Map<String, Double> idf = new HashMap<>();
        double total = 0;
        for (String t : queryTerms) {
            double w = Math.log(1 + (double) n / (1 + df.getOrDefault(t, 0)));
            idf.put(t, w);
            total += w;
        }
        for (int i = 0; i < n; i++) {
            double covered = 0;
            for (String t : queryTerms) {
                if (sentenceTerms.get(i).contains(t)) {
                    covered += idf.get(t);
                }
            }
            scores[i] = total > 0 ? Math.min(1, covered / total) : 0;
        }
        return scores;
    }

    /** Harman's S-stemmer: folds "caches" to "cache", "queries" to "query", keeps "class" and "status". */
    static String stem(String w) {
        int n = w.length();
        if (n > 3 && w.endsWith("ies") && !w.endsWith("eies") && !w.endsWith("aies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 3 && w.endsWith("es") && !w.endsWith("aes") && !w.endsWith("ees") && !w.endsWith("oes")) {
            return w.substring(0, n - 1);
        }
        if (n > 2 && w.endsWith("s") && !w.endsWith("us") && !w.endsWith("ss")) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
