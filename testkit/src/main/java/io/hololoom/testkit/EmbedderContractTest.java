package io.hololoom.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hololoom.api.Embedder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Embedder} keeps, as its javadoc states it: vectors of {@link Embedder#dimension()}
 * finite components with unit norm (or zero for a text without features); the same text gives the same vector
 * from every instance of one configuration; long and odd inputs are embedded, never an error; null is a
 * {@link NullPointerException}; {@code embedAll} equals {@code embed} in order; thread-safe.
 *
 * <pre>{@code
 * class MyEmbedderContractTest extends EmbedderContractTest {
 *     protected Embedder createEmbedder() { return new MyEmbedderProvider().create(context); }
 * }
 * }</pre>
 */
public abstract class EmbedderContractTest {
    /** Tolerance for unit norm. */
    protected static final double NORM_TOLERANCE = 1e-4;

    /** A new embedder; every call must give one of the same configuration. */
    protected abstract Embedder createEmbedder();

    /** Texts that have features and must get unit-norm vectors. */
    protected List<String> texts() {
        return List.of("what is 17 * 23?", "a", "Search the notes about the deployment pipeline",
                "Ünïcödé wörds and 東京 and emoji 🎉 mixed", "remember that the staging server is db-7");
    }

    protected static double norm(float[] v) {
        double s = 0;
        for (float x : v) {
            s += (double) x * x;
        }
        return Math.sqrt(s);
    }

    protected void assertValid(Embedder embedder, float[] v, String text) {
        assertThat(v).as("vector of [%s]", text).hasSize(embedder.dimension());
        for (float x : v) {
            assertThat(Float.isFinite(x)).as("finite components for [%s]", text).isTrue();
        }
        double n = norm(v);
        assertThat(n == 0 || Math.abs(n - 1) <= NORM_TOLERANCE).as("norm %s of [%s] is 1 or 0", n, text).isTrue();
    }

    @Test
    void theDimensionIsPositiveAndStable() {
        Embedder embedder = createEmbedder();
        assertThat(embedder.dimension()).isPositive().isEqualTo(createEmbedder().dimension());
    }

    @Test
    void textsWithFeaturesGetUnitVectors() {
        Embedder embedder = createEmbedder();
        for (String text : texts()) {
            float[] v = embedder.embed(text);
            assertValid(embedder, v, text);
            assertThat(norm(v)).as("norm of [%s]", text).isCloseTo(1.0, within(NORM_TOLERANCE));
        }
    }

    @Test
    void theSameTextGivesTheSameVectorFromEveryInstance() {
        Embedder a = createEmbedder();
        Embedder b = createEmbedder();
        for (String text : texts()) {
            assertThat(a.embed(text)).as(text).containsExactly(a.embed(text));
            assertThat(b.embed(text)).as(text).containsExactly(a.embed(text));
        }
        assertThat(a.fingerprint()).isNotBlank().isEqualTo(b.fingerprint());
    }

    @Test
    void differentTextsGiveDifferentVectors() {
        Embedder embedder = createEmbedder();
        assertThat(embedder.embed("what is 17 * 23?"))
                .isNotEqualTo(embedder.embed("remember that the staging server is db-7"));
    }

    @Test
    void oddInputIsEmbeddedNeverAnError() {
        Embedder embedder = createEmbedder();
        for (String text : List.of("", "   ", "?!.,;:-- ()", "\u0000\u0001\u0007 control \u001b[31m",
                "unpaired \uD800 high and \uDC00 low", "\uDFFF\uD800", "zero\u200Bwidth\uFEFF", "\uFFFF\uFFFE",
                "RTL \u202Eevil\u202C", "🎉🎉🎉")) {
            assertValid(embedder, embedder.embed(text), text);
        }
    }

    @Test
    void longInputIsTruncatedNotRejected() {
        Embedder embedder = createEmbedder();
        StringBuilder sb = new StringBuilder(1 << 20);
        for (int i = 0; sb.length() < (1 << 20); i++) {
            sb.append("word").append(i % 97).append(' ');
        }
        float[] v = embedder.embed(sb.toString());
        assertValid(embedder, v, "1 MB of words");
        assertThat(norm(v)).isCloseTo(1.0, within(NORM_TOLERANCE));
    }

    @Test
    void embedAllMatchesEmbedInOrder() {
        Embedder embedder = createEmbedder();
        List<String> texts = new ArrayList<>(texts());
        texts.add("");
        List<float[]> all = embedder.embedAll(texts);
        assertThat(all).hasSize(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            assertThat(all.get(i)).as(texts.get(i)).containsExactly(embedder.embed(texts.get(i)));
        }
        assertThat(embedder.embedAll(List.of())).isEmpty();
    }

    @Test
    void nullIsRejected() {
        Embedder embedder = createEmbedder();
        assertThatThrownBy(() -> embedder.embed(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void returnedVectorsAreTheCallersToChange() {
        Embedder embedder = createEmbedder();
        String text = texts().get(0);
        float[] first = embedder.embed(text);
        float[] copy = first.clone();
        Arrays.fill(first, 0f);
        assertThat(embedder.embed(text)).containsExactly(copy);
    }

    @Test
    void concurrentUseGivesTheSameVectorsAsSequentialUse() throws Exception {
        Embedder embedder = createEmbedder();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            texts.add("query number " + i + " about topic " + (i % 7));
        }
        List<float[]> expected = texts.stream().map(embedder::embed).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<float[]>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> texts.stream().map(embedder::embed).toList()));
            }
            for (Future<List<float[]>> f : futures) {
                List<float[]> got = f.get(60, TimeUnit.SECONDS);
                for (int i = 0; i < texts.size(); i++) {
                    assertThat(got.get(i)).containsExactly(expected.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
