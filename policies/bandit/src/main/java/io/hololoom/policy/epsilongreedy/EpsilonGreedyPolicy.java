package io.hololoom.policy.epsilongreedy;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Decision;
import io.hololoom.api.Observation;
import io.hololoom.api.Policy;
import io.hololoom.policy.bandit.BanditRandom;
import io.hololoom.policy.bandit.BanditState;
import io.hololoom.policy.bandit.Bandits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Context-free ε-greedy: a running mean reward per tool name; tool {@code i} gets probability
 * {@code ε/A + (1-ε)·[i is greedy]/(number of greedy tools)}. A tool never updated has the estimate
 * {@code initial-value} (optimistic by default). The observation vector is ignored.
 *
 * <p>{@link Mode#EXPLORE} samples from those probabilities; {@link Mode#GREEDY} takes the highest estimate
 * (lowest index on ties). Strategy names: {@code epsilon-greedy} and {@code greedy}. The decision's value is
 * the probability-weighted mean reward of the tools that were updated at least once (NaN if none).
 *
 * <p><b>State</b> (inside the {@link BanditState} envelope, kind {@code epsilon-greedy}): {@code long}
 * random state, {@code long} version, {@code int} tool count, then per tool {@code UTF} name, {@code long}
 * updates, {@code double} mean reward. Settings are not part of the state.
 *
 * <p><b>Thread safety:</b> all methods synchronise on the policy.
 */
public final class EpsilonGreedyPolicy implements Policy {
    public static final String NAME = "epsilon-greedy";
    static final int MAX_TOOLS = 100_000;

    private final EpsilonGreedyPolicyConfig config;
    private final BanditRandom random;
    private Map<String, Arm> arms = new LinkedHashMap<>();
    private volatile long version;

    /** Learned statistics of one tool. */
    private static final class Arm {
        long updates;
        double mean;
    }

    public EpsilonGreedyPolicy(EpsilonGreedyPolicyConfig config, long seed) {
        this.config = requireNonNull(config, "config is null");
        this.random = new BanditRandom(seed);
    }

    public EpsilonGreedyPolicyConfig config() {
        return config;
    }

    @Override
    public synchronized Decision decide(Observation observation, Mode mode) {
        requireNonNull(observation, "observation is null");
        requireNonNull(mode, "mode is null");
        List<String> tools = observation.actions();
        double[] estimates = new double[tools.size()];
        for (int i = 0; i < estimates.length; i++) {
            Arm arm = arms.get(tools.get(i));
            estimates[i] = arm == null ? config.initialValue() : arm.mean;
        }
        double[] p = Bandits.epsilonGreedy(estimates, config.epsilon());
        int action = mode == Mode.GREEDY ? Bandits.argmax(estimates) : Bandits.sample(p, random);
        return new Decision(action, tools.get(action), p, value(tools, p), mode == Mode.GREEDY ? "greedy" : NAME);
    }

    private double value(List<String> tools, double[] p) {
        double sum = 0;
        double mass = 0;
        for (int i = 0; i < p.length; i++) {
            Arm arm = arms.get(tools.get(i));
            if (arm != null) {
                sum += p[i] * arm.mean;
                mass += p[i];
            }
        }
        return mass > 0 ? sum / mass : Double.NaN;
    }

    @Override
    public synchronized void update(Observation observation, int action, double reward) {
        String tool = Bandits.tool(NAME, observation, action);
        Bandits.checkReward(NAME, reward);
        Arm arm = arms.computeIfAbsent(tool, t -> new Arm());
        arm.updates++;
        arm.mean += (reward - arm.mean) / arm.updates;
        version++;
    }

    @Override
    public long version() {
        return version;
    }

    /** The mean reward of {@code tool}, or NaN if it was never updated. */
    public synchronized double mean(String tool) {
        Arm arm = arms.get(tool);
        return arm == null ? Double.NaN : arm.mean;
    }

    @Override
    public synchronized void writeState(OutputStream out) throws IOException {
        BanditState.write(out, NAME, data -> {
            data.writeLong(random.state());
            data.writeLong(version);
            data.writeInt(arms.size());
            for (Map.Entry<String, Arm> e : arms.entrySet()) {
                data.writeUTF(e.getKey());
                data.writeLong(e.getValue().updates);
                data.writeDouble(e.getValue().mean);
            }
        });
    }

    @Override
    public synchronized void readState(InputStream in) throws IOException {
        BanditState.Reader r = BanditState.read(in, NAME);
        long randomState = r.readLong("random state");
        long savedVersion = r.readCount("version");
        int count = r.readInt("tool count", 0, MAX_TOOLS);
        Map<String, Arm> loaded = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String tool = r.readName("tool name " + i);
            Arm arm = new Arm();
            arm.updates = r.readCount("updates of [" + tool + "]");
            arm.mean = r.readFinite("mean of [" + tool + "]");
            if (arm.mean < -1 || arm.mean > 1) {
                throw r.corrupt("mean of [" + tool + "] out of [-1, 1]: " + arm.mean);
            }
            if (loaded.put(tool, arm) != null) {
                throw r.corrupt("duplicate tool [" + tool + "]");
            }
        }
        r.finish();
        arms = loaded;
        random.restore(randomState);
        version = Math.max(version + 1, savedVersion);
    }
}
