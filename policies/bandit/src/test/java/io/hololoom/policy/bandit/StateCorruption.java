package io.hololoom.policy.bandit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.Policy;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/** Checks shared by the bandit policies' state tests. */
public final class StateCorruption {
    private StateCorruption() {
    }

    /** Every single-bit change anywhere in {@code saved} makes {@code target.readState} fail with an IOException. */
    public static void assertEveryBitFlipIsRejected(Policy target, byte[] saved) {
        for (int i = 0; i < saved.length; i++) {
            byte[] flipped = saved.clone();
            flipped[i] ^= (byte) (1 << (i % 8));
            int at = i;
            assertThatThrownBy(() -> read(target, flipped)).as("bit flipped in byte %s", at)
                    .isInstanceOf(IOException.class);
        }
    }

    private static void read(Policy target, byte[] state) throws IOException {
        target.readState(new ByteArrayInputStream(state));
    }
}
