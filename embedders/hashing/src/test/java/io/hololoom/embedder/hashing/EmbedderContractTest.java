package io.hololoom.embedder.hashing;

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
 * The {@link Embedder} contract, for any embedder: dimension, unit norm or zero, determinism, sensible
 * similarity, robustness to odd and huge input, thread safety. Subclasses supply the embedder.
 */
abstract class EmbedderContractTest {
    /** A new embedder; two calls must give embedders of the same configuration. */
    protected abstract Embedder createEmbedder();

    static double norm(float[] v) {
        double s = 0;
        for (float x : v) {
            s += (double) x * x;
        }
        return Math.sqrt(s);
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
        }
        return dot / (norm(a) * norm(b));
    }

    static void assertFinite(float[] v) {
        for (float x : v) {
            assertThat(Float.isFinite(x)).isTrue();
        }
    }

    @Test
    void vectorsHaveTheDimensionAndUnitNorm() {
        Embedder embedder = createEmbedder();
        assertThat(embedder.dimension()).isPositive();
        for (String text : List.of("what is 17 * 23?", "a", "Search the notes about the deployment pipeline",
                "Ünïcödé wörds and 東京 and emoji 🎉 mixed")) {
            float[] v = embedder.embed(text);
            assertThat(v).hasSize(embedder.dimension());
            assertFinite(v);
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
    void similarTextsAreCloserThanUnrelatedOnes() {
        Embedder embedder = createEmbedder();
        float[] calc = embedder.embed("what is 17 times 23");
        float[] calc2 = embedder.embed("what is 17 times 24");
        float[] note = embedder.embed("remember my dentist appointment on friday");
        assertThat(cosine(calc, calc2)).isGreaterThan(cosine(calc, note) + 0.3);

        float[] deploy = embedder.embed("how do I deploy the service to production");
        float[] deploy2 = embedder.embed("deploying services to production");
        assertThat(cosine(deploy, deploy2)).isGreaterThan(cosine(deploy, note));
        assertThat(cosine(deploy, deploy2)).isGreaterThan(cosine(deploy2, calc));
    }

    @Test
    void textWithoutWordsGivesTheZeroVector() {
        Embedder embedder = createEmbedder();
        for (String text : List.of("", "   ", "?!.,;:-- ()[]{}", "\t\n\r", "*** +++ ///")) {
            float[] v = embedder.embed(text);
            assertThat(v).hasSize(embedder.dimension());
            assertThat(norm(v)).as("[%s]", text).isZero();
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
            float[] v = embedder.embed(text);
            assertThat(v).hasSize(embedder.dimension());
            assertFinite(v);
            double n = norm(v);
            assertThat(n == 0 || Math.abs(n - 1) < 1e-5).as("norm %s of [%s]", n, text).isTrue();
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
        assertThat(v).hasSize(embedder.dimension());
        assertFinite(v);
        assertThat(norm(v)).isCloseTo(1.0, within(1e-5));

        float[] oneWord = embedder.embed("x".repeat(1 << 20));
        assertThat(norm(oneWord)).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void embedAllMatchesEmbed() {
        Embedder embedder = createEmbedder();
        List<String> texts = List.of("first text", "", "second, longer text about search");
        List<float[]> all = embedder.embedAll(texts);
        assertThat(all).hasSize(3);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(all.get(i)).containsExactly(embedder.embed(texts.get(i)));
        }
    }

    @Test
    void nullTextIsRejected() {
        Embedder embedder = createEmbedder();
        assertThatThrownBy(() -> embedder.embed(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void concurrentUseGivesTheSameVectorsAsSequentialUse() throws Exception {
        Embedder embedder = createEmbedder();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            texts.add("query number " + i + " about topic " + (i % 7) + " and words " + "abc".repeat(i % 5));
        }
        List<float[]> expected = texts.stream().map(embedder::embed).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<float[]>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> texts.stream().map(embedder::embed).toList()));
            }
            for (Future<List<float[]>> f : futures) {
                List<float[]> got = f.get();
                for (int i = 0; i < texts.size(); i++) {
                    assertThat(got.get(i)).containsExactly(expected.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
