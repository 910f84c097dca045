package io.hololoom.policy.bandit;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * SplitMix64: a small, fast random generator whose whole state is one {@code long}, so a policy can write
 * it into its state and a restored policy continues the exact same random sequence.
 *
 * <p>Implements Commons Math's {@link RandomGenerator} so distributions (e.g. {@code BetaDistribution})
 * can sample from it. The output for a seed is fixed by this class, independent of the JDK.
 * <b>Not thread-safe</b>: policies use it under their own lock.
 */
public final class BanditRandom implements RandomGenerator {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final double DOUBLE_UNIT = 0x1.0p-53;
    private static final float FLOAT_UNIT = 0x1.0p-24f;

    private long state;

    public BanditRandom(long seed) {
        setSeed(seed);
    }

    /** The whole generator state; {@link #restore(long)} continues from it. */
    public long state() {
        return state;
    }

    /** Continues the sequence from a {@link #state()}. */
    public void restore(long savedState) {
        this.state = savedState;
    }

    @Override
    public void setSeed(long seed) {
        // mix the seed once so that small seeds (0, 1, 2) do not start from similar states
        this.state = mix(seed ^ 0x2545F4914F6CDD1DL);
    }

    @Override
    public void setSeed(int seed) {
        setSeed((long) seed);
    }

    @Override
    public void setSeed(int[] seed) {
        long s = 0;
        for (int v : seed) {
            s = s * 31 + v;
        }
        setSeed(s);
    }

    @Override
    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public int nextInt() {
        return (int) (nextLong() >>> 32);
    }

    @Override
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, was [" + bound + "]");
        }
        // rejection sampling avoids the modulo bias
        long limit = (1L << 32) - ((1L << 32) % bound);
        while (true) {
            long r = nextLong() >>> 32;
            if (r < limit) {
                return (int) (r % bound);
            }
        }
    }

    @Override
    public boolean nextBoolean() {
        return nextLong() < 0;
    }

    /** Uniform in [0, 1). */
    @Override
    public double nextDouble() {
        return (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    @Override
    public float nextFloat() {
        return (nextLong() >>> 40) * FLOAT_UNIT;
    }

    /** Standard normal by Box–Muller; keeps no cached second value so {@link #state()} is the whole state. */
    @Override
    public double nextGaussian() {
        double u1 = 1.0 - nextDouble(); // (0, 1], safe for log
        double u2 = nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    @Override
    public void nextBytes(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            long r = nextLong();
            for (int k = 0; k < 8 && i < bytes.length; k++, r >>>= 8) {
                bytes[i++] = (byte) r;
            }
        }
    }
}
