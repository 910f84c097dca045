package io.hololoom.policy.bandit;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.CRC32;

/**
 * The envelope every bandit policy of this module writes its state in (format version 1, big-endian,
 * {@link DataOutputStream} encoding):
 *
 * <pre>
 * int    magic      0x484C4250 ("HLBP")
 * int    format     1
 * UTF    kind       the policy name, e.g. "linucb"
 * int    length     payload length in bytes
 * byte[] payload    the policy's own fields (documented by each policy)
 * long   crc32      CRC-32 of the payload
 * </pre>
 *
 * <p>Reading checks all of it, so a truncated, bit-flipped or foreign stream fails with an
 * {@link IOException} that says which check failed; a policy parses the payload into new objects and
 * swaps them in only when everything was valid. Streams are neither closed nor read past the envelope.
 */
public final class BanditState {
    public static final int MAGIC = 0x484C4250;
    public static final int FORMAT_VERSION = 1;
    /** Larger payloads are refused as corrupt before anything is allocated for them. */
    public static final int MAX_PAYLOAD_BYTES = 1 << 30;

    /** Writes a policy's payload fields. */
    @FunctionalInterface
    public interface PayloadWriter {
        void write(DataOutputStream out) throws IOException;
    }

    private BanditState() {
    }

    /** Writes the envelope with the payload {@code writer} produces. */
    public static void write(OutputStream out, String kind, PayloadWriter writer) throws IOException {
        requireNonNull(out, "out is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(writer, "writer is null");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        DataOutputStream payload = new DataOutputStream(bytes);
        writer.write(payload);
        payload.flush();
        byte[] body = bytes.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(body);
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(FORMAT_VERSION);
        data.writeUTF(kind);
        data.writeInt(body.length);
        data.write(body);
        data.writeLong(crc.getValue());
        data.flush();
    }

    /**
     * Reads and verifies an envelope written for {@code kind} and returns a reader over its payload.
     *
     * @throws IOException if the stream is not a bandit state, is of another format version or policy,
     *     is truncated, or its checksum does not match
     */
    public static Reader read(InputStream in, String kind) throws IOException {
        requireNonNull(in, "in is null");
        requireNonNull(kind, "kind is null");
        DataInputStream data = new DataInputStream(in);
        try {
            int magic = data.readInt();
            if (magic != MAGIC) {
                throw new IOException("Not a HoloLoom bandit policy state: bad magic number [0x"
                        + Integer.toHexString(magic) + "], expected [0x" + Integer.toHexString(MAGIC) + "]");
            }
            int format = data.readInt();
            if (format != FORMAT_VERSION) {
                throw new IOException("Unsupported bandit state format version [" + format + "]; this build reads ["
                        + FORMAT_VERSION + "]");
            }
            String written = data.readUTF();
            if (!written.equals(kind)) {
                throw new IOException("Policy state was written by policy [" + written + "], cannot load it into ["
                        + kind + "]; set hololoom.policy=" + written + " or delete the state file");
            }
            int length = data.readInt();
            if (length < 0 || length > MAX_PAYLOAD_BYTES) {
                throw new IOException("Corrupt [" + kind + "] policy state: payload length [" + length
                        + "] out of range [0, " + MAX_PAYLOAD_BYTES + "]");
            }
            byte[] body = data.readNBytes(length);
            if (body.length != length) {
                throw new IOException("Corrupt [" + kind + "] policy state: truncated payload, " + body.length
                        + " of " + length + " bytes");
            }
            long expected = data.readLong();
            CRC32 crc = new CRC32();
            crc.update(body);
            if (crc.getValue() != expected) {
                throw new IOException("Corrupt [" + kind + "] policy state: checksum mismatch (stored ["
                        + Long.toHexString(expected) + "], computed [" + Long.toHexString(crc.getValue()) + "])");
            }
            return new Reader(kind, body);
        } catch (EOFException e) {
            throw new IOException("Corrupt [" + kind + "] policy state: stream ended inside the header or checksum",
                    e);
        } catch (java.io.UTFDataFormatException e) {
            throw new IOException("Corrupt [" + kind + "] policy state: bad policy name in header", e);
        }
    }

    /** Typed, validating reads of a verified payload; every failure is an {@link IOException}. */
    public static final class Reader {
        private final String kind;
        private final DataInputStream in;
        private final int length;
        private final ByteArrayInputStream bytes;

        Reader(String kind, byte[] body) {
            this.kind = kind;
            this.length = body.length;
            this.bytes = new ByteArrayInputStream(body);
            this.in = new DataInputStream(bytes);
        }

        public long readLong(String what) throws IOException {
            try {
                return in.readLong();
            } catch (EOFException e) {
                throw corrupt("payload ends before " + what);
            }
        }

        public int readInt(String what) throws IOException {
            try {
                return in.readInt();
            } catch (EOFException e) {
                throw corrupt("payload ends before " + what);
            }
        }

        /** A finite double. */
        public double readFinite(String what) throws IOException {
            double v;
            try {
                v = in.readDouble();
            } catch (EOFException e) {
                throw corrupt("payload ends before " + what);
            }
            if (!Double.isFinite(v)) {
                throw corrupt(what + " is not finite [" + v + "]");
            }
            return v;
        }

        /** {@code count} finite doubles. */
        public double[] readFiniteArray(String what, int count) throws IOException {
            if ((long) count * Double.BYTES > bytes.available()) {
                throw corrupt("payload ends before " + what + " (" + count + " values)");
            }
            double[] out = new double[count];
            for (int i = 0; i < count; i++) {
                out[i] = in.readDouble();
                if (!Double.isFinite(out[i])) {
                    throw corrupt(what + "[" + i + "] is not finite [" + out[i] + "]");
                }
            }
            return out;
        }

        /** An int in [min, max]. */
        public int readInt(String what, int min, int max) throws IOException {
            int v = readInt(what);
            if (v < min || v > max) {
                throw corrupt(what + " [" + v + "] out of range [" + min + ", " + max + "]");
            }
            return v;
        }

        /** A long that is not negative. */
        public long readCount(String what) throws IOException {
            long v = readLong(what);
            if (v < 0) {
                throw corrupt(what + " is negative [" + v + "]");
            }
            return v;
        }

        /** A non-blank string. */
        public String readName(String what) throws IOException {
            String s;
            try {
                s = in.readUTF();
            } catch (EOFException e) {
                throw corrupt("payload ends before " + what);
            } catch (java.io.UTFDataFormatException e) {
                throw corrupt(what + " is not valid modified UTF-8");
            }
            if (s.isBlank()) {
                throw corrupt(what + " is blank");
            }
            return s;
        }

        /** Checks that the whole payload was read. */
        public void finish() throws IOException {
            int left = bytes.available();
            if (left != 0) {
                throw corrupt(left + " unexpected trailing bytes of " + length);
            }
        }

        /** An error for a payload that passed the checksum but does not make sense. */
        public IOException corrupt(String detail) {
            return new IOException("Corrupt [" + kind + "] policy state: " + detail);
        }
    }
}
