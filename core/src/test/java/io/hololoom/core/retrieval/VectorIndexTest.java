package io.hololoom.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hololoom.core.retrieval.VectorIndex.Hit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VectorIndexTest {
    private static final int D = 64;
    private static final int[] SCALES = {16, 32, 64};

    private static VectorIndex index(String transform, MatryoshkaGate gate, List<float[]> vectors) {
        VectorIndex index = new VectorIndex(D, ScaleTransforms.create(transform, D, 42), gate);
        for (int i = 0; i < vectors.size(); i++) {
            index.add("v" + i, vectors.get(i));
        }
        return index;
    }

    /** The k best ids by a plain double-precision loop over the original vectors. */
    private static List<String> naive(List<float[]> vectors, float[] query, int k) {
        return IntStream.range(0, vectors.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -SyntheticVectors.dot(vectors.get(i), query)))
                .limit(k).map(i -> "v" + i).toList();
    }

    private static List<String> ids(List<Hit> hits) {
        return hits.stream().map(Hit::id).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"prefix", "random-rotation", "pca"})
    void exactSearchMatchesANaiveLoop(String transform) {
        List<float[]> vectors = SyntheticVectors.clustered(1, 1500, D, 20, 0.6);
        VectorIndex index = index(transform, MatryoshkaGate.defaults(), vectors);
        index.refit();
        Random random = new Random(9);
        for (int q = 0; q < 30; q++) {
            float[] query = SyntheticVectors.randomUnit(random, D);
            List<Hit> hits = index.searchExact(query, 10);
            assertThat(ids(hits)).containsExactlyElementsOf(naive(vectors, query, 10));
            for (Hit hit : hits) {
                float[] v = vectors.get(Integer.parseInt(hit.id().substring(1)));
                assertThat(hit.score()).isCloseTo(SyntheticVectors.dot(v, query), within(1e-5));
            }
        }
    }

    @Test
    void coarseToFineAtFullScaleOrKeepingEverythingEqualsExact() {
        List<float[]> vectors = SyntheticVectors.clustered(2, 800, D, 10, 0.6);
        VectorIndex keepAll = index("prefix", MatryoshkaGate.shortlist(800, 1), vectors);
        Random random = new Random(3);
        for (int q = 0; q < 20; q++) {
            float[] query = SyntheticVectors.randomUnit(random, D);
            List<Hit> exact = keepAll.searchExact(query, 7);
            assertThat(keepAll.search(query, 7, new int[] {D})).isEqualTo(exact);
            assertThat(keepAll.search(query, 7, SCALES)).isEqualTo(exact);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"prefix", "random-rotation", "pca"})
    void coarseToFineRecallOnClusteredDataIsHigh(String transform) {
        double recall = recall(transform, MatryoshkaGate.shortlist(50, 10, 5), SCALES);
        assertThat(recall).as("recall@10 of %s", transform).isGreaterThanOrEqualTo(RECALL_FLOOR);
    }

    @Test
    void pcaPutsTheSpreadFirstSoItsShortlistsAreBetter() {
        MatryoshkaGate gate = MatryoshkaGate.shortlist(50, 10, 5);
        double pca = recall("pca", gate, SCALES);
        assertThat(pca).isGreaterThanOrEqualTo(0.98);
        assertThat(pca).isGreaterThan(recall("random-rotation", gate, SCALES));
    }

    @Test
    void tinyShortlistLosesRecallSoTheRecallTestCanFail() {
        assertThat(recall("random-rotation", MatryoshkaGate.shortlist(1, 1), new int[] {4, D}))
                .isLessThan(RECALL_FLOOR);
    }

    private static final double RECALL_FLOOR = 0.9;

    /** Mean recall@10 of coarse-to-fine against exact search, 6000 clustered vectors, 200 fresh queries. */
    private static double recall(String transform, MatryoshkaGate gate, int[] scales) {
        List<float[]> vectors = SyntheticVectors.clustered(5, 6000, D, 40, 0.25);
        // with this gate 100 of the 6000 candidates survive the coarse pass
        VectorIndex index = index(transform, gate, vectors);
        index.refit();
        List<float[]> queries = SyntheticVectors.clustered(6, 200, D, 40, 0.25);
        double recall = 0;
        for (float[] query : queries) {
            List<String> truth = ids(index.searchExact(query, 10));
            List<Hit> found = index.search(query, 10, scales);
            assertThat(found).hasSize(10);
            recall += found.stream().filter(h -> truth.contains(h.id())).count() / 10.0;
            // scores stay exact full-dimension cosines even when the coarse pass is approximate
            for (Hit hit : found) {
                float[] v = vectors.get(Integer.parseInt(hit.id().substring(1)));
                assertThat(hit.score()).isCloseTo(SyntheticVectors.dot(v, query), within(1e-5));
            }
        }
        return recall / queries.size();
    }

    @Test
    void originalThresholdGateRuns() {
        List<float[]> vectors = SyntheticVectors.clustered(7, 1000, D, 10, 0.6);
        VectorIndex index = index("random-rotation", MatryoshkaGate.original(), vectors);
        float[] query = vectors.get(3);
        List<Hit> hits = index.search(query, 10, SCALES);
        assertThat(hits).isNotEmpty().hasSizeLessThanOrEqualTo(10);
        assertThat(hits.get(0).id()).isEqualTo("v3");
        assertThat(hits.get(0).score()).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void replaceAndRemove() {
        VectorIndex index = new VectorIndex(3, ScaleTransforms.create("prefix", 3, 0), MatryoshkaGate.defaults());
        index.add("a", new float[] {1, 0, 0});
        index.add("b", new float[] {0, 1, 0});
        index.add("c", new float[] {0, 0, 2});
        assertThat(index.size()).isEqualTo(3);
        assertThat(ids(index.searchExact(new float[] {0, 0, 1}, 1))).containsExactly("c");
        index.add("a", new float[] {0, 0, 1});
        assertThat(index.size()).isEqualTo(3);
        assertThat(ids(index.searchExact(new float[] {1, 0, 0}, 3))).doesNotContain("x").hasSize(3);
        assertThat(index.searchExact(new float[] {0, 0, 1}, 2)).extracting(Hit::score).containsOnly(1.0);
        assertThat(index.remove("c")).isTrue();
        assertThat(index.remove("c")).isFalse();
        assertThat(index.contains("c")).isFalse();
        assertThat(index.size()).isEqualTo(2);
        assertThat(ids(index.searchExact(new float[] {0, 0, 1}, 5))).containsExactly("a", "b");
        assertThat(index.remove("a")).isTrue();
        assertThat(index.remove("b")).isTrue();
        assertThat(index.searchExact(new float[] {0, 0, 1}, 5)).isEmpty();
        assertThat(index.search(new float[] {0, 0, 1}, 5, new int[] {1, 2, 3})).isEmpty();
    }

    @Test
    void removeKeepsTheOtherVectorsFindable() {
        List<float[]> vectors = SyntheticVectors.clustered(8, 300, D, 5, 0.5);
        VectorIndex index = index("random-rotation", MatryoshkaGate.defaults(), vectors);
        for (int i = 0; i < 300; i += 2) {
            assertThat(index.remove("v" + i)).isTrue();
        }
        assertThat(index.size()).isEqualTo(150);
        for (int i = 1; i < 300; i += 20) {
            assertThat(ids(index.search(vectors.get(i), 1, SCALES))).containsExactly("v" + i);
        }
    }

    @Test
    void refitKeepsResultsAndScores() {
        List<float[]> vectors = SyntheticVectors.clustered(10, 500, D, 8, 0.6);
        VectorIndex index = index("pca", MatryoshkaGate.defaults(), vectors);
        float[] query = SyntheticVectors.randomUnit(new Random(4), D);
        List<Hit> before = index.searchExact(query, 10);
        index.refit();
        assertThat(index.transform().toString()).contains("fitted");
        List<Hit> after = index.searchExact(query, 10);
        assertThat(ids(after)).containsExactlyElementsOf(ids(before));
        for (int i = 0; i < 10; i++) {
            assertThat(after.get(i).score()).isCloseTo(before.get(i).score(), within(1e-5));
        }
        index.add("new", query);
        index.refit();
        assertThat(index.search(query, 1, SCALES).get(0).id()).isEqualTo("new");
    }

    @Test
    void pcaIsFittedAutomaticallyAsTheIndexGrows() {
        List<float[]> vectors = SyntheticVectors.clustered(12, 600, D, 8, 0.5);
        VectorIndex index = new VectorIndex(D, ScaleTransforms.create("pca", D, 1), MatryoshkaGate.defaults());
        for (int i = 0; i < VectorIndex.AUTO_REFIT_FIRST - 1; i++) {
            index.add("v" + i, vectors.get(i));
        }
        assertThat(((PcaTransform) index.transform()).fitted()).isFalse();
        index.add("v255", vectors.get(255));
        PcaTransform first = (PcaTransform) index.transform();
        assertThat(first.fitted()).isTrue();
        for (int i = 256; i < 511; i++) {
            index.add("v" + i, vectors.get(i));
        }
        assertThat(index.transform()).isSameAs(first);
        index.add("v511", vectors.get(511));
        assertThat(index.transform()).isNotSameAs(first);
        assertThat(ids(index.search(vectors.get(7), 1, SCALES))).containsExactly("v7");
    }

    @Test
    void aDeferredBulkLoadFitsOnceAtTheEndOnAllOfIt() {
        List<float[]> vectors = SyntheticVectors.clustered(12, 600, D, 8, 0.5);
        VectorIndex index = new VectorIndex(D, ScaleTransforms.create("pca", D, 1), MatryoshkaGate.defaults());
        VectorIndex.Deferral outer = index.deferAutoRefit();
        try (VectorIndex.Deferral inner = index.deferAutoRefit()) {
            for (int from = 0; from < 300; from += 64) {
                Map<String, float[]> chunk = new LinkedHashMap<>();
                for (int i = from; i < Math.min(300, from + 64); i++) {
                    chunk.put("v" + i, vectors.get(i));
                }
                index.addAll(chunk);
            }
            index.add("v300", vectors.get(300));
            assertThat(index.fitCount()).as("past 256 vectors, but deferred").isZero();
            assertThat(ids(index.search(vectors.get(7), 1, SCALES))).as("searchable meanwhile").containsExactly("v7");
        }
        assertThat(index.fitCount()).as("the outer scope is still open").isZero();
        outer.close();
        assertThat(index.fitCount()).isEqualTo(1);
        assertThat(index.fittedSize()).isEqualTo(301);
        outer.close();
        index.add("v301", vectors.get(301));
        assertThat(index.fitCount()).as("closing twice does not unbalance the scopes").isEqualTo(1);
        assertThat(ids(index.search(vectors.get(7), 1, SCALES))).containsExactly("v7");
    }

    @Test
    void addAllLoadsInBulkAndFitsOnceOrAddsNothing() {
        List<float[]> vectors = SyntheticVectors.clustered(15, 600, D, 8, 0.5);
        Map<String, float[]> bulk = new LinkedHashMap<>();
        for (int i = 0; i < vectors.size(); i++) {
            bulk.put("v" + i, vectors.get(i));
        }
        VectorIndex index = new VectorIndex(D, ScaleTransforms.create("pca", D, 1), MatryoshkaGate.defaults());
        index.addAll(bulk);
        assertThat(index.size()).isEqualTo(600);
        assertThat(((PcaTransform) index.transform()).fitted()).isTrue();
        assertThat(ids(index.search(vectors.get(42), 1, SCALES))).containsExactly("v42");

        Map<String, float[]> bad = new LinkedHashMap<>();
        bad.put("ok", vectors.get(0));
        bad.put("short", new float[D - 1]);
        assertThatThrownBy(() -> index.addAll(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vector [short]");
        assertThat(index.contains("ok")).isFalse();
        assertThat(index.size()).isEqualTo(600);
    }

    private static Map<String, float[]> bulk(List<float[]> vectors) {
        Map<String, float[]> bulk = new LinkedHashMap<>();
        for (int i = 0; i < vectors.size(); i++) {
            bulk.put("v" + i, vectors.get(i));
        }
        return bulk;
    }

    @Test
    void aRestoredFitSearchesExactlyLikeTheFreshFitWithoutRefitting() {
        List<float[]> vectors = SyntheticVectors.clustered(21, 700, D, 8, 0.5);
        VectorIndex fresh = new VectorIndex(D, ScaleTransforms.create("pca", D, 1), MatryoshkaGate.defaults());
        List<Object[]> heard = new ArrayList<>();
        fresh.fitListener((transform, count) -> heard.add(new Object[] {transform, count}));
        fresh.addAll(bulk(vectors));
        assertThat(fresh.fitCount()).isEqualTo(1);
        assertThat(heard).hasSize(1);
        assertThat(heard.get(0)[0]).isSameAs(fresh.transform());
        assertThat(heard.get(0)[1]).isEqualTo(700);

        VectorIndex restored = new VectorIndex(D, ScaleTransforms.create("pca", D, 1), MatryoshkaGate.defaults());
        restored.fitListener((transform, count) -> heard.add(new Object[] {transform, count}));
        restored.restoreFit(TransformCodec.decode(TransformCodec.encode(fresh.transform())), fresh.fittedSize());
        restored.addAll(bulk(vectors));
        assertThat(restored.fitCount()).isZero();
        assertThat(heard).hasSize(1);
        assertThat(restored.fittedSize()).isEqualTo(700);

        MatryoshkaGate narrow = MatryoshkaGate.shortlist(1, 2, 1.5);
        Random random = new Random(5);
        for (int q = 0; q < 40; q++) {
            float[] query = q % 2 == 0 ? SyntheticVectors.randomUnit(random, D) : vectors.get(q * 17);
            assertThat(restored.search(query, 10, SCALES, narrow)).isEqualTo(fresh.search(query, 10, SCALES, narrow));
            assertThat(restored.search(query, 10, SCALES)).isEqualTo(fresh.search(query, 10, SCALES));
            assertThat(restored.searchExact(query, 5)).isEqualTo(fresh.searchExact(query, 5));
        }
    }

    @Test
    void afterARestoredFitTheIndexRefitsAtTheNextDoubling() {
        List<float[]> vectors = SyntheticVectors.clustered(22, 600, D, 8, 0.5);
        ScaleTransform fit = ScaleTransforms.create("pca", D, 1).fit(vectors.subList(0, 300));
        VectorIndex index = new VectorIndex(D, ScaleTransforms.create("pca", D, 1), MatryoshkaGate.defaults());
        index.restoreFit(fit, 300);
        for (int i = 0; i < 599; i++) {
            index.add("v" + i, vectors.get(i));
        }
        assertThat(index.fitCount()).isZero();
        assertThat(index.transform()).isSameAs(fit);
        index.add("v599", vectors.get(599));
        assertThat(index.fitCount()).isEqualTo(1);
        assertThat(index.fittedSize()).isEqualTo(600);
        assertThat(index.transform()).isNotSameAs(fit);
    }

    @Test
    void restoreFitNeedsAnEmptyIndexAndAMatchingFittedTransform() {
        List<float[]> vectors = SyntheticVectors.clustered(23, 50, D, 4, 0.5);
        ScaleTransform fit = ScaleTransforms.create("pca", D, 1).fit(vectors);
        VectorIndex index = new VectorIndex(D, ScaleTransforms.create("pca", D, 1), MatryoshkaGate.defaults());
        assertThatThrownBy(() -> index.restoreFit(ScaleTransforms.create("pca", D, 1), 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a fitted transform");
        assertThatThrownBy(() -> index.restoreFit(ScaleTransforms.create("pca", 32, 1)
                .fit(SyntheticVectors.clustered(23, 50, 32, 4, 0.5)), 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same name and dimension");
        VectorIndex prefix = new VectorIndex(D, ScaleTransforms.create("prefix", D, 1), MatryoshkaGate.defaults());
        assertThatThrownBy(() -> prefix.restoreFit(fit, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.restoreFit(fit, -1)).isInstanceOf(IllegalArgumentException.class);
        index.add("a", vectors.get(0));
        assertThatThrownBy(() -> index.restoreFit(fit, 10)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("empty index");
    }

    @Test
    void aGatePassedPerSearchOverridesTheIndexGate() {
        List<float[]> vectors = SyntheticVectors.clustered(13, 3000, D, 30, 0.5);
        VectorIndex index = index("random-rotation", MatryoshkaGate.shortlist(1, 1), vectors);
        MatryoshkaGate keepAll = MatryoshkaGate.shortlist(3000, 1);
        Random random = new Random(14);
        int differing = 0;
        for (int q = 0; q < 20; q++) {
            float[] query = SyntheticVectors.randomUnit(random, D);
            List<Hit> exact = index.searchExact(query, 10);
            assertThat(index.search(query, 10, new int[] {4, D}, keepAll)).isEqualTo(exact);
            differing += index.search(query, 10, new int[] {4, D}).equals(exact) ? 0 : 1;
        }
        assertThat(differing).isPositive();
    }

    @Test
    void concurrentSearchesWithOccasionalAddsAndRefits() throws Exception {
        List<float[]> vectors = SyntheticVectors.clustered(11, 2000, D, 20, 0.6);
        VectorIndex index = index("pca", MatryoshkaGate.defaults(), vectors.subList(0, 1000));
        List<Throwable> failures = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int seed = t;
            threads.add(new Thread(() -> {
                try {
                    Random random = new Random(seed);
                    for (int n = 0; n < 300; n++) {
                        int probe = random.nextInt(1000);
                        List<Hit> hits = index.search(vectors.get(probe), 5, SCALES);
                        assertThat(hits).hasSize(5);
                        assertThat(hits.get(0).id()).isEqualTo("v" + probe);
                    }
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }));
        }
        threads.add(new Thread(() -> {
            try {
                for (int i = 1000; i < 2000; i++) {
                    index.add("v" + i, vectors.get(i));
                    if (i % 400 == 0) {
                        index.refit();
                    }
                }
            } catch (Throwable e) {
                synchronized (failures) {
                    failures.add(e);
                }
            }
        }));
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
        assertThat(index.size()).isEqualTo(2000);
        assertThat(ids(index.searchExact(vectors.get(1999), 1))).containsExactly("v1999");
    }

    @Test
    void refitsRacingWithAddsLoseNothing() throws Exception {
        List<float[]> vectors = SyntheticVectors.clustered(16, 3000, D, 20, 0.5);
        VectorIndex index = index("pca", MatryoshkaGate.defaults(), vectors.subList(0, 300));
        List<Throwable> failures = new ArrayList<>();
        Thread adder = new Thread(() -> {
            try {
                for (int i = 300; i < 3000; i++) {
                    index.add("v" + i, vectors.get(i));
                }
            } catch (Throwable e) {
                synchronized (failures) {
                    failures.add(e);
                }
            }
        });
        Thread refitter = new Thread(() -> {
            try {
                for (int n = 0; n < 6; n++) {
                    index.refit();
                }
            } catch (Throwable e) {
                synchronized (failures) {
                    failures.add(e);
                }
            }
        });
        adder.start();
        refitter.start();
        adder.join();
        refitter.join();
        assertThat(failures).isEmpty();
        assertThat(index.size()).isEqualTo(3000);
        for (int i = 0; i < 3000; i += 37) {
            List<Hit> hits = index.searchExact(vectors.get(i), 1);
            assertThat(hits.get(0).id()).isEqualTo("v" + i);
            assertThat(hits.get(0).score()).isCloseTo(1.0, within(1e-5));
        }
    }

    @Test
    void badInputIsRejectedWithClearMessages() {
        VectorIndex index = new VectorIndex(4, ScaleTransforms.create("prefix", 4, 0), MatryoshkaGate.defaults());
        index.add("a", new float[] {1, 0, 0, 0});
        assertThatThrownBy(() -> index.add("b", new float[3])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("length [3]").hasMessageContaining("dimension [4]");
        assertThatThrownBy(() -> index.add("b", new float[4])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zero vector");
        assertThatThrownBy(() -> index.add("b", new float[] {1, Float.NaN, 0, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-finite");
        assertThatThrownBy(() -> index.add(" ", new float[] {1, 0, 0, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
        assertThatThrownBy(() -> index.add("b", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null");
        float[] q = {1, 0, 0, 0};
        assertThatThrownBy(() -> index.search(q, 0, new int[] {1, 4})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("k must be at least 1");
        assertThatThrownBy(() -> index.search(q, 1, new int[] {2, 1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ascending");
        assertThatThrownBy(() -> index.search(q, 1, new int[] {0, 4})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside [1, 4]");
        assertThatThrownBy(() -> index.search(q, 1, new int[] {2, 8})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[8]");
        assertThatThrownBy(() -> index.search(q, 1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.searchExact(new float[5], 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("query has length [5]");
        assertThatThrownBy(() -> new VectorIndex(8, ScaleTransforms.create("prefix", 4, 0),
                MatryoshkaGate.defaults())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dimension [4]");
        assertThat(index.size()).isEqualTo(1);
    }
}
