package io.hololoom.api.learn;

/**
 * The seeded random source of learning components (policies, trainers, environments): xoshiro256** seeded through
 * SplitMix64. Fast, good quality, and its whole state is four longs, so it can be written into a checkpoint and
 * restored exactly ({@link java.util.Random}'s and {@link java.util.SplittableRandom}'s state cannot be read back),
 * which is what makes a resumed seeded run bit-identical to an uninterrupted one. The sequence for a seed is part
 * of the contract: it never changes between releases. Not thread-safe.
 */
public final class SeededRandom {
    private long s0;
    private long s1;
    private long s2;
    private long s3;

    public SeededRandom(long seed) {
        long x = seed;
        x += 0x9E3779B97F4A7C15L;
        s0 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s1 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s2 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s3 = mix(x);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** 64 uniformly random bits. */
    public long nextLong() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** Uniform in [0, 1) with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound), without modulo bias. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, was [" + bound + "]");
        }
        // java.util.Random's algorithm on 31 random bits: rejection keeps it unbiased
        int r = (int) (nextLong() >>> 33);
        int m = bound - 1;
        if ((bound & m) == 0) {
            return (int) ((bound * (long) r) >> 31);
        }
        for (int u = r; u - (r = u % bound) + m < 0; u = (int) (nextLong() >>> 33)) {
            // rejected: draw again
        }
        return r;
    }

    /** Shuffles in place (Fisher-Yates). */
    public void shuffle(int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    /** Standard normal (Box-Muller; one value per call keeps the state a pure function of the call count). */
    public double nextGaussian() {
        double u1 = 1.0 - nextDouble();
        double u2 = nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /** The whole state, for a checkpoint; {@link #setState} restores it. */
    public long[] state() {
        return new long[] {s0, s1, s2, s3};
    }

    /** @throws IllegalArgumentException unless four longs, not all zero */
    public void setState(long[] state) {
        if (state.length != 4 || (state[0] | state[1] | state[2] | state[3]) == 0) {
            throw new IllegalArgumentException("random state must be four longs, not all zero");
        }
        s0 = state[0];
        s1 = state[1];
        s2 = state[2];
        s3 = state[3];
    }
}
