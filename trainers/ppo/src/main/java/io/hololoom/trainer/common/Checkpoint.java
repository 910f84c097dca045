package io.hololoom.trainer.common;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.learn.AtomicFiles;
import io.hololoom.api.learn.NetworkShape;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * A trainer checkpoint: the trainer's name and full configuration (provenance), its counters, random state and
 * Adam state, the network's shape and the policy's own serialised state (its parameters).
 *
 * <p>Format (big-endian): magic {@code HLCK}, format version, then the fields in declaration order (strings as
 * modified UTF-8, arrays length-prefixed, doubles as raw bits), then a CRC-32 of everything before it.
 *
 * @param trainer the trainer's plugin name
 * @param configuration the trainer's settings as {@code key=value} (keys without prefix)
 * @param trainCalls {@code train} calls so far (drives learning-rate annealing)
 * @param gradientSteps optimiser steps so far
 * @param randomState the trainer's random state (four longs)
 * @param adamStep Adam's step count, or -1 when no optimiser exists yet
 * @param adamFirstMoment Adam's m (empty when none)
 * @param adamSecondMoment Adam's v (empty when none)
 * @param shape the network's shape
 * @param policyState what {@code Policy.writeState} wrote
 */
public record Checkpoint(String trainer, Map<String, String> configuration, long trainCalls, long gradientSteps,
        long[] randomState, long adamStep, double[] adamFirstMoment, double[] adamSecondMoment, NetworkShape shape,
        byte[] policyState) {
    static final int MAGIC = 0x484C434B;
    static final int FORMAT = 1;

    public Checkpoint {
        requireNonNull(trainer, "trainer is null");
        configuration = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(configuration,
                "configuration is null")));
        requireNonNull(randomState, "randomState is null");
        requireNonNull(adamFirstMoment, "adamFirstMoment is null");
        requireNonNull(adamSecondMoment, "adamSecondMoment is null");
        requireNonNull(shape, "shape is null");
        requireNonNull(policyState, "policyState is null");
    }

    /** Writes this checkpoint atomically. */
    public void write(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(trainer);
        out.writeInt(configuration.size());
        for (Map.Entry<String, String> e : configuration.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
        out.writeLong(trainCalls);
        out.writeLong(gradientSteps);
        out.writeInt(randomState.length);
        for (long s : randomState) {
            out.writeLong(s);
        }
        out.writeLong(adamStep);
        writeDoubles(out, adamFirstMoment);
        writeDoubles(out, adamSecondMoment);
        out.writeInt(shape.observationSize());
        out.writeInt(shape.actionCount());
        out.writeInt(shape.parameterCount());
        out.writeInt(policyState.length);
        out.write(policyState);
        out.flush();
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        out.writeInt((int) crc.getValue());
        out.flush();
        AtomicFiles.write(file, bytes.toByteArray());
    }

    private static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
        out.writeInt(values.length);
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Double.BYTES);
        buffer.asDoubleBuffer().put(values);
        out.write(buffer.array());
    }

    /**
     * Reads a checkpoint.
     *
     * @throws IOException if the file is missing, truncated, corrupt (checksum) or of another format
     */
    public static Checkpoint read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 12) {
            throw new IOException("checkpoint [" + file + "] is truncated");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 4);
        int stored = ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt();
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes, 0, bytes.length - 4));
        try {
            if (in.readInt() != MAGIC) {
                throw new IOException("[" + file + "] is not a HoloLoom trainer checkpoint (bad magic number)");
            }
            if (stored != (int) crc.getValue()) {
                throw new IOException("checkpoint [" + file + "] is corrupt (checksum mismatch)");
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IOException("checkpoint [" + file + "] has format [" + format + "]; this version reads ["
                        + FORMAT + "]");
            }
            String trainer = in.readUTF();
            int entries = in.readInt();
            Map<String, String> configuration = new LinkedHashMap<>();
            for (int i = 0; i < entries; i++) {
                configuration.put(in.readUTF(), in.readUTF());
            }
            long trainCalls = in.readLong();
            long gradientSteps = in.readLong();
            long[] randomState = new long[checkedLength(in.readInt(), 16, file)];
            for (int i = 0; i < randomState.length; i++) {
                randomState[i] = in.readLong();
            }
            long adamStep = in.readLong();
            double[] m = readDoubles(in, bytes.length, file);
            double[] v = readDoubles(in, bytes.length, file);
            NetworkShape shape;
            try {
                shape = new NetworkShape(in.readInt(), in.readInt(), in.readInt());
            } catch (IllegalArgumentException e) {
                throw new IOException("checkpoint [" + file + "] is corrupt: " + e.getMessage(), e);
            }
            byte[] policyState = new byte[checkedLength(in.readInt(), bytes.length, file)];
            in.readFully(policyState);
            return new Checkpoint(trainer, configuration, trainCalls, gradientSteps, randomState, adamStep, m, v,
                    shape, policyState);
        } catch (EOFException e) {
            throw new IOException("checkpoint [" + file + "] is truncated", e);
        }
    }

    private static double[] readDoubles(DataInputStream in, int limit, Path file) throws IOException {
        double[] values = new double[checkedLength(in.readInt(), limit / Double.BYTES, file)];
        byte[] raw = new byte[values.length * Double.BYTES];
        in.readFully(raw);
        ByteBuffer.wrap(raw).asDoubleBuffer().get(values);
        return values;
    }

    private static int checkedLength(int length, int max, Path file) throws IOException {
        if (length < 0 || length > max) {
            throw new IOException("checkpoint [" + file + "] is corrupt: bad length [" + length + "]");
        }
        return length;
    }
}
