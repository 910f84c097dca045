package io.hololoom.api.env;

/**
 * A reinforcement-learning environment with discrete actions, used to verify trainers on standard tasks
 * (e.g. CartPole-v1) before they are trusted with tool routing.
 *
 * <p>Not thread-safe: one episode at a time. Deterministic: the same seed and actions give the same states.
 */
public interface Environment {
    int observationSize();

    int actionCount();

    /** Starts an episode; the initial state is drawn from {@code seed}. */
    double[] reset(long seed);

    /**
     * Applies an action.
     *
     * @throws IllegalArgumentException if the action is out of range
     * @throws IllegalStateException if the episode has ended or was never started
     */
    Step step(int action);

    /**
     * Starts an episode from an explicit state.
     *
     * @throws IllegalArgumentException if the state has the wrong length or is not finite
     * @throws UnsupportedOperationException if the environment cannot be set
     */
    default void setState(double[] state) {
        throw new UnsupportedOperationException("this environment cannot be set to a state");
    }
}
