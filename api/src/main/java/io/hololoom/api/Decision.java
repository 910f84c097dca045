package io.hololoom.api;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * A policy's choice.
 *
 * @param action index of the chosen action in {@link Observation#actions()}
 * @param tool the chosen tool's name
 * @param probabilities the probability the policy gave each action when it chose (the propensities
 *     offline evaluation needs); non-negative, summing to 1 within 1e-6
 * @param value the policy's value estimate of the state, or {@code NaN} if it has none
 * @param strategy a short name of how the choice was made (e.g. {@code linucb}, {@code greedy})
 */
public record Decision(int action, String tool, double[] probabilities, double value, String strategy) {
    public Decision {
        requireNonNull(tool, "tool is null");
        requireNonNull(probabilities, "probabilities is null");
        requireNonNull(strategy, "strategy is null");
        probabilities = probabilities.clone();
        if (action < 0 || action >= probabilities.length) {
            throw new IllegalArgumentException("action [" + action + "] out of range [0, " + probabilities.length + ")");
        }
        double sum = 0;
        for (double p : probabilities) {
            if (!(p >= 0 && p <= 1.0 + 1e-9)) {
                throw new IllegalArgumentException("probability out of [0, 1]: " + p);
            }
            sum += p;
        }
        if (Math.abs(sum - 1.0) > 1e-6) {
            throw new IllegalArgumentException("probabilities must sum to 1, sum was " + sum);
        }
    }

    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    /** The probability the policy gave the chosen action. */
    public double probability() {
        return probabilities[action];
    }

    /** The log of {@link #probability()}. */
    public double logProbability() {
        return Math.log(probabilities[action]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Decision d && d.action == action && d.tool.equals(tool)
                && Arrays.equals(d.probabilities, probabilities)
                && Double.compare(d.value, value) == 0 && d.strategy.equals(strategy);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * action + tool.hashCode()) + Arrays.hashCode(probabilities);
    }

    @Override
    public String toString() {
        return "Decision[" + tool + " p=" + probabilities[action] + " by " + strategy + "]";
    }
}
