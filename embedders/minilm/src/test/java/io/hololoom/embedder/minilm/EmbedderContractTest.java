package io.hololoom.embedder.minilm;

import static io.hololoom.embedder.minilm.TestModels.cosine;
import static io.hololoom.embedder.minilm.TestModels.norm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hololoom.api.Embedder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The {@link Embedder} contract, for any embedder: dimension, unit norm (or zero), determinism, sensible
 * similarity, robustness to odd and huge input, order of {@code embedAll}, thread safety.
 */
abstract class EmbedderContractTest {
    /** An embedder; two calls must give embedders of the same configuration. */
    protected abstract Embedder createEmbedder();

    private static void assertUnitOrZero(float[] v, int dimension, String text) {
        assertThat(v).hasSize(dimension);
        for (float x : v) {
            assertThat(Float.isFinite(x)).as("finite component for [%s]", text).isTrue();
        }
        double n = norm(v);
        assertThat(n == 0 || Math.abs(n - 1) < 1e-5).as("norm %s of [%s]", n, text).isTrue();
    }

    @Test
    void vectorsHaveTheDimensionAndUnitNorm() {
        Embedder embedder = createEmbedder();
        assertThat(embedder.dimension()).isPositive();
        for (String text : List.of("what is 17 * 23?", "a", "Search the notes about the deployment pipeline",
                "Ünïcödé wörds and 東京 and emoji 🎉 mixed")) {
            float[] v = embedder.embed(text);
            assertUnitOrZero(v, embedder.dimension(), text);
            assertThat(norm(v)).as(text).isCloseTo(1.0, within(1e-5));
        }
    }

    @Test
    void sameTextGivesSameVectorAcrossCallsAndInstances() {
        Embedder a = createEmbedder();
        Embedder b = createEmbedder();
        String text = "remember that the meeting moved to Thursday";
        assertThat(a.embed(text)).containsExactly(a.embed(text));
        assertThat(b.embed(text)).containsExactly(a.embed(text));
        assertThat(b.fingerprint()).isEqualTo(a.fingerprint()).isNotBlank();
    }

    @Test
    void relatedTextsAreCloserThanUnrelatedOnes() {
        Embedder embedder = createEmbedder();
        float[] deploy = embedder.embed("how do I deploy the service to production");
        float[] deploy2 = embedder.embed("deploying services to production");
        float[] calc = embedder.embed("what is 17 times 23");
        float[] note = embedder.embed("remember to buy milk tomorrow");
        assertThat(cosine(deploy, deploy2)).isGreaterThan(cosine(deploy, note));
        assertThat(cosine(deploy, deploy2)).isGreaterThan(cosine(deploy2, calc));
    }

    @Test
    void emptyAndBlankTextsWork() {
        Embedder embedder = createEmbedder();
        for (String text : List.of("", "   ", "?!.,;:-- ()[]{}", "\t\n\r", "*** +++ ///")) {
            assertUnitOrZero(embedder.embed(text), embedder.dimension(), text);
        }
    }

    @Test
    void oddCharactersDoNotCrash() {
        Embedder embedder = createEmbedder();
        List<String> texts = List.of("\u0000\u0001\u0007 control \u001b[31m red",
                "unpaired \uD800 high and \uDC00 low surrogates \uD83D",
                "\uDFFF\uD800", "zero\u200Bwidth\uFEFFspace", "\uFFFF\uFFFE noncharacters",
                "combining e\u0301 and \u0301 alone", "RTL \u202Eevil\u202C text", "🎉🎉🎉");
        for (String text : texts) {
            assertUnitOrZero(embedder.embed(text), embedder.dimension(), text);
        }
        for (float[] v : embedder.embedAll(texts)) {
            assertUnitOrZero(v, embedder.dimension(), "batch");
        }
    }

    @Test
    void oneMegabyteInputWorks() {
        Embedder embedder = createEmbedder();
        StringBuilder sb = new StringBuilder(1 << 20);
        String[] words = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"};
        for (int i = 0; sb.length() < (1 << 20); i++) {
            sb.append(words[i % words.length]).append(i % 97).append(' ');
        }
        float[] v = embedder.embed(sb.toString());
        assertUnitOrZero(v, embedder.dimension(), "1 MB of words");
        assertThat(norm(v)).isCloseTo(1.0, within(1e-5));

        float[] oneWord = embedder.embed("x".repeat(1 << 20));
        assertThat(norm(oneWord)).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void embedAllKeepsOrderAndMatchesEmbed() {
        Embedder embedder = createEmbedder();
        List<String> texts = List.of("first text", "", "second, longer text about search and retrieval", "x");
        List<float[]> all = embedder.embedAll(texts);
        assertThat(all).hasSize(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            assertThat(cosine(all.get(i), embedder.embed(texts.get(i)))).as(texts.get(i)).isGreaterThan(0.99999);
        }
        assertThat(embedder.embedAll(List.of())).isEmpty();
    }

    @Test
    void nullTextIsRejected() {
        Embedder embedder = createEmbedder();
        assertThatThrownBy(() -> embedder.embed(null)).isInstanceOf(NullPointerException.class);
        List<String> withNull = new ArrayList<>(List.of("a"));
        withNull.add(null);
        assertThatThrownBy(() -> embedder.embedAll(withNull)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("[1]");
    }

    @Test
    void concurrentUseGivesTheSameVectorsAsSequentialUse() throws Exception {
        Embedder embedder = createEmbedder();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            texts.add("query number " + i + " about topic " + (i % 7) + " and words " + "abc ".repeat(i % 5));
        }
        List<float[]> expected = texts.stream().map(embedder::embed).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<float[]>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    List<float[]> got = new ArrayList<>();
                    for (int i = 0; i < texts.size(); i++) {
                        // each thread walks the texts from a different start so different texts overlap in time
                        got.add(embedder.embed(texts.get((i + offset * 5) % texts.size())));
                    }
                    return got;
                }));
            }
            for (int t = 0; t < futures.size(); t++) {
                List<float[]> got = futures.get(t).get();
                for (int i = 0; i < texts.size(); i++) {
                    float[] want = expected.get((i + t * 5) % texts.size());
                    assertThat(cosine(got.get(i), want)).isGreaterThan(0.99999);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
