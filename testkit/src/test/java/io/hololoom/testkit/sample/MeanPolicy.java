package io.hololoom.testkit.sample;

import io.hololoom.api.Decision;
import io.hololoom.api.Observation;
import io.hololoom.api.Policy;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.PolicyProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * A sample epsilon-greedy policy over running mean rewards per tool name, built for the first observation length it
 * sees. State: magic, length, version, entries, CRC-32.
 */
public final class MeanPolicy implements Policy {
    private static final String MAGIC = "testkit-mean/1";
    private static final double EPSILON = 0.1;

    private final Random random;
    private final Map<String, double[]> stats = new TreeMap<>();
    private int size = -1;
    private long version;

    public MeanPolicy(long seed) {
        this.random = new Random(seed);
    }

    @Override
    public synchronized Decision decide(Observation observation, Mode mode) {
        checkSize(observation);
        List<String> actions = observation.actions();
        int best = 0;
        for (int i = 1; i < actions.size(); i++) {
            if (mean(actions.get(i)) > mean(actions.get(best))) {
                best = i;
            }
        }
        double[] p = new double[actions.size()];
        double explore = mode == Mode.EXPLORE ? EPSILON : 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = explore / p.length + (i == best ? 1 - explore : 0);
        }
        int action = mode == Mode.EXPLORE && random.nextDouble() < EPSILON ? random.nextInt(p.length) : best;
        return new Decision(action, actions.get(action), p, Double.NaN, mode == Mode.EXPLORE ? "epsilon" : "greedy");
    }

    private double mean(String tool) {
        double[] s = stats.get(tool);
        return s == null ? 0 : s[1];
    }

    private void checkSize(Observation o) {
        if (size < 0) {
            size = o.size();
        } else if (size != o.size()) {
            throw new IllegalArgumentException("observation has " + o.size() + " values; this policy was built for "
                    + size);
        }
    }

    @Override
    public synchronized void update(Observation observation, int action, double reward) {
        if (!Double.isFinite(reward)) {
            throw new IllegalArgumentException("reward is not finite: " + reward);
        }
        checkSize(observation);
        double[] s = stats.computeIfAbsent(observation.actions().get(action), k -> new double[2]);
        s[0]++;
        s[1] += (reward - s[1]) / s[0];
        version++;
    }

    @Override
    public synchronized long version() {
        return version;
    }

    @Override
    public synchronized void writeState(OutputStream out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(bytes);
        d.writeUTF(MAGIC);
        d.writeInt(size);
        d.writeLong(version);
        d.writeInt(stats.size());
        for (Map.Entry<String, double[]> e : stats.entrySet()) {
            d.writeUTF(e.getKey());
            d.writeDouble(e.getValue()[0]);
            d.writeDouble(e.getValue()[1]);
        }
        d.flush();
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        d.writeLong(crc.getValue());
        out.write(bytes.toByteArray());
    }

    @Override
    public synchronized void readState(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        if (all.length < 8) {
            throw new EOFException("not a " + MAGIC + " state: too short");
        }
        CRC32 crc = new CRC32();
        crc.update(all, 0, all.length - 8);
        DataInputStream tail = new DataInputStream(new ByteArrayInputStream(all, all.length - 8, 8));
        if (tail.readLong() != crc.getValue()) {
            throw new IOException("not a " + MAGIC + " state: checksum mismatch");
        }
        DataInputStream d = new DataInputStream(new ByteArrayInputStream(all, 0, all.length - 8));
        if (!MAGIC.equals(d.readUTF())) {
            throw new IOException("not a " + MAGIC + " state");
        }
        int newSize = d.readInt();
        long newVersion = d.readLong();
        int n = d.readInt();
        Map<String, double[]> newStats = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            newStats.put(d.readUTF(), new double[] {d.readDouble(), d.readDouble()});
        }
        size = newSize;
        version = newVersion;
        stats.clear();
        stats.putAll(newStats);
    }

    /** {@code mean}. */
    public static final class Provider implements PolicyProvider {
        @Override
        public String name() {
            return "mean";
        }

        @Override
        public Policy create(PluginContext context) {
            return new MeanPolicy(context.seed());
        }
    }
}
