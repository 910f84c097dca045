package io.hololoom.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Chooses a tool for an observation, and learns from the reward of the tool actually run.
 *
 * <p><b>Thread safety:</b> implementations must be safe for concurrent {@code decide} and {@code update}
 * calls (the loom serves many threads with one long-lived policy). <b>Determinism:</b> a policy draws
 * randomness only from the seed it was created with ({@code PluginContext#seed()}).
 *
 * <p>A policy that learns by gradient (a neural network trained by PPO) also implements
 * {@link io.hololoom.api.learn.TrainablePolicy}.
 */
public interface Policy {
    /** How the policy should choose. */
    enum Mode {
        /** Explore as the policy's strategy says (sampling, ε, optimism). */
        EXPLORE,
        /** Take the best action without exploring (evaluation); probabilities still describe the policy. */
        GREEDY
    }

    /**
     * Chooses an action.
     *
     * @throws IllegalArgumentException if the observation's vector length differs from the one the
     *     policy was built for
     */
    Decision decide(Observation observation, Mode mode);

    /**
     * Learns from the reward of an action that was actually run. Bandits update here; a trainable policy
     * may ignore it and learn from its trainer instead.
     *
     * @param reward in [-1, 1]; non-finite values are rejected with {@link IllegalArgumentException}
     */
    void update(Observation observation, int action, double reward);

    /** Increases by at least one every time the policy's behaviour may have changed. */
    long version();

    /** Writes the policy's learned state so that {@link #readState} restores it exactly. */
    void writeState(OutputStream out) throws IOException;

    /**
     * Restores state written by {@link #writeState}.
     *
     * @throws IOException if the state is corrupt or was written by an incompatible policy
     */
    void readState(InputStream in) throws IOException;

    /** Chooses with {@link Mode#EXPLORE}. */
    default Decision decide(Observation observation) {
        return decide(observation, Mode.EXPLORE);
    }
}
