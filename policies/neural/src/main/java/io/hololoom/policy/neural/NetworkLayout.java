package io.hololoom.policy.neural;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.learn.NetworkShape;
import java.util.Arrays;

/**
 * Sizes and flat-parameter layout of an actor-critic network made of two separate MLPs (actor and critic)
 * with the same hidden sizes and tanh activations.
 *
 * <p>The flat parameter vector holds the actor's layers, then the critic's. Each layer is its weight matrix
 * {@code [in][out]} in row-major order followed by its bias {@code [out]}. Both backends use this layout, so
 * parameters (and checkpoints) move freely between them.
 */
public final class NetworkLayout {
    private final int observationSize;
    private final int actionCount;
    private final int[] hidden;
    private final int[] actorSizes;
    private final int[] criticSizes;
    private final int[] actorOffsets;
    private final int[] criticOffsets;
    private final int parameterCount;

    /**
     * @param observationSize input length, at least 1
     * @param actionCount number of actions, at least 1
     * @param hidden hidden layer sizes of each MLP, at least one layer, each at least 1
     */
    public NetworkLayout(int observationSize, int actionCount, int[] hidden) {
        requireNonNull(hidden, "hidden is null");
        if (observationSize < 1 || actionCount < 1) {
            throw new IllegalArgumentException("observation size and action count must be positive, were ["
                    + observationSize + ", " + actionCount + "]");
        }
        if (hidden.length == 0 || Arrays.stream(hidden).anyMatch(h -> h < 1)) {
            throw new IllegalArgumentException("hidden sizes must be at least one positive size, were "
                    + Arrays.toString(hidden));
        }
        this.observationSize = observationSize;
        this.actionCount = actionCount;
        this.hidden = hidden.clone();
        this.actorSizes = sizes(observationSize, this.hidden, actionCount);
        this.criticSizes = sizes(observationSize, this.hidden, 1);
        this.actorOffsets = new int[hidden.length + 1];
        this.criticOffsets = new int[hidden.length + 1];
        long offset = 0;
        for (int l = 0; l < actorOffsets.length; l++) {
            actorOffsets[l] = (int) offset;
            offset += (long) actorSizes[l] * actorSizes[l + 1] + actorSizes[l + 1];
        }
        for (int l = 0; l < criticOffsets.length; l++) {
            criticOffsets[l] = (int) offset;
            offset += (long) criticSizes[l] * criticSizes[l + 1] + criticSizes[l + 1];
        }
        if (offset > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("network too large: " + offset + " parameters");
        }
        this.parameterCount = (int) offset;
    }

    private static int[] sizes(int in, int[] hidden, int out) {
        int[] s = new int[hidden.length + 2];
        s[0] = in;
        System.arraycopy(hidden, 0, s, 1, hidden.length);
        s[s.length - 1] = out;
        return s;
    }

    public int observationSize() {
        return observationSize;
    }

    public int actionCount() {
        return actionCount;
    }

    public int[] hidden() {
        return hidden.clone();
    }

    public int parameterCount() {
        return parameterCount;
    }

    /** Number of weight layers in each MLP (hidden layers + output layer). */
    public int layerCount() {
        return hidden.length + 1;
    }

    /** Layer widths of the actor: {@code [obs, hidden..., actions]}. */
    int[] actorSizes() {
        return actorSizes;
    }

    /** Layer widths of the critic: {@code [obs, hidden..., 1]}. */
    int[] criticSizes() {
        return criticSizes;
    }

    /** Offset of layer {@code l}'s weights in the flat vector; its bias follows at {@code + in * out}. */
    int actorOffset(int l) {
        return actorOffsets[l];
    }

    int criticOffset(int l) {
        return criticOffsets[l];
    }

    public NetworkShape shape() {
        return new NetworkShape(observationSize, actionCount, parameterCount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkLayout other && other.observationSize == observationSize
                && other.actionCount == actionCount && Arrays.equals(other.hidden, hidden);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * observationSize + actionCount) + Arrays.hashCode(hidden);
    }

    @Override
    public String toString() {
        return "NetworkLayout[obs=" + observationSize + ", actions=" + actionCount + ", hidden="
                + Arrays.toString(hidden) + ", parameters=" + parameterCount + "]";
    }
}
