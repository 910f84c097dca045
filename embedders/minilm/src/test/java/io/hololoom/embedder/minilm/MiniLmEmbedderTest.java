package io.hololoom.embedder.minilm;

import static io.hololoom.testkit.Vectors.cosine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Behaviour of the real model: reference values, semantics, batching, variants, truncation. */
class MiniLmEmbedderTest {
    /** Pairs of paraphrases; every sentence is unrelated to the other pairs. */
    private static final List<List<String>> PARAPHRASES = List.of(
            List.of("What is 17 multiplied by 23?", "Compute the product of seventeen and twenty-three."),
            List.of("Remind me to call my mother tomorrow.", "Set a reminder for tomorrow to phone mom."),
            List.of("How do I deploy the service to production?", "What are the steps to release this service to production?"),
            List.of("The cat is sleeping on the sofa.", "A kitten naps on the couch."),
            List.of("Find documents about vector databases", "search for articles on embedding stores"),
            List.of("What's the weather like in Paris today?", "Is it raining in Paris right now?"));

    @Test
    void fp32HelloWorldMatchesTheReferenceModel() {
        float[] v = TestModels.FP32.embed("hello world");
        assertThat(v).hasSize(384);
        // sentence-transformers / LangChain4j AllMiniLmL6V2EmbeddingModel give [-0.03448, 0.03102, 0.00673, ...]
        assertThat(v[0]).isCloseTo(-0.03448f, within(1e-4f));
        assertThat(v[1]).isCloseTo(0.03102f, within(1e-4f));
        assertThat(v[2]).isCloseTo(0.00673f, within(1e-4f));
    }

    @Test
    void paraphrasesScoreAboveUnrelatedPairs() {
        for (MiniLmEmbedder embedder : List.of(TestModels.FP32, TestModels.INT8)) {
            List<float[]> a = embedder.embedAll(PARAPHRASES.stream().map(p -> p.get(0)).toList());
            List<float[]> b = embedder.embedAll(PARAPHRASES.stream().map(p -> p.get(1)).toList());
            for (int i = 0; i < PARAPHRASES.size(); i++) {
                double paraphrase = cosine(a.get(i), b.get(i));
                for (int j = 0; j < PARAPHRASES.size(); j++) {
                    if (j != i) {
                        assertThat(paraphrase).as("%s: %s vs %s", embedder.fingerprint(), PARAPHRASES.get(i),
                                PARAPHRASES.get(j).get(1)).isGreaterThan(cosine(a.get(i), b.get(j)) + 0.1);
                    }
                }
            }
        }
    }

    @Test
    void aBatchGivesTheSameVectorsAsSingleCalls() {
        List<String> texts = mixedLengths();
        for (int batchSize : new int[] {3, 32}) {
            // a generous token budget so the texts really share passes
            MiniLmEmbedder batched = new MiniLmEmbedder(TestModels.config(MiniLmVariant.FP32)
                    .withBatchLimits(batchSize, 100_000));
            List<float[]> all = batched.embedAll(texts);
            for (int i = 0; i < texts.size(); i++) {
                assertThat(cosine(all.get(i), TestModels.FP32.embed(texts.get(i)))).as("batch %s, text %s", batchSize, i)
                        .isGreaterThanOrEqualTo(0.99999);
            }
        }
    }

    @Test
    void int8RunsOneTextPerPassSoBatchesAreExact() {
        List<String> texts = mixedLengths();
        List<float[]> all = TestModels.INT8.embedAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(all.get(i)).containsExactly(TestModels.INT8.embed(texts.get(i)));
        }
    }

    @Test
    void int8BatchingIsAnApproximationWithItsOwnFingerprint() {
        MiniLmEmbedder batching = new MiniLmEmbedder(TestModels.config(MiniLmVariant.INT8).withInt8Batching(true));
        assertThat(batching.fingerprint()).isEqualTo("minilm/int8/batched");
        List<String> texts = mixedLengths();
        List<float[]> all = batching.embedAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(cosine(all.get(i), TestModels.INT8.embed(texts.get(i)))).as(texts.get(i)).isGreaterThan(0.95);
        }
    }

    @Test
    void int8IsCloseToFp32() {
        List<String> texts = new ArrayList<>(mixedLengths());
        PARAPHRASES.forEach(texts::addAll);
        List<float[]> fp32 = TestModels.FP32.embedAll(texts);
        List<float[]> int8 = TestModels.INT8.embedAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(cosine(fp32.get(i), int8.get(i))).as(texts.get(i)).isGreaterThanOrEqualTo(0.98);
        }
    }

    @Test
    void threadSettingsDoNotChangeVectors() {
        // a private registry, so this load really uses one spinning thread
        MiniLmEmbedder oneThread = new MiniLmEmbedder(TestModels.config(MiniLmVariant.INT8).withThreads(1, true),
                new ModelRegistry());
        for (String text : mixedLengths()) {
            assertThat(cosine(oneThread.embed(text), TestModels.INT8.embed(text))).as(text).isGreaterThan(0.99999);
        }
    }

    @Test
    void fingerprintsNameTheVariant() {
        assertThat(TestModels.FP32.fingerprint()).isEqualTo("minilm/fp32");
        assertThat(TestModels.INT8.fingerprint()).isEqualTo("minilm/int8");
        assertThat(TestModels.FP32.dimension()).isEqualTo(384);
    }

    @Test
    void longInputIsTruncatedToTheFirstTokens() {
        // "word" is one token; 256 tokens = [CLS] + 254 words + [SEP]
        float[] huge = TestModels.FP32.embed("word ".repeat(200_000));
        float[] first254 = TestModels.FP32.embed("word ".repeat(254));
        assertThat(cosine(huge, first254)).isGreaterThanOrEqualTo(0.99999);
        assertThat(cosine(huge, TestModels.FP32.embed("word ".repeat(200)))).isLessThan(0.99999);
    }

    @Test
    void aSmallTokenLimitKeepsOnlyTheFirstWords() {
        MiniLmEmbedderConfig config = new MiniLmEmbedderConfig(MiniLmVariant.FP32, 6, 32, 256, 0, false, false,
                TestModels.CACHE_DIRECTORY);
        MiniLmEmbedder short6 = new MiniLmEmbedder(config);
        assertThat(short6.fingerprint()).isEqualTo("minilm/fp32/max6");
        float[] cut = short6.embed("the quick brown fox jumps over the lazy dog");
        float[] firstFour = TestModels.FP32.embed("the quick brown fox");
        assertThat(cosine(cut, firstFour)).isGreaterThanOrEqualTo(0.99999);
        // long text with punctuation and no spaces: the prefix cut happens at a punctuation boundary
        String dotted = "alpha.beta.gamma.delta.".repeat(50_000);
        assertThat(cosine(short6.embed(dotted), TestModels.FP32.embed("alpha.beta."))).isGreaterThanOrEqualTo(0.99999);
    }

    private static List<String> mixedLengths() {
        return List.of("hi", "",
                "What is the capital of France?",
                "A considerably longer sentence that talks about deploying services, rolling back releases and "
                        + "reading the logs when something goes wrong in production at night.",
                "calc 2+2",
                "note: buy milk",
                "The quick brown fox jumps over the lazy dog while the cat watches from the window sill.",
                "Ünïcödé and 東京 and 🎉",
                "search the knowledge base for anything about caching strategies");
    }
}
