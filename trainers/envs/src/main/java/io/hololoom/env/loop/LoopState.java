package io.hololoom.env.loop;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.learn.AtomicFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * The training loop's own state at an update boundary, saved beside the trainer's checkpoint so a run resumes
 * exactly. Format (big-endian): magic {@code HLLS}, format version, the fields in order, CRC-32.
 *
 * @param updates train calls so far
 * @param steps environment steps so far
 * @param episodes finished episodes so far
 * @param randomState the loop's random state
 * @param observation the current observation
 * @param episodeReturn return of the running episode so far
 * @param episodeLength steps of the running episode so far
 * @param recentReturns returns of the last episodes (at most the window), oldest first
 * @param environment the environment's snapshot, empty if it cannot be restored
 * @param solvedAtStep first step at which the run was solved, or -1
 * @param trainerCheckpoint file name (in the same directory) of the trainer's checkpoint for this boundary
 */
record LoopState(long updates, long steps, long episodes, long[] randomState, double[] observation,
        double episodeReturn, long episodeLength, double[] recentReturns, double[] environment, long solvedAtStep,
        String trainerCheckpoint) {
    static final int MAGIC = 0x484C4C53;
    static final int FORMAT = 1;

    LoopState {
        requireNonNull(randomState, "randomState is null");
        requireNonNull(observation, "observation is null");
        requireNonNull(recentReturns, "recentReturns is null");
        requireNonNull(environment, "environment is null");
        requireNonNull(trainerCheckpoint, "trainerCheckpoint is null");
    }

    LoopState withTrainerCheckpoint(String name) {
        return new LoopState(updates, steps, episodes, randomState, observation, episodeReturn, episodeLength,
                recentReturns, environment, solvedAtStep, name);
    }

    void write(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeLong(updates);
        out.writeLong(steps);
        out.writeLong(episodes);
        out.writeInt(randomState.length);
        for (long s : randomState) {
            out.writeLong(s);
        }
        writeDoubles(out, observation);
        out.writeDouble(episodeReturn);
        out.writeLong(episodeLength);
        writeDoubles(out, recentReturns);
        writeDoubles(out, environment);
        out.writeLong(solvedAtStep);
        out.writeUTF(trainerCheckpoint);
        out.flush();
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        out.writeInt((int) crc.getValue());
        out.flush();
        AtomicFiles.write(file, bytes.toByteArray());
    }

    private static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
        out.writeInt(values.length);
        for (double v : values) {
            out.writeDouble(v);
        }
    }

    static LoopState read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 12) {
            throw new IOException("loop state [" + file + "] is truncated");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 4);
        if (ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt() != (int) crc.getValue()) {
            throw new IOException("loop state [" + file + "] is corrupt (checksum mismatch)");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 4));
        try {
            if (in.readInt() != MAGIC) {
                throw new IOException("[" + file + "] is not a HoloLoom training-loop state (bad magic number)");
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IOException("loop state [" + file + "] has format [" + format + "]; this version reads ["
                        + FORMAT + "]");
            }
            long updates = in.readLong();
            long steps = in.readLong();
            long episodes = in.readLong();
            int n = in.readInt();
            if (n != 4) {
                throw new IOException("loop state [" + file + "] is corrupt: random state of length [" + n + "]");
            }
            long[] random = {in.readLong(), in.readLong(), in.readLong(), in.readLong()};
            double[] observation = readDoubles(in, bytes.length, file);
            double episodeReturn = in.readDouble();
            long episodeLength = in.readLong();
            double[] recent = readDoubles(in, bytes.length, file);
            double[] environment = readDoubles(in, bytes.length, file);
            long solvedAtStep = in.readLong();
            String trainer = in.readUTF();
            return new LoopState(updates, steps, episodes, random, observation, episodeReturn, episodeLength, recent,
                    environment, solvedAtStep, trainer);
        } catch (EOFException e) {
            throw new IOException("loop state [" + file + "] is truncated", e);
        }
    }

    private static double[] readDoubles(DataInputStream in, int limit, Path file) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > limit / Double.BYTES) {
            throw new IOException("loop state [" + file + "] is corrupt: bad length [" + n + "]");
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = in.readDouble();
        }
        return values;
    }
}
