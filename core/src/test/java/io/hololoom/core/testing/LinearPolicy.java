package io.hololoom.core.testing;

import io.hololoom.api.Decision;
import io.hololoom.api.Observation;
import io.hololoom.api.learn.ActorCriticNetwork;
import io.hololoom.api.learn.TrainablePolicy;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.PolicyProvider;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A trainable softmax-linear policy for tests: its {@link LinearNetwork} is built on the first observation,
 * it always takes the most probable action (deterministic), and it ignores {@link #update} (it learns from its
 * trainer) but counts the calls so a test can see the loom did not use them.
 */
public final class LinearPolicy implements TrainablePolicy {
    private final AtomicLong version = new AtomicLong(1);
    private final AtomicInteger updateCalls = new AtomicInteger();
    private volatile LinearNetwork network;

    @Override
    public synchronized ActorCriticNetwork network() {
        return network;
    }

    /** Builds the network for this shape if there is none yet. */
    public synchronized LinearNetwork ensureNetwork(int inputs, int actions) {
        if (network == null) {
            network = new LinearNetwork(inputs, actions, version::incrementAndGet);
        }
        if (network.shape().observationSize() != inputs || network.shape().actionCount() != actions) {
            throw new IllegalArgumentException("network shape " + network.shape() + " does not fit " + inputs + "x"
                    + actions);
        }
        return network;
    }

    @Override
    public Decision decide(Observation observation, Mode mode) {
        LinearNetwork net = ensureNetwork(observation.size(), observation.actions().size());
        float[] logits = net.forward(new float[][] {observation.vector()}).logits()[0];
        double max = Double.NEGATIVE_INFINITY;
        int best = 0;
        for (int i = 0; i < logits.length; i++) {
            if (logits[i] > max) {
                max = logits[i];
                best = i;
            }
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp(logits[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return new Decision(best, observation.actions().get(best), p, Double.NaN, "linear");
    }

    @Override
    public void update(Observation observation, int action, double reward) {
        updateCalls.incrementAndGet();
    }

    public int updateCalls() {
        return updateCalls.get();
    }

    @Override
    public long version() {
        return version.get();
    }

    @Override
    public void writeState(OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        LinearNetwork net = network;
        if (net == null) {
            d.writeInt(0);
        } else {
            d.writeInt(net.shape().observationSize());
            d.writeInt(net.shape().actionCount());
            float[] p = net.parameters();
            for (float f : p) {
                d.writeFloat(f);
            }
        }
        d.flush();
    }

    @Override
    public void readState(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(in);
        int inputs = d.readInt();
        if (inputs == 0) {
            return;
        }
        LinearNetwork net = ensureNetwork(inputs, d.readInt());
        float[] p = new float[net.shape().parameterCount()];
        for (int i = 0; i < p.length; i++) {
            p[i] = d.readFloat();
        }
        net.setParameters(p);
    }

    /** {@code test-linear}. */
    public static final class Provider implements PolicyProvider {
        @Override
        public String name() {
            return "test-linear";
        }

        @Override
        public LinearPolicy create(PluginContext context) {
            return new LinearPolicy();
        }
    }
}
