package io.hololoom.api.learn;

import static java.util.Objects.requireNonNull;

/**
 * The outputs of one forward pass over a batch, plus whatever the network needs for the backward pass.
 *
 * @param logits {@code [batch][actions]} unnormalised action scores
 * @param values {@code [batch]} state-value estimates
 * @param cache the network's own activations for {@link ActorCriticNetwork#backward}; opaque to callers
 */
public record ForwardPass(float[][] logits, float[] values, Object cache) {
    public ForwardPass {
        requireNonNull(logits, "logits is null");
        requireNonNull(values, "values is null");
        if (logits.length != values.length) {
            throw new IllegalArgumentException("logits and values differ in batch size: " + logits.length + " vs "
                    + values.length);
        }
    }

    public int batchSize() {
        return values.length;
    }
}
