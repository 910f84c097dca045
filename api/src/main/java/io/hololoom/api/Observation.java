package io.hololoom.api;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;

/**
 * What a policy sees: one fixed-length feature vector and the names of the actions (tools) it may choose.
 *
 * <p>The vector layout is documented by the loom's observation encoder; its length is the same for every
 * query of one configuration. The action list is in a stable order (tool index by name), and a policy
 * that keeps state per action should key it by name so that adding a tool does not scramble it.
 *
 * @param vector the encoded features; copied, finite values only
 * @param actions the tool names, at least one, no duplicates
 */
public record Observation(float[] vector, List<String> actions) {
    public Observation {
        requireNonNull(vector, "vector is null");
        requireNonNull(actions, "actions is null");
        vector = vector.clone();
        for (int i = 0; i < vector.length; i++) {
            if (!Float.isFinite(vector[i])) {
                throw new IllegalArgumentException("observation value at [" + i + "] is not finite: " + vector[i]);
            }
        }
        actions = List.copyOf(actions);
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("an observation needs at least one action");
        }
        if (actions.stream().distinct().count() != actions.size()) {
            throw new IllegalArgumentException("duplicate action names " + actions);
        }
    }

    /** A copy of the feature vector. */
    @Override
    public float[] vector() {
        return vector.clone();
    }

    /** The vector without a copy; callers must not modify it. */
    public float get(int index) {
        return vector[index];
    }

    public int size() {
        return vector.length;
    }

    public int actionIndex(String name) {
        return actions.indexOf(name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Observation other && Arrays.equals(vector, other.vector) && actions.equals(other.actions);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(vector) + actions.hashCode();
    }

    @Override
    public String toString() {
        return "Observation[size=" + vector.length + ", actions=" + actions + "]";
    }
}
