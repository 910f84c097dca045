package io.hololoom.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.hololoom.api.Embedder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Embedder} keeps, as its javadoc states it: vectors of {@link Embedder#dimension()}
 * finite components with unit norm (or zero for a text without features); the same text gives the same vector
 * from every instance of one configuration; long and odd inputs are embedded, never an error; null is a
 * {@link NullPointerException} (also as an element of {@code embedAll}); {@code embedAll} equals {@code embed}
 * in order; thread-safe. An embedder that captures meaning can also list {@link #similarityCases()}: texts
 * whose related text must be closer than an unrelated one.
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

    /**
     * The tolerance for unit norm, {@link #NORM_TOLERANCE} unless the embedder promises more (e.g. {@code 1e-5}).
     */
    protected double normTolerance() {
        return NORM_TOLERANCE;
    }

    /**
     * Cases that a meaningful embedder ranks right: {@code text} is closer (by cosine) to {@code related} than to
     * {@code unrelated}, by more than {@code margin}. Empty by default, which skips the check; a hashing or neural
     * embedder lists a few so that a broken tokenizer or pooling shows here.
     */
    protected List<SimilarityCase> similarityCases() {
        return List.of();
    }

    /** One case of {@link #similarityCases()}: {@code cos(text, related) > cos(text, unrelated) + margin}. */
    public record SimilarityCase(String text, String related, String unrelated, double margin) {
        public SimilarityCase {
            Objects.requireNonNull(text, "text is null");
            Objects.requireNonNull(related, "related is null");
            Objects.requireNonNull(unrelated, "unrelated is null");
            if (!(margin >= 0 && margin < 2)) {
                throw new IllegalArgumentException("margin must be in [0, 2), was [" + margin + "]");
            }
        }

        /** A case with no margin: related must merely be closer. */
        public SimilarityCase(String text, String related, String unrelated) {
            this(text, related, unrelated, 0);
        }
    }

    /** Texts that have features and must get unit-norm vectors. */
    protected List<String> texts() {
        return List.of("what is 17 * 23?", "a", "Search the notes about the deployment pipeline",
                "Ünïcödé wörds and 東京 and emoji 🎉 mixed", "remember that the staging server is db-7");
    }

    protected static double norm(float[] v) {
        return Vectors.norm(v);
    }

    /** The cosine of {@code a} and {@code b}; see {@link Vectors#cosine}. */
    protected static double cosine(float[] a, float[] b) {
        return Vectors.cosine(a, b);
    }

    protected void assertValid(Embedder embedder, float[] v, String text) {
        assertThat(v).as("vector of [%s]", text).hasSize(embedder.dimension());
        for (float x : v) {
            assertThat(Float.isFinite(x)).as("finite components for [%s]", text).isTrue();
        }
        double n = norm(v);
        assertThat(n == 0 || Math.abs(n - 1) <= normTolerance()).as("norm %s of [%s] is 1 or 0", n, text).isTrue();
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
            assertThat(norm(v)).as("norm of [%s]", text).isCloseTo(1.0, within(normTolerance()));
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
        List<String> odd = List.of("", "   ", "?!.,;:-- ()", "?!.,;:-- ()[]{}", "\t\n\r", "*** +++ ///",
                "\u0000\u0001\u0007 control \u001b[31m", "unpaired \uD800 high and \uDC00 low", "trailing high \uD83D",
                "\uDFFF\uD800", "zero\u200Bwidth\uFEFF", "\uFFFF\uFFFE", "combining e\u0301 and \u0301 alone",
                "RTL \u202Eevil\u202C", "🎉🎉🎉");
        for (String text : odd) {
            assertValid(embedder, embedder.embed(text), text);
        }
        List<float[]> batch = embedder.embedAll(odd);
        assertThat(batch).hasSize(odd.size());
        for (int i = 0; i < odd.size(); i++) {
            assertValid(embedder, batch.get(i), "batch: " + odd.get(i));
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
        assertThat(norm(v)).isCloseTo(1.0, within(normTolerance()));

        float[] oneWord = embedder.embed("x".repeat(1 << 20));
        assertValid(embedder, oneWord, "one word of 1 MB");
        assertThat(norm(oneWord)).as("one word of 1 MB").isCloseTo(1.0, within(normTolerance()));
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
        List<String> withNull = new ArrayList<>(List.of("a"));
        withNull.add(null);
        assertThatThrownBy(() -> embedder.embedAll(withNull)).as("embedAll with a null element")
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void relatedTextsAreCloserThanUnrelatedOnes() {
        List<SimilarityCase> cases = similarityCases();
        assumeFalse(cases.isEmpty(), "no similarityCases() for this embedder");
        Embedder embedder = createEmbedder();
        for (SimilarityCase c : cases) {
            float[] text = embedder.embed(c.text());
            double related = cosine(text, embedder.embed(c.related()));
            double unrelated = cosine(text, embedder.embed(c.unrelated()));
            assertThat(related).as("cos([%s], [%s]) vs cos with [%s] + %s", c.text(), c.related(), c.unrelated(),
                    c.margin()).isGreaterThan(unrelated + c.margin());
        }
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
                int offset = t * 5;
                // each thread walks the texts from another start, so different texts overlap in time
                futures.add(pool.submit(() -> {
                    List<float[]> got = new ArrayList<>();
                    for (int i = 0; i < texts.size(); i++) {
                        got.add(embedder.embed(texts.get((i + offset) % texts.size())));
                    }
                    return got;
                }));
            }
            for (int t = 0; t < futures.size(); t++) {
                List<float[]> got = futures.get(t).get(60, TimeUnit.SECONDS);
                for (int i = 0; i < texts.size(); i++) {
                    assertThat(got.get(i)).containsExactly(expected.get((i + t * 5) % texts.size()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
