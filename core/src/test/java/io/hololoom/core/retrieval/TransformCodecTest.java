package io.hololoom.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransformCodecTest {
    private static final int D = 48;

    private static PcaTransform fitted() {
        return (PcaTransform) ScaleTransforms.create("pca", D, 7).fit(SyntheticVectors.clustered(3, 400, D, 6, 0.5));
    }

    @Test
    void aFittedPcaRoundTripsBitExactly() {
        PcaTransform original = fitted();
        byte[] bytes = TransformCodec.encode(original);
        PcaTransform decoded = (PcaTransform) TransformCodec.decode(bytes);

        assertThat(decoded.fitted()).isTrue();
        assertThat(decoded.dimension()).isEqualTo(D);
        assertThat(decoded.seed()).isEqualTo(7);
        assertThat(decoded.rotationRows()).isEqualTo(original.rotationRows());
        assertThat(Arrays.equals(decoded.variances(), original.variances())).isTrue();
        assertThat(TransformCodec.encode(decoded)).isEqualTo(bytes);
        for (float[] v : SyntheticVectors.clustered(4, 50, D, 6, 0.5)) {
            assertThat(decoded.apply(v)).isEqualTo(original.apply(v));
            float[] a = new float[D];
            float[] b = new float[D];
            decoded.invert(v, a);
            original.invert(v, b);
            assertThat(a).isEqualTo(b);
        }
    }

    @Test
    void onlyFittedTransformsArePersistable() {
        assertThat(TransformCodec.persistable(fitted())).isTrue();
        for (String name : ScaleTransforms.NAMES) {
            ScaleTransform unfitted = ScaleTransforms.create(name, D, 1);
            assertThat(TransformCodec.persistable(unfitted)).isFalse();
            assertThatThrownBy(() -> TransformCodec.encode(unfitted)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("has no fitted state to persist");
        }
    }

    @Test
    void damagedBytesAreRejectedWithTheReason() {
        byte[] good = TransformCodec.encode(fitted());
        for (int position : List.of(30, good.length / 2, good.length - 5)) {
            byte[] flipped = good.clone();
            flipped[position] ^= 0x10;
            assertThatThrownBy(() -> TransformCodec.decode(flipped)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("checksum mismatch");
        }
        assertThatThrownBy(() -> TransformCodec.decode(Arrays.copyOf(good, 100)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TransformCodec.decode(new byte[] {1, 2})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("truncated");
        byte[] other = good.clone();
        other[0] = 'X';
        assertThatThrownBy(() -> TransformCodec.decode(other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad magic number");
        byte[] newer = good.clone();
        newer[4] = 9;
        assertThatThrownBy(() -> TransformCodec.decode(newer)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unsupported persisted transform version [9]");
    }
}
