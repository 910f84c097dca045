package io.hololoom.core.loom;

import io.hololoom.api.PatternCard;
import java.util.List;

/**
 * Encodes everything the policy may see into one fixed-length {@code float[]}.
 *
 * <p>Layout (E = {@code hololoom.encoder.embedding-dims}, at most the embedder's dimension; M = motifs):
 * <pre>
 * [0, E)                 leading components of the query embedding, scaled by w·√(d/E) so the block's norm is about w
 *                        (w = {@code hololoom.encoder.embedding-weight}, d = the embedder's dimension)
 * [E, E+M)               motif one-hot, in {@link MotifVocabulary} order
 * [E+M, E+M+11)          context: top, mean, gap, fill, note share, 4 Laplacian eigenvalues, 2 singular values
 * [E+M+11, E+M+14)       pattern card one-hot: BARE, FAST, FUSED
 * [E+M+14, E+M+18)       query shape: log(1+chars)/5, digit share, operator share, min(words, 50)/50
 * [E+M+18]               bias, always 1
 * </pre>
 * The layout is identified by {@link #layoutId()}, stored with persisted policies so a changed layout is
 * never fed to a policy trained on another.
 */
public final class ObservationEncoder {
    static final int QUERY_FEATURES = 4;

    private final int embeddingDims;
    private final double embeddingWeight;

    public ObservationEncoder(int embeddingDims, double embeddingWeight) {
        if (embeddingDims < 0) {
            throw new IllegalArgumentException("embedding dims must not be negative, was [" + embeddingDims + "]");
        }
        if (!(embeddingWeight >= 0) || Double.isInfinite(embeddingWeight)) {
            throw new IllegalArgumentException("embedding weight must be finite and not negative, was ["
                    + embeddingWeight + "]");
        }
        this.embeddingDims = embeddingDims;
        this.embeddingWeight = embeddingWeight;
    }

    public int size() {
        return embeddingDims + MotifVocabulary.size() + ContextFeatures.SIZE + PatternCard.values().length
                + QUERY_FEATURES + 1;
    }

    /** Identifies the layout, e.g. {@code obs-v1-e96-m16}. */
    public String layoutId() {
        return "obs-v2-e" + embeddingDims + "w" + embeddingWeight + "-m" + MotifVocabulary.size() + "-mv"
                + MotifVocabulary.VERSION;
    }

    float[] encode(float[] embedding, List<String> motifs, ContextFeatures context, PatternCard card, String text) {
        float[] v = new float[size()];
        int e = Math.min(embeddingDims, embedding.length);
        float scale = e == 0 ? 0 : (float) (embeddingWeight * Math.sqrt(embedding.length / (double) e));
        for (int i = 0; i < e; i++) {
            v[i] = embedding[i] * scale;
        }
        int at = embeddingDims;
        float[] oneHot = MotifVocabulary.oneHot(motifs);
        System.arraycopy(oneHot, 0, v, at, oneHot.length);
        at += oneHot.length;
        float[] ctx = context.toArray();
        System.arraycopy(ctx, 0, v, at, ctx.length);
        at += ctx.length;
        v[at + card.ordinal()] = 1f;
        at += PatternCard.values().length;
        int digits = 0;
        int operators = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else if ("+-*/^%×÷()=".indexOf(c) >= 0) {
                operators++;
            }
        }
        int len = Math.max(1, text.length());
        v[at] = (float) (Math.log1p(text.length()) / 5);
        v[at + 1] = digits / (float) len;
        v[at + 2] = operators / (float) len;
        v[at + 3] = Math.min(text.split("\\s+").length, 50) / 50f;
        v[at + QUERY_FEATURES] = 1f;
        return v;
    }
}
