package io.hololoom.api.learn;

import static java.util.Objects.requireNonNull;

/**
 * One step of experience as a trainer sees it.
 *
 * <p>For tool routing every transition is one step long ({@code terminated = true}). For control tasks
 * consecutive transitions of one episode follow each other in an {@link ExperienceBatch}; a transition cut
 * by a time limit has {@code truncated = true} and the trainer bootstraps from {@code nextObservation}.
 *
 * @param observation what the policy saw
 * @param action the action taken
 * @param logProbability log of the probability the acting policy gave {@code action}
 * @param value the acting policy's value estimate, NaN if it had none
 * @param reward the reward received, finite
 * @param terminated the episode ended in a terminal state
 * @param truncated the episode was cut (time limit) in a non-terminal state
 * @param nextObservation the observation after the step; needed when truncated or at the batch's end,
 *     may be null otherwise
 */
public record Transition(float[] observation, int action, double logProbability, double value, double reward,
        boolean terminated, boolean truncated, float[] nextObservation) {
    public Transition {
        requireNonNull(observation, "observation is null");
        if (action < 0) {
            throw new IllegalArgumentException("action must not be negative, was [" + action + "]");
        }
        if (!Double.isFinite(reward)) {
            throw new IllegalArgumentException("reward is not finite: " + reward);
        }
        if (!(logProbability <= 0)) {
            throw new IllegalArgumentException("log probability must be <= 0, was [" + logProbability + "]");
        }
    }
}
