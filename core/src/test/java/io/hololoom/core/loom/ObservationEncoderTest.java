package io.hololoom.core.loom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hololoom.api.PatternCard;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservationEncoderTest {
    private static final int M = MotifVocabulary.size();
    private static final int C = ContextFeatures.SIZE;

    @Test
    void sizeAddsUpTheDocumentedBlocks() {
        assertThat(new ObservationEncoder(96, 1).size()).isEqualTo(96 + M + C + 3 + 4 + 1);
        assertThat(new ObservationEncoder(0, 1).size()).isEqualTo(M + C + 3 + 4 + 1);
        assertThat(C).isEqualTo(11);
    }

    @Test
    void encodesEachBlockAtItsPlace() {
        ObservationEncoder encoder = new ObservationEncoder(2, 1);
        float[] embedding = {0.5f, 0.5f, 0.5f, 0.5f};
        List<String> motifs = List.of("arithmetic", "number");
        ContextFeatures ctx = new ContextFeatures(0.9, 0.8, 0.2, 0.5, 0.25, new double[] {0, 1, 2, 3},
                new double[] {4, 5});
        float[] v = encoder.encode(embedding, motifs, ctx, PatternCard.FAST, "2+2");
        assertThat(v).hasSize(encoder.size());
        // the embedding prefix is scaled by w·√(d/E) so its norm is about w
        assertThat(v[0]).isCloseTo((float) (0.5 * Math.sqrt(2)), within(1e-6f));
        assertThat(v[1]).isCloseTo((float) (0.5 * Math.sqrt(2)), within(1e-6f));
        float[] oneHot = MotifVocabulary.oneHot(motifs);
        for (int i = 0; i < M; i++) {
            assertThat(v[2 + i]).isEqualTo(oneHot[i]);
        }
        float[] context = ctx.toArray();
        for (int i = 0; i < C; i++) {
            assertThat(v[2 + M + i]).isEqualTo(context[i]);
        }
        int card = 2 + M + C;
        assertThat(new float[] {v[card], v[card + 1], v[card + 2]}).containsExactly(0f, 1f, 0f);
        int shape = card + 3;
        assertThat(v[shape]).isCloseTo((float) (Math.log1p(3) / 5), within(1e-6f));
        assertThat(v[shape + 1]).isCloseTo(2 / 3f, within(1e-6f));
        assertThat(v[shape + 2]).isCloseTo(1 / 3f, within(1e-6f));
        assertThat(v[shape + 3]).isCloseTo(1 / 50f, within(1e-6f));
        assertThat(v[shape + 4]).as("bias").isEqualTo(1f);
    }

    @Test
    void theEmbeddingWeightScalesOnlyTheEmbeddingBlock() {
        float[] embedding = {0.6f, 0.8f};
        ContextFeatures ctx = ContextFeatures.EMPTY;
        float[] one = new ObservationEncoder(2, 1).encode(embedding, List.of(), ctx, PatternCard.BARE, "q");
        float[] three = new ObservationEncoder(2, 3).encode(embedding, List.of(), ctx, PatternCard.BARE, "q");
        assertThat(three[0]).isCloseTo(3 * one[0], within(1e-6f));
        assertThat(three[1]).isCloseTo(3 * one[1], within(1e-6f));
        for (int i = 2; i < one.length; i++) {
            assertThat(three[i]).isEqualTo(one[i]);
        }
        float[] none = new ObservationEncoder(0, 1).encode(embedding, List.of(), ctx, PatternCard.BARE, "q");
        assertThat(none).hasSize(one.length - 2);
    }

    @Test
    void anEmbedderSmallerThanTheBlockLeavesZeros() {
        ObservationEncoder encoder = new ObservationEncoder(4, 1);
        float[] v = encoder.encode(new float[] {1f, 0f}, List.of(), ContextFeatures.EMPTY, PatternCard.BARE, "q");
        assertThat(v[0]).isCloseTo(1f, within(1e-6f));
        assertThat(v[2]).isZero();
        assertThat(v[3]).isZero();
    }

    @Test
    void theLayoutIdChangesWithTheLayout() {
        String id = new ObservationEncoder(96, 1).layoutId();
        assertThat(id).contains("e96").contains("m" + M);
        assertThat(new ObservationEncoder(32, 1).layoutId()).isNotEqualTo(id);
        assertThat(new ObservationEncoder(96, 2).layoutId()).isNotEqualTo(id);
        assertThat(new ObservationEncoder(96, 1).layoutId()).isEqualTo(id);
    }

    @Test
    void badArgumentsAreRejected() {
        assertThatThrownBy(() -> new ObservationEncoder(-1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ObservationEncoder(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ObservationEncoder(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
