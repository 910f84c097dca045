package io.hololoom.policy.linucb;

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
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Disjoint LinUCB: one ridge regression of reward on the observation vector plus a bias feature per tool
 * name, scored by {@code θ·x + alpha·sqrt(xᵀA⁻¹x)}.
 *
 * <p><b>Dimension.</b> The observation length {@code d} is fixed by the first observation the policy sees
 * (or by the state it reads); a later observation of another length is rejected with
 * {@link IllegalArgumentException}. {@code A⁻¹} is maintained by Sherman–Morrison rank-1 updates, so both
 * {@code decide} and {@code update} cost O(d²) per tool without any matrix inversion; zero features are
 * skipped.
 *
 * <p><b>Probabilities.</b> {@code 1 - exploration-floor} goes to the tool(s) with the highest UCB and the
 * floor is spread over the others, so a logged propensity is never zero. {@link Mode#EXPLORE} samples
 * from these probabilities; {@link Mode#GREEDY} takes the highest predicted reward {@code θ·x} without the
 * exploration bonus (lowest index on ties). Strategy names: {@code linucb} and {@code greedy}. The value
 * is the probability-weighted predicted reward. A tool never updated predicts 0 with the full prior width.
 *
 * <p><b>State</b> (inside the {@link BanditState} envelope, kind {@code linucb}): {@code long} random state,
 * {@code long} version, {@code int} d (-1 before any observation), {@code int} tool count, then per tool
 * {@code UTF} name, {@code long} updates and, with {@code n = d + 1}, {@code n·(n+1)/2} doubles of the upper
 * triangle of A⁻¹ (row by row, each row from its diagonal), {@code n} doubles of b and {@code n} doubles of θ. Reading a state of another {@code d} than the policy
 * already uses fails with {@link IOException}.
 *
 * <p><b>Thread safety:</b> a read-write lock: decisions score concurrently, updates and state changes are
 * exclusive; the random generator has its own lock.
 */
public final class LinUcbPolicy implements Policy {
    public static final String NAME = "linucb";
    static final int MAX_TOOLS = 10_000;

    private final LinUcbPolicyConfig config;
    private final BanditRandom random;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private Map<String, LinearArm> arms = new LinkedHashMap<>();
    /** The observation length, -1 until the first observation; written under the write lock. */
    private volatile int dimension = -1;
    private volatile long version;

    public LinUcbPolicy(LinUcbPolicyConfig config, long seed) {
        this.config = requireNonNull(config, "config is null");
        this.random = new BanditRandom(seed);
    }

    public LinUcbPolicyConfig config() {
        return config;
    }

    /** The observation length this policy uses, or -1 if it has not seen one yet. */
    public int dimension() {
        return dimension;
    }

    @Override
    public Decision decide(Observation observation, Mode mode) {
        requireNonNull(observation, "observation is null");
        requireNonNull(mode, "mode is null");
        fixDimension(observation);
        List<String> tools = observation.actions();
        int n = tools.size();
        double[] means = new double[n];
        double[] ucb = new double[n];
        lock.readLock().lock();
        try {
            checkDimension(observation);
            Features f = new Features(observation);
            double prior = Math.sqrt(f.squaredNorm() / config.lambda());
            for (int i = 0; i < n; i++) {
                LinearArm arm = arms.get(tools.get(i));
                if (arm == null) {
                    ucb[i] = config.alpha() * prior;
                } else {
                    means[i] = arm.mean(f.x, f.nz, f.k);
                    ucb[i] = means[i] + config.alpha() * Math.sqrt(arm.variance(f.x, f.nz, f.k));
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        double[] p = Bandits.withFloor(ucb, config.explorationFloor());
        int action;
        if (mode == Mode.GREEDY) {
            action = Bandits.argmax(means);
        } else {
            synchronized (random) {
                action = Bandits.sample(p, random);
            }
        }
        double value = 0;
        for (int i = 0; i < n; i++) {
            value += p[i] * means[i];
        }
        return new Decision(action, tools.get(action), p, value, mode == Mode.GREEDY ? "greedy" : NAME);
    }

    @Override
    public void update(Observation observation, int action, double reward) {
        String tool = Bandits.tool(NAME, observation, action);
        Bandits.checkReward(NAME, reward);
        fixDimension(observation);
        lock.writeLock().lock();
        try {
            checkDimension(observation);
            Features f = new Features(observation);
            arms.computeIfAbsent(tool, t -> new LinearArm(dimension + 1, config.lambda()))
                    .update(f.x, f.nz, f.k, reward);
            version++;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public long version() {
        return version;
    }

    /** The predicted reward {@code θ·x} of {@code tool} for {@code observation}; 0 if it was never updated. */
    public double predict(Observation observation, String tool) {
        requireNonNull(observation, "observation is null");
        lock.readLock().lock();
        try {
            if (dimension < 0) {
                return 0; // nothing learned yet; a query must not fix the dimension
            }
            checkDimension(observation);
            LinearArm arm = arms.get(tool);
            if (arm == null) {
                return 0;
            }
            Features f = new Features(observation);
            return arm.mean(f.x, f.nz, f.k);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Sets the dimension from the first observation seen. */
    private void fixDimension(Observation observation) {
        if (dimension >= 0) {
            return;
        }
        lock.writeLock().lock();
        try {
            if (dimension < 0) {
                if (observation.size() > config.maxDimension()) {
                    throw new IllegalArgumentException("Observation has [" + observation.size() + "] values, more "
                            + "than the linucb maximum [" + config.maxDimension() + "]; raise "
                            + "hololoom.policy.linucb.max-dimension (memory grows with its square) or shorten the "
                            + "observation encoding");
                }
                dimension = observation.size();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void checkDimension(Observation observation) {
        if (observation.size() != dimension) {
            throw new IllegalArgumentException("Observation has [" + observation.size() + "] values but this linucb "
                    + "policy was built for [" + dimension + "] (from its first observation or its saved state); "
                    + "the observation encoding changed, so delete the policy state to start over");
        }
    }

    @Override
    public void writeState(OutputStream out) throws IOException {
        lock.readLock().lock();
        try {
            long randomState;
            synchronized (random) {
                randomState = random.state();
            }
            BanditState.write(out, NAME, data -> {
                data.writeLong(randomState);
                data.writeLong(version);
                data.writeInt(dimension);
                data.writeInt(arms.size());
                for (Map.Entry<String, LinearArm> e : arms.entrySet()) {
                    LinearArm arm = e.getValue();
                    data.writeUTF(e.getKey());
                    data.writeLong(arm.updates);
                    writeAll(data, arm.aInv);
                    writeAll(data, arm.b);
                    writeAll(data, arm.theta);
                }
            });
        } finally {
            lock.readLock().unlock();
        }
    }

    private static void writeAll(java.io.DataOutputStream data, double[] values) throws IOException {
        for (double v : values) {
            data.writeDouble(v);
        }
    }

    @Override
    public void readState(InputStream in) throws IOException {
        BanditState.Reader r = BanditState.read(in, NAME);
        long randomState = r.readLong("random state");
        long savedVersion = r.readCount("version");
        int d = r.readInt("dimension", -1, LinUcbPolicyConfig.MAX_MAX_DIMENSION);
        if (d == 0) {
            throw r.corrupt("dimension is 0");
        }
        if (d > config.maxDimension()) {
            throw new IOException("linucb policy state has observations of [" + d + "] values, more than "
                    + "hololoom.policy.linucb.max-dimension [" + config.maxDimension() + "]; raise that setting to "
                    + "load it");
        }
        int count = r.readInt("tool count", 0, MAX_TOOLS);
        if (d < 0 && count > 0) {
            throw r.corrupt("tools without a dimension");
        }
        Map<String, LinearArm> loaded = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String tool = r.readName("tool name " + i);
            int size = d + 1;
            long updates = r.readCount("updates of [" + tool + "]");
            double[] aInv = r.readFiniteArray("A inverse of [" + tool + "]", LinearArm.packedLength(size));
            double[] b = r.readFiniteArray("b of [" + tool + "]", size);
            double[] theta = r.readFiniteArray("theta of [" + tool + "]", size);
            LinearArm arm = new LinearArm(size, aInv, b, theta, updates);
            for (int j = 0; j < size; j++) {
                if (!(arm.inverse(j, j) > 0)) {
                    throw r.corrupt("A inverse of [" + tool + "] is not positive definite (diagonal " + j + ")");
                }
            }
            if (loaded.put(tool, arm) != null) {
                throw r.corrupt("duplicate tool [" + tool + "]");
            }
        }
        r.finish();
        lock.writeLock().lock();
        try {
            if (dimension >= 0 && d >= 0 && d != dimension) {
                throw new IOException("linucb policy state was written for observations of [" + d + "] values but "
                        + "this policy already uses [" + dimension + "]; the observation encoding changed, so "
                        + "delete the state file or use a fresh policy");
            }
            if (d >= 0) {
                dimension = d;
            }
            arms = loaded;
            synchronized (random) {
                random.restore(randomState);
            }
            version = Math.max(version + 1, savedVersion);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** An observation as dense doubles with a trailing bias feature, plus the indices of its non-zeros. */
    private static final class Features {
        final double[] x;
        final int[] nz;
        final int k;

        Features(Observation observation) {
            int d = observation.size();
            x = new double[d + 1];
            nz = new int[d + 1];
            int count = 0;
            for (int i = 0; i < d; i++) {
                float v = observation.get(i);
                x[i] = v;
                if (v != 0) {
                    nz[count++] = i;
                }
            }
            x[d] = 1.0;
            nz[count++] = d;
            k = count;
        }

        double squaredNorm() {
            double s = 0;
            for (int t = 0; t < k; t++) {
                s += x[nz[t]] * x[nz[t]];
            }
            return s;
        }
    }
}
