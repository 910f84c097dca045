package io.hololoom.trainer.common;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.learn.ActorCriticNetwork;
import io.hololoom.api.learn.ExperienceBatch;
import io.hololoom.api.learn.NetworkShape;
import io.hololoom.api.learn.Transition;
import java.util.Arrays;
import java.util.List;

/**
 * An experience batch as arrays, with values, advantages (GAE) and returns.
 *
 * <p>Values come from the transitions; if any is NaN (tool routing logs none) all are computed with the
 * network. A transition is the last of its segment when it is terminated, truncated, the batch's last, or its
 * {@code nextObservation} differs from the next transition's observation (another episode or environment
 * follows); non-terminal segment ends bootstrap from V(nextObservation).
 *
 * @param observations {@code [n][observationSize]}
 * @param actions chosen actions
 * @param oldLogProbabilities log-probabilities of the acting policy
 * @param values V(observation) used for the advantages
 * @param advantages GAE advantages (not normalised)
 * @param returns advantages + values: the value targets
 */
public record Rollout(float[][] observations, int[] actions, double[] oldLogProbabilities, double[] values,
        double[] advantages, double[] returns) {
    /** Forward passes run over chunks of at most this many rows. */
    static final int CHUNK = 1024;

    public int size() {
        return actions.length;
    }

    /**
     * @throws IllegalArgumentException if an observation or action does not fit the network, or a
     *     non-terminal segment end has no nextObservation to bootstrap from
     */
    public static Rollout prepare(ActorCriticNetwork network, ExperienceBatch batch, double gamma, double lambda) {
        requireNonNull(network, "network is null");
        requireNonNull(batch, "batch is null");
        NetworkShape shape = network.shape();
        List<Transition> transitions = batch.transitions();
        int n = transitions.size();
        float[][] observations = new float[n][];
        int[] actions = new int[n];
        double[] oldLogProbabilities = new double[n];
        double[] rewards = new double[n];
        double[] values = new double[n];
        boolean[] terminated = new boolean[n];
        boolean missingValue = false;
        for (int t = 0; t < n; t++) {
            Transition tr = transitions.get(t);
            if (tr.observation().length != shape.observationSize()) {
                throw new IllegalArgumentException("transition [" + t + "] has an observation of length ["
                        + tr.observation().length + "]; the network expects [" + shape.observationSize() + "]");
            }
            if (tr.action() >= shape.actionCount()) {
                throw new IllegalArgumentException("transition [" + t + "] has action [" + tr.action()
                        + "]; the network has [" + shape.actionCount() + "] actions");
            }
            observations[t] = tr.observation();
            actions[t] = tr.action();
            oldLogProbabilities[t] = tr.logProbability();
            rewards[t] = tr.reward();
            values[t] = tr.value();
            missingValue |= Double.isNaN(tr.value());
            terminated[t] = tr.terminated();
        }
        if (missingValue) {
            values = values(network, observations);
        }
        boolean[] boundary = new boolean[n];
        int[] bootstrapRows = new int[n];
        int bootstraps = 0;
        for (int t = 0; t < n; t++) {
            Transition tr = transitions.get(t);
            float[] next = tr.nextObservation();
            boundary[t] = tr.terminated() || tr.truncated() || t == n - 1
                    || (next != null && !Arrays.equals(next, observations[t + 1]));
            if (boundary[t] && !tr.terminated()) {
                if (next == null || next.length != shape.observationSize()) {
                    throw new IllegalArgumentException("transition [" + t + "] ends its segment (truncated or last of"
                            + " the batch) without being terminated, so it needs a nextObservation of length ["
                            + shape.observationSize() + "] to bootstrap from");
                }
                bootstrapRows[bootstraps++] = t;
            }
        }
        double[] nextValues = new double[n];
        if (bootstraps > 0) {
            float[][] next = new float[bootstraps][];
            for (int i = 0; i < bootstraps; i++) {
                next[i] = transitions.get(bootstrapRows[i]).nextObservation();
            }
            double[] v = values(network, next);
            for (int i = 0; i < bootstraps; i++) {
                nextValues[bootstrapRows[i]] = v[i];
            }
        }
        Gae.Result gae = Gae.compute(rewards, values, terminated, boundary, nextValues, gamma, lambda);
        return new Rollout(observations, actions, oldLogProbabilities, values, gae.advantages(), gae.returns());
    }

    /** V(observation) for every row, in chunks. */
    static double[] values(ActorCriticNetwork network, float[][] observations) {
        double[] out = new double[observations.length];
        for (int start = 0; start < observations.length; start += CHUNK) {
            int end = Math.min(observations.length, start + CHUNK);
            float[] v = network.forward(Arrays.copyOfRange(observations, start, end)).values();
            for (int i = start; i < end; i++) {
                out[i] = v[i - start];
            }
        }
        return out;
    }
}
