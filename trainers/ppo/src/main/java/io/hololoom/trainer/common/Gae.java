package io.hololoom.trainer.common;

/**
 * Generalised advantage estimation over a batch of transitions in time order.
 *
 * <p>For each step t: {@code delta = r + gamma * V' - V} and {@code A = delta + gamma * lambda * A'}, where the
 * primes are the next step's. At a terminal step {@code V' = 0} and nothing flows back. At a boundary that is not
 * terminal (time-limit truncation, the batch's end, or the next transition starting another episode) the
 * episode goes on outside the batch: {@code V'} is the value of the next observation (bootstrap) and nothing
 * flows back from the following transition. Returns are {@code A + V}.
 */
public final class Gae {
    private Gae() {
    }

    /** Advantages and returns, each of the batch's length. */
    public record Result(double[] advantages, double[] returns) {
    }

    /**
     * @param rewards r per step
     * @param values V(observation) per step
     * @param terminated the step ended the episode in a terminal state
     * @param boundary the step is the last of its segment in this batch (implied by terminated)
     * @param nextValues V(next observation) for boundary steps that are not terminated; ignored elsewhere
     */
    public static Result compute(double[] rewards, double[] values, boolean[] terminated, boolean[] boundary,
            double[] nextValues, double gamma, double lambda) {
        int n = rewards.length;
        if (values.length != n || terminated.length != n || boundary.length != n || nextValues.length != n) {
            throw new IllegalArgumentException("GAE inputs differ in length");
        }
        double[] advantages = new double[n];
        double[] returns = new double[n];
        for (int t = n - 1; t >= 0; t--) {
            double advantage;
            if (terminated[t]) {
                advantage = rewards[t] - values[t];
            } else if (boundary[t] || t == n - 1) {
                advantage = rewards[t] + gamma * nextValues[t] - values[t];
            } else {
                double delta = rewards[t] + gamma * values[t + 1] - values[t];
                advantage = delta + gamma * lambda * advantages[t + 1];
            }
            advantages[t] = advantage;
            returns[t] = advantage + values[t];
        }
        return new Result(advantages, returns);
    }
}
