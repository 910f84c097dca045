package io.hololoom.api.env;

import static java.util.Objects.requireNonNull;

/**
 * The result of one environment step.
 *
 * @param state the state after the step
 * @param reward the reward for the step
 * @param terminated the episode reached a terminal state
 * @param truncated the episode was cut by a time limit
 */
public record Step(double[] state, double reward, boolean terminated, boolean truncated) {
    public Step {
        state = requireNonNull(state, "state is null").clone();
    }

    @Override
    public double[] state() {
        return state.clone();
    }
}
