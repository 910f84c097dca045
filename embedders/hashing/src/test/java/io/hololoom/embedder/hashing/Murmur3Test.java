package io.hololoom.embedder.hashing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reference vectors of MurmurHash3 x86_32 (as published with the reference implementation's ports). */
class Murmur3Test {
    private static int hash(String text, int seed) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return Murmur3.hash32(bytes, 0, bytes.length, seed);
    }

    @Test
    void matchesReferenceVectors() {
        assertThat(hash("", 0)).isEqualTo(0);
        assertThat(hash("", 1)).isEqualTo(0x514E28B7);
        assertThat(hash("", 0xffffffff)).isEqualTo(0x81F16F39);
        assertThat(hash("test", 0)).isEqualTo(0xba6bd213);
        assertThat(hash("test", 0x9747b28c)).isEqualTo(0x704b81dc);
        assertThat(hash("hello", 0)).isEqualTo(0x248bfa47);
        assertThat(hash("abc", 0)).isEqualTo(0xb3dd93fa);
        assertThat(hash("a", 0x9747b28c)).isEqualTo(0x7fa09ea6);
        assertThat(hash("Hello, world!", 0)).isEqualTo(0xc0363e43);
        assertThat(hash("Hello, world!", 0x9747b28c)).isEqualTo(0x24884cba);
        assertThat(hash("The quick brown fox jumps over the lazy dog", 0)).isEqualTo(0x2e4ff723);
        assertThat(hash("The quick brown fox jumps over the lazy dog", 0x9747b28c)).isEqualTo(0x2fa826cd);
        assertThat(hash("special characters açb↓c", 0)).isEqualTo(0xbe83b140);
    }

    @Test
    void hashesARangeLikeACopyOfIt() {
        byte[] bytes = "xxHello, world!yy".getBytes(StandardCharsets.UTF_8);
        assertThat(Murmur3.hash32(bytes, 2, 13, 0)).isEqualTo(0xc0363e43);
    }
}
