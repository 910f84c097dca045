package io.hololoom.core.loom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hololoom.api.memory.ScoredShard;
import io.hololoom.api.memory.Shard;
import io.hololoom.api.memory.Shard.Kind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContextFeaturesTest {
    private static ScoredShard shard(String id, Kind kind, double score) {
        return new ScoredShard(new Shard(id, "text " + id, kind, "src", List.of(), Instant.EPOCH), score);
    }

    @Test
    void noContextGivesZeros() {
        ContextFeatures f = ContextFeatures.of(List.of(), List.of(), 3);
        assertThat(f).isSameAs(ContextFeatures.EMPTY);
        assertThat(f.toArray()).hasSize(ContextFeatures.SIZE).containsOnly(0f);
    }

    @Test
    void oneShardHasScoresButNoSpectrum() {
        ContextFeatures f = ContextFeatures.of(List.of(shard("a", Kind.NOTE, 0.6)), List.of(new float[] {1, 0}), 3);
        assertThat(f.topScore()).isEqualTo(0.6);
        assertThat(f.meanScore()).isEqualTo(0.6);
        assertThat(f.gap()).isEqualTo(0.6);
        assertThat(f.fill()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(f.noteFraction()).isEqualTo(1);
        assertThat(f.laplacian()).containsOnly(0);
        assertThat(f.singular()).containsOnly(0);
    }

    @Test
    void identicalShardsFormOneConnectedComponent() {
        float[] v = {0.6f, 0.8f};
        ContextFeatures f = ContextFeatures.of(List.of(shard("a", Kind.DOCUMENT, 0.9), shard("b", Kind.NOTE, 0.7)),
                List.of(v, v), 2);
        assertThat(f.gap()).isCloseTo(0.2, within(1e-12));
        assertThat(f.meanScore()).isCloseTo(0.8, within(1e-12));
        assertThat(f.fill()).isEqualTo(1);
        assertThat(f.noteFraction()).isEqualTo(0.5);
        // L = [[1, −1], [−1, 1]]: eigenvalues 0 and 2, divided by n = 2
        assertThat(f.laplacian()[0]).isCloseTo(0, within(1e-6));
        assertThat(f.laplacian()[1]).isCloseTo(1, within(1e-6));
        assertThat(f.fiedler()).isCloseTo(1, within(1e-6));
        // Gram [[1, 1], [1, 1]]: eigenvalues 2 and 0 → √(2/2), 0
        assertThat(f.singular()[0]).isCloseTo(1, within(1e-6));
        assertThat(f.singular()[1]).isCloseTo(0, within(1e-6));
    }

    @Test
    void orthogonalShardsAreDisconnected() {
        ContextFeatures f = ContextFeatures.of(List.of(shard("a", Kind.DOCUMENT, 0.5), shard("b", Kind.DOCUMENT, 0.5)),
                List.of(new float[] {1, 0}, new float[] {0, 1}), 6);
        assertThat(f.fiedler()).isCloseTo(0, within(1e-6));
        assertThat(f.singular()[0]).isCloseTo(Math.sqrt(0.5), within(1e-6));
        assertThat(f.singular()[1]).isCloseTo(Math.sqrt(0.5), within(1e-6));
        assertThat(f.fill()).isCloseTo(2 / 6.0, within(1e-12));
        float[] a = f.toArray();
        assertThat(a[0]).isEqualTo(0.5f);
        assertThat(a[3]).isCloseTo(1 / 3f, within(1e-6f));
        assertThat(a[5 + ContextFeatures.LAPLACIAN_K]).isCloseTo((float) Math.sqrt(0.5), within(1e-6f));
    }

    @Test
    void missingVectorsSkipTheSpectrum() {
        ContextFeatures f = ContextFeatures.of(List.of(shard("a", Kind.DOCUMENT, 0.5), shard("b", Kind.DOCUMENT, 0.4)),
                List.of(new float[] {1, 0}), 6);
        assertThat(f.laplacian()).containsOnly(0);
        assertThat(f.topScore()).isEqualTo(0.5);
    }
}
