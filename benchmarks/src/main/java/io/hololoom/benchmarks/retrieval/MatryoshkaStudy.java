package io.hololoom.benchmarks.retrieval;

import io.hololoom.api.Embedder;
import io.hololoom.benchmarks.retrieval.Neighbours.PrefixScore;
import io.hololoom.core.retrieval.ScaleTransform;
import io.hololoom.core.retrieval.ScaleTransforms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How much of MiniLM's neighbourhood structure survives a short prefix, with and without a rotation first.
 *
 * <p>Each sentence of the shipped corpus is a query against all the others (leave-self-out). The truth is its
 * 10 nearest neighbours by exact 384-d cosine. For each transform ({@code prefix}: as the model gives it;
 * {@code random-rotation}: the original system's random orthogonal matrix; {@code pca}: principal axes fitted
 * on the corpus; {@code pca-heldout}: fitted on the odd lines only, queries from the even lines only) and each
 * prefix length it reports recall@10 of the prefix alone and of a shortlist re-ranked at 384, with the prefix
 * scored both as a cosine of re-normalised prefixes and as a raw partial dot product.
 *
 * <p>Usage: {@code MatryoshkaStudy [--variant fp32|int8]}. Embeddings are cached under
 * {@code benchmarks/target/retrieval-cache}.
 */
public final class MatryoshkaStudy {
    private static final int K = 10;
    private static final int[] SCALES = {48, 96, 192, 256, 384};
    private static final int[] SHORTLISTS = {20, 50};
    private static final long SEED = 42;

    private MatryoshkaStudy() {
    }

    public static void main(String[] args) {
        String variant = "fp32";
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--variant") && i + 1 < args.length) {
                variant = args[++i];
            } else {
                throw new IllegalArgumentException("Unknown argument [" + args[i] + "]; usage: MatryoshkaStudy "
                        + "[--variant fp32|int8]");
            }
        }
        List<String> corpus = Corpus.load();
        EmbeddingCache cache = EmbeddingCache.defaultLocation();
        Embedder embedder = StudyEmbedders.minilm(variant);
        List<float[]> vectors = cache.embed("corpus-" + variant, corpus, embedder, 1024);
        int dimension = vectors.get(0).length;
        System.out.printf(Locale.ROOT, "# Matryoshka study, %s, %d sentences, minilm/%s, %d-d, k=%d%n%n",
                LocalDate.now(), corpus.size(), variant, dimension, K);

        List<Integer> all = new ArrayList<>();
        List<Integer> even = new ArrayList<>();
        List<float[]> odd = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            all.add(i);
            if (i % 2 == 0) {
                even.add(i);
            } else {
                odd.add(vectors.get(i));
            }
        }
        Map<String, ScaleTransform> transforms = new LinkedHashMap<>();
        transforms.put("prefix", ScaleTransforms.create("prefix", dimension, SEED));
        transforms.put("random-rotation", ScaleTransforms.create("random-rotation", dimension, SEED));
        transforms.put("pca", ScaleTransforms.create("pca", dimension, SEED).fit(vectors));
        transforms.put("pca-heldout", ScaleTransforms.create("pca", dimension, SEED).fit(odd));

        float[][] exactRows = Neighbours.toArray(vectors);
        int[][] truth = new int[vectors.size()][];
        for (int q = 0; q < vectors.size(); q++) {
            truth[q] = Neighbours.top(exactRows, exactRows[q], dimension, PrefixScore.DOT, K, q);
        }

        StringBuilder header = new StringBuilder("| transform | dims | score | energy in prefix | recall@10 alone |");
        StringBuilder rule = new StringBuilder("|---|---|---|---|---|");
        for (int m : SHORTLISTS) {
            header.append(" shortlist ").append(m).append(" → ").append(dimension).append(" |");
            rule.append("---|");
        }
        System.out.println(header);
        System.out.println(rule);
        for (Map.Entry<String, ScaleTransform> entry : transforms.entrySet()) {
            List<Integer> queries = entry.getKey().equals("pca-heldout") ? even : all;
            float[][] rows = new float[vectors.size()][];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = entry.getValue().apply(vectors.get(i));
            }
            for (int scale : SCALES) {
                double energy = 0;
                for (int q : queries) {
                    energy += Neighbours.dot(rows[q], rows[q], scale);
                }
                energy /= queries.size();
                for (PrefixScore score : PrefixScore.values()) {
                    if (scale == dimension && score == PrefixScore.COSINE) {
                        continue;
                    }
                    double alone = 0;
                    double[] shortlisted = new double[SHORTLISTS.length];
                    for (int q : queries) {
                        int[] found = Neighbours.top(rows, rows[q], scale, score, SHORTLISTS[SHORTLISTS.length - 1], q);
                        alone += Neighbours.recall(Arrays.copyOf(found, K), truth[q]);
                        for (int s = 0; s < SHORTLISTS.length; s++) {
                            int[] shortlist = Arrays.copyOf(found, Math.min(found.length, SHORTLISTS[s]));
                            shortlisted[s] += Neighbours.recall(Neighbours.rerank(rows, rows[q], shortlist, K), truth[q]);
                        }
                    }
                    StringBuilder line = new StringBuilder();
                    line.append(String.format(Locale.ROOT, "| %s | %d | %s | %.3f | %.3f |", entry.getKey(), scale,
                            score.name().toLowerCase(Locale.ROOT), energy, alone / queries.size()));
                    for (double s : shortlisted) {
                        line.append(String.format(Locale.ROOT, " %.3f |", s / queries.size()));
                    }
                    System.out.println(line);
                }
            }
        }
        System.out.println();
        System.out.println("energy in prefix = mean squared norm of the first dims coordinates of a unit vector "
                + "(1.0 at full dimension); pca-heldout: fitted on odd lines, queries from even lines.");
    }
}
