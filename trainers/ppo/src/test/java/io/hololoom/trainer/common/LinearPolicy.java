package io.hololoom.trainer.common;

import io.hololoom.api.Decision;
import io.hololoom.api.Observation;
import io.hololoom.api.learn.ActorCriticNetwork;
import io.hololoom.api.learn.ExperienceBatch;
import io.hololoom.api.learn.ForwardPass;
import io.hololoom.api.learn.NetworkShape;
import io.hololoom.api.learn.TrainablePolicy;
import io.hololoom.api.learn.Transition;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntBinaryOperator;

/**
 * A test fake: a linear actor-critic (logits = W x + b, value = u . x + c) with exact gradients, so the
 * trainers can be tested without a network module.
 */
public final class LinearPolicy implements TrainablePolicy {
    private final Network network;
    private long version;

    public LinearPolicy(int observationSize, int actionCount, long seed) {
        network = new Network(observationSize, actionCount);
        Random random = new Random(seed);
        float[] p = new float[network.shape().parameterCount()];
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) (random.nextGaussian() * 0.1);
        }
        network.setParameters(p);
    }

    @Override
    public ActorCriticNetwork network() {
        return network;
    }

    @Override
    public Decision decide(Observation observation, Mode mode) {
        ForwardPass pass = network.forward(new float[][] {observation.vector()});
        double[] p = PolicyMath.exp(PolicyMath.logSoftmax(pass.logits()[0]));
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            best = p[i] > p[best] ? i : best;
        }
        return new Decision(best, observation.actions().get(best), p, pass.values()[0], "linear");
    }

    @Override
    public void update(Observation observation, int action, double reward) {
    }

    @Override
    public long version() {
        return version + network.version;
    }

    @Override
    public void writeState(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        float[] p = network.parameters();
        data.writeInt(p.length);
        for (float v : p) {
            data.writeFloat(v);
        }
        data.flush();
    }

    @Override
    public void readState(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int n = data.readInt();
        if (n != network.shape().parameterCount()) {
            throw new IOException("wrong parameter count " + n);
        }
        float[] p = new float[n];
        for (int i = 0; i < n; i++) {
            p[i] = data.readFloat();
        }
        network.setParameters(p);
    }

    /**
     * Collects {@code steps} one-step episodes of a contextual bandit: the observation is a one-hot context,
     * the reward {@code reward.applyAsInt(context, action)}; values NaN, every transition terminated (the
     * tool-routing shape).
     */
    public ExperienceBatch banditBatch(int steps, Random random, IntBinaryOperator reward) {
        int contexts = network.shape().observationSize();
        List<Transition> transitions = new ArrayList<>();
        for (int s = 0; s < steps; s++) {
            int context = random.nextInt(contexts);
            float[] x = new float[contexts];
            x[context] = 1f;
            double[] p = PolicyMath.exp(PolicyMath.logSoftmax(network.forward(new float[][] {x}).logits()[0]));
            double u = random.nextDouble();
            int action = p.length - 1;
            double c = 0;
            for (int a = 0; a < p.length; a++) {
                c += p[a];
                if (u < c) {
                    action = a;
                    break;
                }
            }
            transitions.add(new Transition(x, action, Math.log(p[action]), Double.NaN,
                    reward.applyAsInt(context, action), true, false, null));
        }
        return new ExperienceBatch(transitions);
    }

    public double probability(int context, int action) {
        float[] x = new float[network.shape().observationSize()];
        x[context] = 1f;
        return PolicyMath.exp(PolicyMath.logSoftmax(network.forward(new float[][] {x}).logits()[0]))[action];
    }

    static final class Network implements ActorCriticNetwork {
        private final int in;
        private final int actions;
        private final NetworkShape shape;
        private float[] p;
        private long version;

        Network(int in, int actions) {
            this.in = in;
            this.actions = actions;
            this.shape = new NetworkShape(in, actions, actions * in + actions + in + 1);
            this.p = new float[shape.parameterCount()];
        }

        @Override
        public NetworkShape shape() {
            return shape;
        }

        @Override
        public ForwardPass forward(float[][] x) {
            float[][] logits = new float[x.length][actions];
            float[] values = new float[x.length];
            int u = actions * in + actions;
            for (int b = 0; b < x.length; b++) {
                for (int a = 0; a < actions; a++) {
                    float z = p[actions * in + a];
                    for (int d = 0; d < in; d++) {
                        z += p[a * in + d] * x[b][d];
                    }
                    logits[b][a] = z;
                }
                float v = p[u + in];
                for (int d = 0; d < in; d++) {
                    v += p[u + d] * x[b][d];
                }
                values[b] = v;
            }
            return new ForwardPass(logits, values, x);
        }

        @Override
        public float[] backward(ForwardPass pass, float[][] dLogits, float[] dValues) {
            float[][] x = (float[][]) pass.cache();
            float[] g = new float[p.length];
            int u = actions * in + actions;
            for (int b = 0; b < x.length; b++) {
                for (int a = 0; a < actions; a++) {
                    for (int d = 0; d < in; d++) {
                        g[a * in + d] += dLogits[b][a] * x[b][d];
                    }
                    g[actions * in + a] += dLogits[b][a];
                }
                for (int d = 0; d < in; d++) {
                    g[u + d] += dValues[b] * x[b][d];
                }
                g[u + in] += dValues[b];
            }
            return g;
        }

        @Override
        public float[] parameters() {
            return p.clone();
        }

        @Override
        public void setParameters(float[] parameters) {
            if (parameters.length != p.length) {
                throw new IllegalArgumentException("length");
            }
            p = parameters.clone();
            version++;
        }
    }
}
