package io.hololoom.policy.neural;

import io.hololoom.api.learn.SeededRandom;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Decision;
import io.hololoom.api.Observation;
import io.hololoom.api.learn.ActorCriticNetwork;
import io.hololoom.api.learn.ForwardPass;
import io.hololoom.api.learn.TrainablePolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code neural} policy: a categorical policy over the observation's actions, backed by an
 * {@link ActorCriticNetwork} that a gradient trainer (e.g. {@code ppo}) improves; {@link #update} does nothing.
 *
 * <p><b>Network size.</b> The observation length is fixed by the loom's encoder per configuration but is only
 * known here at the first {@link #decide}; the network is built then (observation length, number of actions).
 * Setting {@code observation-size} and {@code action-count} builds it at construction instead; so does
 * {@link #readState} of a state that contains a network. Until it is built, {@link #network()} throws
 * {@link IllegalStateException}.
 *
 * <p><b>Deciding.</b> Softmax over the actor's logits; {@link Mode#EXPLORE} samples from it with the policy's
 * seeded random source, {@link Mode#GREEDY} takes the most probable action (lowest index on ties).
 * {@link Decision#value()} is the critic's estimate.
 *
 * <p><b>Thread safety.</b> {@link #decide} may run on many threads while a trainer replaces the parameters:
 * each forward pass uses one immutable parameter snapshot. {@link #version()} increases on every parameter
 * replacement. Sampling draws are serialised, so a single-threaded caller sees a deterministic sequence.
 */
public final class NeuralPolicy implements TrainablePolicy {
    public static final String NAME = "neural";
    static final int STATE_MAGIC = 0x484C4E50;
    static final int STATE_FORMAT = 1;
    /** Keeps the sampling stream independent of the initialisation stream drawn from the same seed. */
    private static final long SAMPLING_STREAM = 0x5DEECE66DL;

    private final NeuralPolicyConfig config;
    private final Object lock = new Object();
    private final SeededRandom random;
    private volatile AbstractActorCriticNetwork<?> network;
    private volatile long versionBase;

    public NeuralPolicy(NeuralPolicyConfig config) {
        this.config = requireNonNull(config, "config is null");
        this.random = new SeededRandom(config.seed() ^ SAMPLING_STREAM);
        if (config.sizesConfigured()) {
            network = build(new NetworkLayout(config.observationSize(), config.actionCount(), config.hidden()));
        }
    }

    public NeuralPolicyConfig config() {
        return config;
    }

    private AbstractActorCriticNetwork<?> build(NetworkLayout layout) {
        return (AbstractActorCriticNetwork<?>) ActorCriticNetworks.create(config.backend(), layout, config.seed());
    }

    /** True once the network exists (see the class comment). */
    public boolean isBuilt() {
        return network != null;
    }

    /**
     * The network.
     *
     * @throws IllegalStateException if it is not built yet (no decide so far and no sizes configured)
     */
    @Override
    public ActorCriticNetwork network() {
        AbstractActorCriticNetwork<?> n = network;
        if (n == null) {
            throw new IllegalStateException("The neural policy builds its network at the first decide (the observation"
                    + " size is unknown until then); decide once, or set hololoom.policy.neural.observation-size and"
                    + " hololoom.policy.neural.action-count");
        }
        return n;
    }

    /**
     * The network, built for these sizes if it does not exist yet.
     *
     * @throws IllegalArgumentException if it exists with other sizes
     */
    public ActorCriticNetwork network(int observationSize, int actionCount) {
        AbstractActorCriticNetwork<?> n = network;
        if (n == null) {
            synchronized (lock) {
                n = network;
                if (n == null) {
                    n = build(new NetworkLayout(observationSize, actionCount, config.hidden()));
                    network = n;
                }
            }
        }
        if (n.shape().observationSize() != observationSize || n.shape().actionCount() != actionCount) {
            throw new IllegalArgumentException("observation of length [" + observationSize + "] with ["
                    + actionCount + "] actions does not fit the neural policy's network, built for length ["
                    + n.shape().observationSize() + "] and [" + n.shape().actionCount() + "] actions");
        }
        return n;
    }

    @Override
    public Decision decide(Observation observation, Mode mode) {
        requireNonNull(observation, "observation is null");
        requireNonNull(mode, "mode is null");
        List<String> actions = observation.actions();
        ActorCriticNetwork n = network(observation.size(), actions.size());
        ForwardPass pass = n.forward(new float[][] {observation.vector()});
        double[] probabilities = softmax(pass.logits()[0]);
        int action;
        if (mode == Mode.GREEDY) {
            action = argmax(probabilities);
        } else {
            double u;
            synchronized (lock) {
                u = random.nextDouble();
            }
            action = sample(probabilities, u);
        }
        return new Decision(action, actions.get(action), probabilities, pass.values()[0],
                mode == Mode.GREEDY ? "neural-greedy" : "neural-sample");
    }

    /** Numerically stable softmax in double precision. */
    static double[] softmax(float[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (float l : logits) {
            max = Math.max(max, l);
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            p[i] = Math.exp(logits[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Inverse-CDF sampling with {@code u} in [0, 1); never returns an action of probability zero. */
    static int sample(double[] p, double u) {
        double cumulative = 0;
        int last = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                cumulative += p[i];
                last = i;
                if (u < cumulative) {
                    return i;
                }
            }
        }
        return last;
    }

    /** Does nothing: this policy learns from its trainer, not from single rewards. */
    @Override
    public void update(Observation observation, int action, double reward) {
        requireNonNull(observation, "observation is null");
        if (!Double.isFinite(reward)) {
            throw new IllegalArgumentException("reward is not finite: " + reward);
        }
    }

    @Override
    public long version() {
        AbstractActorCriticNetwork<?> n = network;
        return versionBase + (n == null ? 0 : n.version());
    }

    /**
     * Writes a versioned, checksummed state: the network's sizes and parameters (if built), the version and
     * the sampling random state. The backend is not recorded: a state moves between backends.
     */
    @Override
    public void writeState(OutputStream out) throws IOException {
        requireNonNull(out, "out is null");
        AbstractActorCriticNetwork<?> n = network;
        long[] randomState;
        synchronized (lock) {
            randomState = random.state();
        }
        PolicyState state = n == null ? new PolicyState(null, null, version(), randomState)
                : new PolicyState(n.layout(), n.parameters(), version(), randomState);
        state.write(out);
    }

    /**
     * Restores a state written by {@link #writeState}; builds the network from it if needed. A policy still at
     * version 0 takes the stored version; otherwise the version becomes larger than the current one and at least
     * the stored one.
     *
     * @throws IOException if the state is corrupt, of an unknown format, or for a network of other sizes
     */
    @Override
    public void readState(InputStream in) throws IOException {
        requireNonNull(in, "in is null");
        PolicyState state = PolicyState.read(in);
        synchronized (lock) {
            // a fresh policy takes the stored version (so its state reads back byte for byte); a used one moves on
            long current = version();
            long target = current == 0 ? state.version() : Math.max(current + 1, state.version());
            if (state.layout() != null) {
                if (!Arrays.equals(state.layout().hidden(), config.hidden())) {
                    throw new IOException("neural policy state has hidden sizes "
                            + Arrays.toString(state.layout().hidden()) + " but this policy is configured with "
                            + Arrays.toString(config.hidden()) + " (hololoom.policy.neural.hidden-sizes)");
                }
                AbstractActorCriticNetwork<?> n = network;
                if (n == null) {
                    n = build(state.layout());
                } else if (!n.layout().equals(state.layout())) {
                    throw new IOException("neural policy state is for " + state.layout() + " but this policy's network is "
                            + n.layout());
                }
                try {
                    n.setParameters(state.parameters());
                } catch (IllegalArgumentException e) {
                    throw new IOException("neural policy state has bad parameters: " + e.getMessage(), e);
                }
                network = n;
            }
            random.setState(state.randomState());
            AbstractActorCriticNetwork<?> n = network;
            versionBase = target - (n == null ? 0 : n.version());
        }
    }

    @Override
    public String toString() {
        AbstractActorCriticNetwork<?> n = network;
        return "NeuralPolicy[" + config.backend().configName() + ", " + (n == null ? "not built" : n.layout()) + "]";
    }
}
