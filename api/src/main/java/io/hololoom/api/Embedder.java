package io.hololoom.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into a dense vector.
 *
 * <p><b>Contract:</b> vectors have {@link #dimension()} finite components and unit L2 norm (a text with no
 * features, e.g. only punctuation, may give the zero vector). The same text gives the same vector in every
 * run on every machine. Long inputs are truncated, never an error. <b>Thread safety:</b> safe for
 * concurrent use. Heavy models load lazily, on the first call that needs them.
 */
public interface Embedder {
    /** The vector length, e.g. 384. */
    int dimension();

    /**
     * Embeds one text.
     *
     * @throws NullPointerException if {@code text} is null
     */
    float[] embed(String text);

    /** Embeds several texts, in order; implementations batch where that is faster. */
    default List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (String text : texts) {
            out.add(embed(text));
        }
        return out;
    }

    /**
     * Identifies the vector space: two embedders with the same fingerprint give the same vectors. Used in
     * cache keys and to know when stored vectors must be recomputed, e.g. {@code minilm/fp32}.
     */
    String fingerprint();
}
