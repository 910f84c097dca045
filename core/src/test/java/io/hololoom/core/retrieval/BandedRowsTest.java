package io.hololoom.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BandedRowsTest {
    @Test
    void bandEdgesAreTheMatryoshkaFractions() {
        assertThat(BandedRows.edges(384)).containsExactly(0, 48, 96, 192, 384);
        assertThat(BandedRows.edges(100)).containsExactly(0, 12, 25, 50, 100);
        assertThat(BandedRows.edges(3)).containsExactly(0, 1, 3);
        assertThat(BandedRows.edges(1)).containsExactly(0, 1);
    }

    @Test
    void storesRowsAndComputesPrefixDotsAtAnyLength() {
        int d = 40;
        Random random = new Random(3);
        BandedRows rows = new BandedRows(d, 2);
        float[][] vectors = new float[9][];
        for (int r = 0; r < vectors.length; r++) {
            vectors[r] = SyntheticVectors.randomUnit(random, d);
            rows.ensureCapacity(r + 1, r);
            rows.set(r, vectors[r]);
        }
        assertThat(rows.capacity()).isGreaterThanOrEqualTo(9);
        float[] q = SyntheticVectors.randomUnit(random, d);
        for (int r = 0; r < vectors.length; r++) {
            float[] back = new float[d];
            rows.get(r, back);
            assertThat(back).containsExactly(vectors[r]);
            for (int length = 1; length <= d; length++) {
                double want = 0;
                double norm = 0;
                for (int i = 0; i < length; i++) {
                    want += (double) q[i] * vectors[r][i];
                    norm += (double) vectors[r][i] * vectors[r][i];
                }
                assertThat((double) rows.dot(q, r, length)).isCloseTo(want, within(1e-5));
                assertThat((double) rows.squaredNorm(r, length)).isCloseTo(norm, within(1e-5));
            }
        }
        rows.move(8, 2);
        float[] moved = new float[d];
        rows.get(2, moved);
        assertThat(moved).containsExactly(vectors[8]);
    }
}
