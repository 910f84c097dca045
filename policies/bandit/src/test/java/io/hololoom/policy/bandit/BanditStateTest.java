package io.hololoom.policy.bandit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class BanditStateTest {
    private static byte[] envelope(String kind, BanditState.PayloadWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BanditState.write(out, kind, writer);
        return out.toByteArray();
    }

    @Test
    void roundTripsAPayloadAndDoesNotReadPastIt() throws IOException {
        byte[] bytes = envelope("demo", data -> {
            data.writeLong(7);
            data.writeUTF("calc");
            data.writeDouble(0.25);
        });
        byte[] withTail = java.util.Arrays.copyOf(bytes, bytes.length + 3);
        ByteArrayInputStream in = new ByteArrayInputStream(withTail);
        BanditState.Reader r = BanditState.read(in, "demo");
        assertThat(r.readLong("a")).isEqualTo(7);
        assertThat(r.readName("b")).isEqualTo("calc");
        assertThat(r.readFinite("c")).isEqualTo(0.25);
        r.finish();
        assertThat(in.available()).isEqualTo(3);
    }

    @Test
    void messagesSayWhatIsWrong() throws IOException {
        byte[] ok = envelope("demo", data -> data.writeLong(7));
        byte[] badCrc = ok.clone();
        badCrc[badCrc.length - 1] ^= 1;
        assertThatThrownBy(() -> BanditState.read(new ByteArrayInputStream(badCrc), "demo"))
                .isInstanceOf(IOException.class).hasMessageContaining("checksum mismatch");
        byte[] badVersion = ok.clone();
        badVersion[7] = 9;
        assertThatThrownBy(() -> BanditState.read(new ByteArrayInputStream(badVersion), "demo"))
                .isInstanceOf(IOException.class).hasMessageContaining("format version [9]");
        assertThatThrownBy(() -> BanditState.read(new ByteArrayInputStream(ok), "other"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("written by policy [demo], cannot load it into [other]");
        assertThatThrownBy(() -> BanditState.read(new ByteArrayInputStream(new byte[0]), "demo"))
                .isInstanceOf(IOException.class).hasMessageContaining("stream ended");

        BanditState.Reader r = BanditState.read(new ByteArrayInputStream(ok), "demo");
        r.readLong("a");
        assertThatThrownBy(() -> r.readLong("the next field")).isInstanceOf(IOException.class)
                .hasMessageContaining("Corrupt [demo] policy state: payload ends before the next field");
    }

    @Test
    void nonFiniteAndOutOfRangeValuesAreCorrupt() throws IOException {
        byte[] bytes = envelope("demo", data -> {
            data.writeDouble(Double.NaN);
            data.writeInt(-5);
            data.writeLong(-1);
        });
        BanditState.Reader r = BanditState.read(new ByteArrayInputStream(bytes), "demo");
        assertThatThrownBy(() -> r.readFinite("mean")).hasMessageContaining("mean is not finite");
        assertThatThrownBy(() -> r.readInt("count", 0, 10)).hasMessageContaining("count [-5] out of range");
        assertThatThrownBy(() -> r.readCount("updates")).hasMessageContaining("updates is negative");
    }
}
