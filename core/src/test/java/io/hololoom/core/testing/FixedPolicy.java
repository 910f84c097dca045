package io.hololoom.core.testing;

import io.hololoom.api.Decision;
import io.hololoom.api.Observation;
import io.hololoom.api.Policy;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.PolicyProvider;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A scripted policy: always chooses the configured tool ({@code hololoom.policy.test-fixed.tool}, or the first
 * action), which a test may change with {@link #choose}. It gives the chosen tool probability 0.7 and shares
 * the rest equally, records every update and bumps its version on each, and round-trips that state.
 */
public final class FixedPolicy implements Policy {
    /** One recorded {@link #update} call. */
    public record Update(Observation observation, int action, double reward) {
    }

    static final String MAGIC = "test-fixed/1";
    public static final double CHOSEN_PROBABILITY = 0.7;

    private final AtomicReference<String> tool;
    private final AtomicLong version = new AtomicLong(1);
    private final AtomicInteger observationSize = new AtomicInteger(-1);
    private final List<Update> updates = new CopyOnWriteArrayList<>();
    private volatile int restoredUpdates;

    public FixedPolicy(String tool) {
        this.tool = new AtomicReference<>(tool);
    }

    /** A tool name that makes {@link #decide} throw, to test how the loom contains a failing policy. */
    public static final String FAIL = "!fail";

    /** Makes the policy choose {@code name} from now on (empty: the first action; {@link #FAIL}: throw). */
    public void choose(String name) {
        tool.set(name);
    }

    @Override
    public Decision decide(Observation observation, Mode mode) {
        checkSize(observation);
        if (FAIL.equals(tool.get())) {
            throw new IllegalStateException("scripted policy failure");
        }
        List<String> actions = observation.actions();
        int a = Math.max(0, actions.indexOf(tool.get()));
        double[] p = new double[actions.size()];
        if (p.length == 1) {
            p[0] = 1;
        } else {
            for (int i = 0; i < p.length; i++) {
                p[i] = i == a ? CHOSEN_PROBABILITY : (1 - CHOSEN_PROBABILITY) / (p.length - 1);
            }
        }
        return new Decision(a, actions.get(a), p, Double.NaN, "fixed");
    }

    private void checkSize(Observation observation) {
        observationSize.compareAndSet(-1, observation.size());
        if (observationSize.get() != observation.size()) {
            throw new IllegalArgumentException("observation has " + observation.size() + " values; this policy was built"
                    + " for " + observationSize.get());
        }
    }

    @Override
    public void update(Observation observation, int action, double reward) {
        if (!Double.isFinite(reward)) {
            throw new IllegalArgumentException("reward is not finite: " + reward);
        }
        checkSize(observation);
        updates.add(new Update(observation, action, reward));
        version.incrementAndGet();
    }

    @Override
    public long version() {
        return version.get();
    }

    /** Updates received by this instance. */
    public List<Update> updates() {
        return List.copyOf(updates);
    }

    /** Updates received before the state was saved, as restored by {@link #readState}. */
    public int restoredUpdates() {
        return restoredUpdates;
    }

    @Override
    public void writeState(OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeUTF(MAGIC);
        d.writeLong(version.get());
        d.writeInt(restoredUpdates + updates.size());
        d.flush();
    }

    @Override
    public void readState(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(in);
        String magic = d.readUTF();
        if (!MAGIC.equals(magic)) {
            throw new IOException("not a test-fixed state: " + magic);
        }
        version.set(d.readLong());
        restoredUpdates = d.readInt();
    }

    /** {@code test-fixed}; setting {@code tool}. */
    public static final class Provider implements PolicyProvider {
        @Override
        public String name() {
            return "test-fixed";
        }

        @Override
        public Policy create(PluginContext context) {
            return new FixedPolicy(context.config().string("tool", ""));
        }
    }
}
