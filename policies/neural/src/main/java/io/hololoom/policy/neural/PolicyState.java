package io.hololoom.policy.neural;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;

/**
 * The neural policy's serialised state. Format (big-endian): magic {@code HLNP}, format version, a flag
 * whether a network follows, then observation size, action count, hidden sizes, parameter count and the
 * parameters as raw float bits; the policy version; the four longs of the random state; a CRC-32 of all
 * preceding bytes. Reads exactly its own bytes, so it can be embedded in a larger stream.
 *
 * @param layout null when the network was not built yet
 * @param parameters null exactly when layout is
 */
record PolicyState(NetworkLayout layout, float[] parameters, long version, long[] randomState) {
    private static final int MAX_HIDDEN_LAYERS = 64;

    void write(OutputStream out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(bytes);
        data.writeInt(NeuralPolicy.STATE_MAGIC);
        data.writeInt(NeuralPolicy.STATE_FORMAT);
        data.writeBoolean(layout != null);
        if (layout != null) {
            data.writeInt(layout.observationSize());
            data.writeInt(layout.actionCount());
            int[] hidden = layout.hidden();
            data.writeInt(hidden.length);
            for (int h : hidden) {
                data.writeInt(h);
            }
            data.writeInt(parameters.length);
            for (float p : parameters) {
                data.writeInt(Float.floatToRawIntBits(p));
            }
        }
        data.writeLong(version);
        for (long s : randomState) {
            data.writeLong(s);
        }
        data.flush();
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        data.writeInt((int) crc.getValue());
        data.flush();
        bytes.writeTo(out);
        out.flush();
    }

    static PolicyState read(InputStream in) throws IOException {
        CRC32 crc = new CRC32();
        DataInputStream data = new DataInputStream(new CheckedInputStream(in, crc));
        try {
            int magic = data.readInt();
            if (magic != NeuralPolicy.STATE_MAGIC) {
                throw new IOException("not a neural policy state (bad magic number); was it written by another policy?");
            }
            int format = data.readInt();
            if (format != NeuralPolicy.STATE_FORMAT) {
                throw new IOException("neural policy state has format [" + format + "]; this version reads ["
                        + NeuralPolicy.STATE_FORMAT + "]");
            }
            NetworkLayout layout = null;
            float[] parameters = null;
            if (data.readBoolean()) {
                int observationSize = data.readInt();
                int actionCount = data.readInt();
                int layers = data.readInt();
                if (layers < 1 || layers > MAX_HIDDEN_LAYERS) {
                    throw new IOException("neural policy state is corrupt: [" + layers + "] hidden layers");
                }
                int[] hidden = new int[layers];
                for (int i = 0; i < layers; i++) {
                    hidden[i] = data.readInt();
                }
                try {
                    layout = new NetworkLayout(observationSize, actionCount, hidden);
                } catch (IllegalArgumentException e) {
                    throw new IOException("neural policy state is corrupt: " + e.getMessage(), e);
                }
                int count = data.readInt();
                if (count != layout.parameterCount()) {
                    throw new IOException("neural policy state is corrupt: [" + count + "] parameters for " + layout);
                }
                parameters = new float[count];
                for (int i = 0; i < count; i++) {
                    parameters[i] = Float.intBitsToFloat(data.readInt());
                }
            }
            long version = data.readLong();
            long[] randomState = {data.readLong(), data.readLong(), data.readLong(), data.readLong()};
            int expected = (int) crc.getValue();
            int stored = new DataInputStream(in).readInt();
            if (stored != expected) {
                throw new IOException("neural policy state is corrupt (checksum mismatch)");
            }
            if ((randomState[0] | randomState[1] | randomState[2] | randomState[3]) == 0) {
                throw new IOException("neural policy state is corrupt: zero random state");
            }
            return new PolicyState(layout, parameters, version, randomState);
        } catch (EOFException e) {
            throw new IOException("neural policy state is truncated", e);
        }
    }
}
