package io.hololoom.core.learn;

import io.hololoom.api.Observation;
import io.hololoom.api.Policy;
import io.hololoom.api.learn.ActorCriticNetwork;
import io.hololoom.api.learn.ForwardPass;
import io.hololoom.api.learn.TrainablePolicy;
import io.hololoom.core.loom.Loom;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Starts a new policy warm, from the shipped labelled workload, so a fresh install routes sensibly while
 * still learning from feedback. Bandits get full-information updates (+1 for the labelled tool, −1 for each
 * other); a trainable policy is fitted by behaviour cloning (cross-entropy on its logits, Adam).
 */
public final class WarmStart {
    private WarmStart() {
    }

    /** Fits {@code policy} on {@code examples}; returns how many were used. */
    public static int run(Loom loom, Policy policy, List<Workload.Example> examples, long seed) {
        List<Workload.Example> usable = examples.stream().filter(e -> loom.actions().contains(e.tool())).toList();
        // Observing is read-only (embedding, motifs, retrieval) and each observation depends only on its query, so
        // they are computed in parallel (most of a new data directory's first start) and used in workload order.
        List<Observation> observations = usable.parallelStream().map(e -> loom.observe(e.query(), null)).toList();
        List<Integer> labels = usable.stream().map(e -> loom.actions().indexOf(e.tool())).toList();
        if (observations.isEmpty()) {
            return 0;
        }
        if (policy instanceof TrainablePolicy tp) {
            clone(tp, observations, labels, seed);
        } else {
            for (int i = 0; i < observations.size(); i++) {
                for (int a = 0; a < loom.actions().size(); a++) {
                    policy.update(observations.get(i), a, a == labels.get(i) ? 1 : -1);
                }
            }
        }
        return observations.size();
    }

    private static void clone(TrainablePolicy policy, List<Observation> obs, List<Integer> labels, long seed) {
        // a trainable policy may build its network lazily, on its first decision
        policy.decide(obs.get(0), Policy.Mode.GREEDY);
        ActorCriticNetwork net = policy.network();
        int n = obs.size();
        int batch = Math.min(64, n);
        float[] params = net.parameters();
        double[] m = new double[params.length];
        double[] v = new double[params.length];
        double lr = 1e-3;
        SplittableRandom rng = new SplittableRandom(seed);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int step = 0;
        for (int epoch = 0; epoch < 30; epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int from = 0; from < n; from += batch) {
                int b = Math.min(batch, n - from);
                float[][] x = new float[b][];
                for (int i = 0; i < b; i++) {
                    x[i] = obs.get(order[from + i]).vector();
                }
                ForwardPass pass = net.forward(x);
                float[][] dLogits = new float[b][];
                for (int i = 0; i < b; i++) {
                    double[] p = softmax(pass.logits()[i]);
                    dLogits[i] = new float[p.length];
                    for (int a = 0; a < p.length; a++) {
                        dLogits[i][a] = (float) ((p[a] - (a == labels.get(order[from + i]) ? 1 : 0)) / b);
                    }
                }
                float[] grad = net.backward(pass, dLogits, new float[b]);
                step++;
                for (int k = 0; k < params.length; k++) {
                    m[k] = 0.9 * m[k] + 0.1 * grad[k];
                    v[k] = 0.999 * v[k] + 0.001 * grad[k] * grad[k];
                    double mh = m[k] / (1 - Math.pow(0.9, step));
                    double vh = v[k] / (1 - Math.pow(0.999, step));
                    params[k] -= (float) (lr * mh / (Math.sqrt(vh) + 1e-8));
                }
                net.setParameters(params);
            }
        }
    }

    static double[] softmax(float[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (float l : logits) {
            max = Math.max(max, l);
        }
        double sum = 0;
        double[] p = new double[logits.length];
        for (int i = 0; i < logits.length; i++) {
            p[i] = Math.exp(logits[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }
}
