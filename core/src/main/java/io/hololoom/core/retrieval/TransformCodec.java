package io.hololoom.core.retrieval;

import static java.util.Objects.requireNonNull;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Turns a fitted {@link ScaleTransform} into bytes and back, so a store can keep its fit instead of refitting on
 * every start. Only fitted transforms carry state worth keeping ({@link #persistable}); fixed ones
 * ({@code prefix}, {@code random-rotation}) are rebuilt from their name and seed.
 *
 * <p>Format (little-endian, version 1): magic {@code "HLTF"}, version, name (length + UTF-8), dimension, seed,
 * the d variances (double), the d × d rotation (float, row-major), and a CRC-32 of everything before it. The
 * floats are written as they are, so {@link #decode} gives back bit-exactly the transform that was encoded:
 * the same coordinates for every vector, hence the same search results.
 *
 * <p>PCA needs no mean: it is centred only to estimate the covariance; the rotation is applied to uncentred
 * vectors (see {@link ScaleTransforms}).
 */
public final class TransformCodec {
    private static final int MAGIC = 0x46544c48; // "HLTF" read little-endian
    private static final int VERSION = 1;

    private TransformCodec() {
    }

    /** Whether {@code transform} has fitted state to persist (a fitted {@code pca}). */
    public static boolean persistable(ScaleTransform transform) {
        return transform instanceof PcaTransform pca && pca.fitted();
    }

    /**
     * The bytes of a fitted transform.
     *
     * @throws IllegalArgumentException if it is not {@link #persistable}
     */
    public static byte[] encode(ScaleTransform transform) {
        requireNonNull(transform, "transform is null");
        if (!persistable(transform)) {
            throw new IllegalArgumentException("scale transform [" + transform + "] has no fitted state to persist");
        }
        PcaTransform pca = (PcaTransform) transform;
        int d = pca.dimension();
        byte[] name = pca.name().getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(4 + 4 + 4 + name.length + 4 + 8 + 8 * d + 4 * d * d + 4)
                .order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(MAGIC).putInt(VERSION).putInt(name.length).put(name).putInt(d).putLong(pca.seed());
        for (double v : pca.variances()) {
            b.putDouble(v);
        }
        for (float x : pca.rotationRows()) {
            b.putFloat(x);
        }
        b.putInt((int) crc(b.array(), b.position()));
        return b.array();
    }

    /**
     * The transform encoded in {@code bytes}.
     *
     * @throws IllegalArgumentException if the bytes are truncated, damaged (checksum), of another format or
     *         version, or hold values no fitted transform can have; the message says which
     */
    public static ScaleTransform decode(byte[] bytes) {
        requireNonNull(bytes, "bytes is null");
        try {
            ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            if (b.getInt() != MAGIC) {
                throw new IllegalArgumentException("not a persisted scale transform (bad magic number)");
            }
            int version = b.getInt();
            if (version != VERSION) {
                throw new IllegalArgumentException("unsupported persisted transform version [" + version
                        + "], this build reads version [" + VERSION + "]");
            }
            long stored = Integer.toUnsignedLong(ByteBuffer.wrap(bytes, bytes.length - 4, 4)
                    .order(ByteOrder.LITTLE_ENDIAN).getInt());
            if (stored != crc(bytes, bytes.length - 4)) {
                throw new IllegalArgumentException("checksum mismatch (the stored bytes are damaged)");
            }
            int nameLength = b.getInt();
            if (nameLength < 1 || nameLength > 64) {
                throw new IllegalArgumentException("bad transform name length [" + nameLength + "]");
            }
            byte[] nameBytes = new byte[nameLength];
            b.get(nameBytes);
            String name = new String(nameBytes, StandardCharsets.UTF_8);
            if (!name.equals(PcaTransform.NAME)) {
                throw new IllegalArgumentException("transform [" + name + "] cannot be restored; only ["
                        + PcaTransform.NAME + "] is fitted");
            }
            int d = b.getInt();
            if (d < 1 || (long) d * d * 4 + 8L * d + 4 > b.remaining()) {
                throw new IllegalArgumentException("dimension [" + d + "] does not fit the " + bytes.length
                        + " stored bytes");
            }
            long seed = b.getLong();
            double[] variances = new double[d];
            for (int i = 0; i < d; i++) {
                variances[i] = b.getDouble();
                if (!(variances[i] >= 0) || Double.isInfinite(variances[i])) {
                    throw new IllegalArgumentException("variance [" + i + "] is [" + variances[i] + "]");
                }
            }
            float[] rows = new float[d * d];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = b.getFloat();
            }
            if (b.remaining() != 4) {
                throw new IllegalArgumentException((b.remaining() - 4) + " unexpected trailing bytes");
            }
            checkUnitRows(rows, d);
            return PcaTransform.restored(d, seed, rows, variances);
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("truncated (" + bytes.length + " bytes)", e);
        }
    }

    /** A cheap sanity check beyond the checksum: every axis is finite and of unit length. */
    private static void checkUnitRows(float[] rows, int d) {
        for (int i = 0; i < d; i++) {
            double norm = 0;
            for (int j = 0; j < d; j++) {
                float x = rows[i * d + j];
                if (!Float.isFinite(x)) {
                    throw new IllegalArgumentException("rotation entry (" + i + ", " + j + ") is not finite");
                }
                norm += (double) x * x;
            }
            if (Math.abs(norm - 1) > 1e-3) {
                throw new IllegalArgumentException("rotation axis [" + i + "] has squared length [" + norm
                        + "], expected 1");
            }
        }
    }

    private static long crc(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }
}
