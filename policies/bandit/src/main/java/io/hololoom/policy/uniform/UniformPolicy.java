package io.hololoom.policy.uniform;

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
import java.util.Arrays;
import java.util.List;

/**
 * The random baseline: every tool has probability {@code 1/A}, and the choice is drawn from that
 * distribution with the policy's seeded generator. It never learns; it is the floor every learning policy is
 * compared with (about 20 % right on the built-in workload with its five tools).
 *
 * <p>{@link Mode#GREEDY} samples too: a uniform policy has no best action, and taking the first tool instead
 * would turn the random baseline into a majority-class guess whenever the first tool happens to be the most
 * common label. Strategy name {@code uniform}; the decision's value is NaN (no estimate).
 *
 * <p>{@link #update} checks its arguments (the action is in range, the reward finite and in [-1, 1], like the
 * other bandits) and then ignores them. {@link #version()} is always 0: the distribution never changes (the
 * generator's position does, on every decision, as with every sampling policy).
 *
 * <p><b>State</b> (inside the {@link BanditState} envelope, kind {@code uniform}): one {@code long}, the
 * random state. Restoring it continues the exact random sequence.
 *
 * <p><b>Thread safety:</b> all methods that touch the generator synchronise on the policy.
 */
public final class UniformPolicy implements Policy {
    public static final String NAME = "uniform";

    private final BanditRandom random;

    public UniformPolicy(long seed) {
        this.random = new BanditRandom(seed);
    }

    @Override
    public Decision decide(Observation observation, Mode mode) {
        requireNonNull(observation, "observation is null");
        requireNonNull(mode, "mode is null");
        List<String> tools = observation.actions();
        double[] p = new double[tools.size()];
        Arrays.fill(p, 1.0 / p.length);
        int action;
        synchronized (this) {
            action = Bandits.sample(p, random);
        }
        return new Decision(action, tools.get(action), p, Double.NaN, NAME);
    }

    @Override
    public void update(Observation observation, int action, double reward) {
        Bandits.tool(NAME, observation, action);
        Bandits.checkReward(NAME, reward);
    }

    @Override
    public long version() {
        return 0;
    }

    @Override
    public synchronized void writeState(OutputStream out) throws IOException {
        BanditState.write(out, NAME, data -> {
            data.writeLong(random.state());
        });
    }

    @Override
    public synchronized void readState(InputStream in) throws IOException {
        BanditState.Reader r = BanditState.read(in, NAME);
        long randomState = r.readLong("random state");
        r.finish();
        random.restore(randomState);
    }

    @Override
    public String toString() {
        return "UniformPolicy";
    }
}
