package io.hololoom.policy.bandit;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Observation;

/** Checks and probability arithmetic shared by the bandit policies of this module. */
public final class Bandits {
    private Bandits() {
    }

    /**
     * @throws IllegalArgumentException unless {@code reward} is finite and in [-1, 1]
     */
    public static void checkReward(String policy, double reward) {
        if (!Double.isFinite(reward) || reward < -1 || reward > 1) {
            throw new IllegalArgumentException("Policy [" + policy + "] got reward [" + reward
                    + "]; rewards must be finite and in [-1, 1] (clip them in the reward function)");
        }
    }

    /**
     * The tool name of {@code action}.
     *
     * @throws IllegalArgumentException if {@code action} is not an index of the observation's actions
     */
    public static String tool(String policy, Observation observation, int action) {
        requireNonNull(observation, "observation is null");
        if (action < 0 || action >= observation.actions().size()) {
            throw new IllegalArgumentException("Policy [" + policy + "] got action [" + action + "] out of range [0, "
                    + observation.actions().size() + ") for actions " + observation.actions());
        }
        return observation.actions().get(action);
    }

    /** The index of the largest value; the lowest such index on ties. */
    public static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    /**
     * ε-greedy probabilities: {@code ε/n} for every action plus {@code (1-ε)} shared equally by the actions
     * whose score equals the maximum.
     */
    public static double[] epsilonGreedy(double[] scores, double epsilon) {
        int n = scores.length;
        double max = scores[argmax(scores)];
        int ties = countEqual(scores, max);
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = epsilon / n + (scores[i] == max ? (1 - epsilon) / ties : 0);
        }
        return p;
    }

    /**
     * Probabilities with an exploration floor: {@code 1 - floor} shared equally by the actions whose score
     * equals the maximum, {@code floor} shared equally by the others (all equal: uniform).
     */
    public static double[] withFloor(double[] scores, double floor) {
        int n = scores.length;
        double max = scores[argmax(scores)];
        int ties = countEqual(scores, max);
        double[] p = new double[n];
        if (ties == n) {
            java.util.Arrays.fill(p, 1.0 / n);
            return p;
        }
        for (int i = 0; i < n; i++) {
            p[i] = scores[i] == max ? (1 - floor) / ties : floor / (n - ties);
        }
        return p;
    }

    /** Draws an index with the given probabilities (summing to 1). */
    public static int sample(double[] probabilities, BanditRandom random) {
        double u = random.nextDouble();
        double cumulative = 0;
        int last = 0;
        for (int i = 0; i < probabilities.length; i++) {
            if (probabilities[i] > 0) {
                cumulative += probabilities[i];
                last = i;
                if (u < cumulative) {
                    return i;
                }
            }
        }
        return last; // rounding left u just above the cumulative sum
    }

    private static int countEqual(double[] values, double target) {
        int count = 0;
        for (double v : values) {
            if (v == target) {
                count++;
            }
        }
        return count;
    }
}
