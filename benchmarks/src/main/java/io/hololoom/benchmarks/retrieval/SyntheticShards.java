package io.hololoom.benchmarks.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Makes many distinct, realistic-looking technical sentences from the corpus by splicing sentences together
 * at word boundaries, so that a 100,000-shard memory can be embedded with the real model instead of
 * inventing vectors.
 *
 * <p>Method (seeded): take the head of a sentence A (at least two words, at least two words left out) and
 * the tail of a sentence B (at least two words); in 30 % of the cases put the middle words of a third
 * sentence C between them. B and C come from within 40 lines of A half of the time (the corpus is grouped by
 * topic, so this gives on-topic mixtures) and from anywhere otherwise. Results shorter than 6 words,
 * corpus sentences and repeats are skipped. The sentences are often ungrammatical at the seam, but they use
 * the corpus vocabulary and topics, so their embeddings spread and cluster the way a technical memory does,
 * with many near neighbours that share a head or a tail.
 */
final class SyntheticShards {
    private static final int NEAR = 40;

    private SyntheticShards() {
    }

    /**
     * {@code count} distinct spliced sentences, none of them in {@code exclude} or in the corpus.
     *
     * @throws IllegalStateException if the corpus is too small to give that many distinct sentences
     */
    static List<String> generate(List<String> corpus, int count, long seed, Set<String> exclude) {
        Random random = new Random(seed);
        List<String[]> words = corpus.stream().map(s -> s.split(" ")).toList();
        Set<String> seen = new HashSet<>(corpus);
        seen.addAll(exclude);
        List<String> out = new ArrayList<>(count);
        long attempts = 0;
        while (out.size() < count) {
            if (++attempts > 50L * count) {
                throw new IllegalStateException("only [" + out.size() + "] distinct sentences after [" + attempts
                        + "] attempts; the corpus is too small for [" + count + "]");
            }
            int a = random.nextInt(words.size());
            String[] head = words.get(a);
            String[] tail = words.get(partner(random, a, words.size()));
            if (head.length < 4 || tail.length < 3) {
                continue;
            }
            int headEnd = 2 + random.nextInt(head.length - 3);
            int tailStart = 1 + random.nextInt(tail.length - 2);
            StringBuilder text = new StringBuilder(String.join(" ", Arrays.copyOfRange(head, 0, headEnd)));
            if (random.nextDouble() < 0.3) {
                String[] middle = words.get(partner(random, a, words.size()));
                if (middle.length >= 5) {
                    int from = 1 + random.nextInt(middle.length / 2);
                    int to = Math.min(middle.length - 1, from + 2 + random.nextInt(4));
                    text.append(' ').append(String.join(" ", Arrays.copyOfRange(middle, from, to)));
                }
            }
            text.append(' ').append(String.join(" ", Arrays.copyOfRange(tail, tailStart, tail.length)));
            String sentence = text.toString();
            if (sentence.split(" ").length >= 6 && seen.add(sentence)) {
                out.add(sentence);
            }
        }
        return List.copyOf(out);
    }

    private static int partner(Random random, int a, int size) {
        if (random.nextBoolean()) {
            int lo = Math.max(0, a - NEAR);
            int hi = Math.min(size, a + NEAR + 1);
            return lo + random.nextInt(hi - lo);
        }
        return random.nextInt(size);
    }
}
