package io.hololoom.api.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeededRandomTest {
    @Test
    void sequenceMatchesAnIndependentXoshiro256StarStarImplementation() {
        // reference values from a separate implementation (Python) of SplitMix64 seeding + xoshiro256**;
        // checkpoints and published seeded results depend on this sequence never changing
        SeededRandom zero = new SeededRandom(0);
        assertThat(new long[] {zero.nextLong(), zero.nextLong(), zero.nextLong()})
                .containsExactly(-7355399402456485196L, -4652746763540216534L, 1900383378846508768L);
        SeededRandom answer = new SeededRandom(42);
        assertThat(new long[] {answer.nextLong(), answer.nextLong(), answer.nextLong()})
                .containsExactly(1546998764402558742L, 6990951692964543102L, -5902157311460992607L);
        SeededRandom seven = new SeededRandom(7);
        assertThat(seven.nextDouble()).isEqualTo(0.7005764821796896);
        assertThat(seven.nextDouble()).isEqualTo(0.2787512294737843);
    }

    @Test
    void stateRoundTripsExactly() {
        SeededRandom a = new SeededRandom(9);
        a.nextLong();
        SeededRandom b = new SeededRandom(0);
        b.setState(a.state());
        for (int i = 0; i < 10; i++) {
            assertThat(b.nextLong()).isEqualTo(a.nextLong());
        }
        assertThat(b.nextGaussian()).isEqualTo(a.nextGaussian());
    }

    @Test
    void boundedIntsAreInRangeAndRoughlyUniform() {
        SeededRandom r = new SeededRandom(1);
        int[] counts = new int[5];
        for (int i = 0; i < 5000; i++) {
            counts[r.nextInt(5)]++;
        }
        for (int c : counts) {
            assertThat(c).isBetween(900, 1100);
        }
        int[] values = {0, 1, 2, 3, 4, 5, 6, 7};
        r.shuffle(values);
        assertThat(values).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void badArgumentsAreRefusedWithTheReason() {
        SeededRandom r = new SeededRandom(1);
        assertThatThrownBy(() -> r.nextInt(0)).hasMessageContaining("bound must be positive");
        assertThatThrownBy(() -> r.setState(new long[4])).hasMessageContaining("not all zero");
        assertThatThrownBy(() -> r.setState(new long[3])).hasMessageContaining("four longs");
    }
}
