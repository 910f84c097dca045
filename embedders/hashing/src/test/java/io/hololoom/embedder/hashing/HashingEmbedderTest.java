package io.hololoom.embedder.hashing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hololoom.api.Embedder;
import io.hololoom.testkit.EmbedderContractTest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The embedder contract for {@code hashing}, plus what is specific to feature hashing. */
class HashingEmbedderTest extends EmbedderContractTest {
    @Override
    protected Embedder createEmbedder() {
        return new HashingEmbedder(HashingEmbedderConfig.defaults());
    }

    @Override
    protected double normTolerance() {
        return 1e-5;
    }

    /** Shared words and character trigrams make texts close; these pairs share many, the third few. */
    @Override
    protected List<SimilarityCase> similarityCases() {
        String calc = "what is 17 times 23";
        String deploy = "how do I deploy the service to production";
        String deploy2 = "deploying services to production";
        String note = "remember my dentist appointment on friday";
        return List.of(new SimilarityCase(calc, "what is 17 times 24", note, 0.3),
                new SimilarityCase(deploy, deploy2, note),
                new SimilarityCase(deploy2, deploy, calc));
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

    private static HashingEmbedder embedder(int dimension, double uni, double bi, double tri, int maxChars) {
        return new HashingEmbedder(new HashingEmbedderConfig(dimension, uni, bi, tri, maxChars));
    }

    @Test
    void goldenVectorIsStableAcrossRunsAndMachines() {
        // Pinned from the first implementation and cross-checked against an independent re-implementation
        // (Python, same pipeline): any change to tokenising, hashing or weighting shows here, and then needs
        // a new SCHEME_VERSION in the fingerprint.
        float[] v = createEmbedder().embed("What is 17 * 23?");
        assertThat(Arrays.copyOf(v, 8)).containsExactly(0f, -0.36785594f, 0f, 0f, 0f, 0f, 0f, 0f);
        assertThat(nonZeroIndices(v)).containsExactly(1, 38, 46, 72, 87, 124, 137, 160, 206, 276, 279, 280, 304,
                321, 343, 344);
        assertThat(new float[] {v[38], v[46], v[72], v[87], v[280], v[344]})
                .containsExactly(0.36785594f, -0.29428476f, 0.25749916f, -0.14714238f, 0.36785594f, -0.14714238f);

        float[] u = createEmbedder().embed("Ünïcödé wörds and 東京 and ﬁle emoji 🎉 नमस्ते");
        assertThat(nonZeroIndices(u)).containsExactly(2, 5, 7, 31, 49, 54, 58, 69, 88, 90, 91, 96, 98, 122, 131,
                137, 161, 174, 184, 197, 209, 214, 216, 221, 247, 250, 253, 259, 277, 286, 287, 306, 312, 313, 320,
                325, 328, 352, 358, 359, 363, 373, 375);
        assertThat(new float[] {u[2], u[286], u[313]}).containsExactly(-0.22923483f, 0.18338786f, 0.45846966f);
    }

    private static int[] nonZeroIndices(float[] v) {
        return java.util.stream.IntStream.range(0, v.length).filter(i -> v[i] != 0).toArray();
    }

    @Test
    void fingerprintNamesEverythingThatChangesVectors() {
        assertThat(createEmbedder().fingerprint()).isEqualTo("hashing/384/v1");
        assertThat(embedder(128, 1.0, 0.7, 0.4, 100_000).fingerprint()).isEqualTo("hashing/128/v1");
        assertThat(embedder(384, 1.0, 0.5, 0.4, 100_000).fingerprint()).isEqualTo("hashing/384/v1/w1.0,0.5,0.4");
        assertThat(embedder(384, 1.0, 0.7, 0.4, 5000).fingerprint()).isEqualTo("hashing/384/v1/max5000");
    }

    @Test
    void caseWidthAndCompatibilityFormsAreNormalised() {
        Embedder e = createEmbedder();
        assertThat(e.embed("HELLO World")).containsExactly(e.embed("hello world"));
        assertThat(e.embed("ｈｅｌｌｏ　ｗｏｒｌｄ")).containsExactly(e.embed("hello world"));
        assertThat(e.embed("the ﬁle")).containsExactly(e.embed("the file"));
        assertThat(e.embed("cafe\u0301")).containsExactly(e.embed("caf\u00e9"));
    }

    @Test
    void punctuationAndSpacingOnlySeparateWords() {
        Embedder e = createEmbedder();
        assertThat(e.embed("hello, world!")).containsExactly(e.embed("hello world"));
        assertThat(e.embed("  hello\t\nworld  ")).containsExactly(e.embed("hello world"));
        assertThat(e.embed("hello-world")).containsExactly(e.embed("hello world"));
    }

    @Test
    void wordOrderMattersThroughBigramsOnly() {
        Embedder withBigrams = createEmbedder();
        float[] a = withBigrams.embed("dog bites man");
        float[] b = withBigrams.embed("man bites dog");
        assertThat(a).isNotEqualTo(b);
        assertThat(cosine(a, b)).isGreaterThan(0.5);

        Embedder bagOfWords = embedder(384, 1.0, 0, 0.4, 100_000);
        assertThat(bagOfWords.embed("dog bites man")).containsExactly(bagOfWords.embed("man bites dog"));
    }

    @Test
    void characterTrigramsMakeInflectionsSimilar() {
        Embedder wordsOnly = embedder(384, 1.0, 0, 0, 100_000);
        Embedder withTrigrams = embedder(384, 1.0, 0, 0.4, 100_000);
        double without = cosine(wordsOnly.embed("deployment"), wordsOnly.embed("deployments"));
        double with = cosine(withTrigrams.embed("deployment"), withTrigrams.embed("deployments"));
        assertThat(with).isGreaterThan(without + 0.3);
    }

    @Test
    void singleWordWithOnlyUnigramsIsOneSignedBucket() {
        float[] v = embedder(64, 1.0, 0, 0, 100_000).embed("calc");
        long nonZero = Arrays.stream(nonZeroIndices(v)).count();
        assertThat(nonZero).isEqualTo(1);
        int i = nonZeroIndices(v)[0];
        assertThat(Math.abs(v[i])).isEqualTo(1.0f);
    }

    @Test
    void onlyTheFirstMaxCharsAreEmbedded() {
        HashingEmbedder e = embedder(384, 1.0, 0.7, 0.4, 1000);
        String prefix = "word ".repeat(200);
        assertThat(prefix).hasSize(1000);
        assertThat(e.embed(prefix + "tail beyond the limit")).containsExactly(e.embed(prefix));
    }

    @Test
    void truncationNeverSplitsASurrogatePair() {
        HashingEmbedder e = embedder(384, 1.0, 0.7, 0.4, 1000);
        String text = "a".repeat(999) + "😀" + "b";
        assertThat(e.normalise(text)).hasSize(999).doesNotContain("\uD83D");
        assertThat(norm(e.embed(text))).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void nonLatinScriptsAreWords() {
        Embedder e = createEmbedder();
        assertThat(norm(e.embed("東京"))).isCloseTo(1.0, within(1e-5));
        assertThat(norm(e.embed("नमस्ते"))).isCloseTo(1.0, within(1e-5));
        assertThat(e.embed("привет мир")).isNotEqualTo(e.embed("привет"));
    }
}
