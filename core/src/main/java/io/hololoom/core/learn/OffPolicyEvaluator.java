package io.hololoom.core.learn;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Decision;
import io.hololoom.api.Observation;
import io.hololoom.api.Policy;
import io.hololoom.api.learn.Experience;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Offline evaluation of a candidate policy from logged experiences and their logged propensities.
 *
 * <p>IPS: {@code mean(π(a|x) / μ(a|x) · r)}; self-normalised IPS divides by {@code mean(π/μ)}; doubly robust:
 * {@code mean(Σ_a π(a|x) q̂(x,a) + π(a|x)/μ(a|x) · (r − q̂(x,a)))} with {@code q̂} a ridge regression of the
 * reward on the observation, one per action, fitted on the same log. Importance weights are clipped at
 * {@code maxWeight} (reported) to bound variance.
 */
public final class OffPolicyEvaluator {
    /**
     * The estimates.
     *
     * @param n experiences used
     * @param logged the mean logged reward (the logging policy's value)
     * @param ips inverse propensity scoring
     * @param snips self-normalised IPS
     * @param dr doubly robust
     * @param meanWeight mean importance weight (near 1 when the log supports the candidate)
     * @param clipped how many weights were clipped
     */
    public record Estimate(int n, double logged, double ips, double snips, double dr, double meanWeight, int clipped) {
    }

    private final double ridge;
    private final double maxWeight;

    public OffPolicyEvaluator(double ridge, double maxWeight) {
        this.ridge = ridge;
        this.maxWeight = maxWeight;
    }

    /**
     * Estimates the value of {@code candidate} (as {@code mode} describes it) from {@code log}.
     *
     * @throws IllegalArgumentException if the log is empty or its experiences have different action lists
     */
    public Estimate estimate(List<Experience> log, Policy candidate, Policy.Mode mode) {
        requireNonNull(log, "log is null");
        requireNonNull(candidate, "candidate is null");
        if (log.isEmpty()) {
            throw new IllegalArgumentException("the reflection buffer is empty: run 'hololoom learn' or weave with"
                    + " feedback first");
        }
        List<String> actions = log.get(0).actions();
        int d = log.get(0).observation().length;
        for (Experience e : log) {
            if (!e.actions().equals(actions) || e.observation().length != d) {
                throw new IllegalArgumentException("the log mixes experiences from different setups (tools or"
                        + " observation layout); export and filter it first");
            }
        }
        RealVector[] q = fitRewardModels(log, actions.size(), d);
        double sumIps = 0;
        double sumW = 0;
        double sumDr = 0;
        double sumLogged = 0;
        int clipped = 0;
        for (Experience e : log) {
            Observation x = new Observation(e.observation(), actions);
            double[] pi = targetProbabilities(candidate.decide(x, mode), mode);
            double w = pi[e.action()] / e.probability();
            if (w > maxWeight) {
                w = maxWeight;
                clipped++;
            }
            double[] qx = new double[actions.size()];
            double direct = 0;
            for (int a = 0; a < actions.size(); a++) {
                qx[a] = predict(q[a], e.observation());
                direct += pi[a] * qx[a];
            }
            sumIps += w * e.reward();
            sumW += w;
            sumDr += direct + w * (e.reward() - qx[e.action()]);
            sumLogged += e.reward();
        }
        int n = log.size();
        return new Estimate(n, sumLogged / n, sumIps / n, sumW == 0 ? 0 : sumIps / sumW, sumDr / n, sumW / n, clipped);
    }

    /** GREEDY targets put all mass on the chosen action; EXPLORE targets use the policy's probabilities. */
    static double[] targetProbabilities(Decision d, Policy.Mode mode) {
        if (mode == Policy.Mode.GREEDY) {
            double[] p = new double[d.probabilities().length];
            p[d.action()] = 1;
            return p;
        }
        return d.probabilities();
    }

    private RealVector[] fitRewardModels(List<Experience> log, int actions, int d) {
        RealVector[] models = new RealVector[actions];
        for (int a = 0; a < actions; a++) {
            RealMatrix xtx = new Array2DRowRealMatrix(d + 1, d + 1);
            RealVector xty = new ArrayRealVector(d + 1);
            for (int i = 0; i <= d; i++) {
                xtx.addToEntry(i, i, ridge);
            }
            for (Experience e : log) {
                if (e.action() != a) {
                    continue;
                }
                double[] x = features(e.observation());
                for (int i = 0; i <= d; i++) {
                    if (x[i] == 0) {
                        continue;
                    }
                    xty.addToEntry(i, x[i] * e.reward());
                    for (int j = 0; j <= d; j++) {
                        xtx.addToEntry(i, j, x[i] * x[j]);
                    }
                }
            }
            models[a] = new CholeskyDecomposition(xtx).getSolver().solve(xty);
        }
        return models;
    }

    private static double[] features(float[] obs) {
        double[] x = new double[obs.length + 1];
        for (int i = 0; i < obs.length; i++) {
            x[i] = obs[i];
        }
        x[obs.length] = 1;
        return x;
    }

    private static double predict(RealVector w, float[] obs) {
        double s = w.getEntry(obs.length);
        for (int i = 0; i < obs.length; i++) {
            s += w.getEntry(i) * obs[i];
        }
        return Math.max(-1, Math.min(1, s));
    }
}
