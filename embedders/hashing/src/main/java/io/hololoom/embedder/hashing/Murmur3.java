package io.hololoom.embedder.hashing;

/**
 * MurmurHash3, x86 32-bit variant, over a byte range.
 *
 * <p>Implemented here rather than taken from a library so that the hash, and therefore every vector the
 * embedder produces, is pinned by this file alone: same bytes and seed, same result on every JVM and
 * machine. Verified against the reference test vectors in {@code Murmur3Test}.
 */
final class Murmur3 {
    private static final int C1 = 0xcc9e2d51;
    private static final int C2 = 0x1b873593;

    private Murmur3() {
    }

    /** Hashes {@code data[offset, offset + length)} with {@code seed}. */
    static int hash32(byte[] data, int offset, int length, int seed) {
        int h = seed;
        int blocksEnd = offset + (length & ~3);
        for (int i = offset; i < blocksEnd; i += 4) {
            int k = (data[i] & 0xff) | (data[i + 1] & 0xff) << 8 | (data[i + 2] & 0xff) << 16 | data[i + 3] << 24;
            h ^= mixK(k);
            h = Integer.rotateLeft(h, 13);
            h = h * 5 + 0xe6546b64;
        }
        int tail = length & 3;
        if (tail > 0) {
            int k = 0;
            if (tail == 3) {
                k ^= (data[blocksEnd + 2] & 0xff) << 16;
            }
            if (tail >= 2) {
                k ^= (data[blocksEnd + 1] & 0xff) << 8;
            }
            k ^= data[blocksEnd] & 0xff;
            h ^= mixK(k);
        }
        h ^= length;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    private static int mixK(int k) {
        k *= C1;
        k = Integer.rotateLeft(k, 15);
        return k * C2;
    }
}
