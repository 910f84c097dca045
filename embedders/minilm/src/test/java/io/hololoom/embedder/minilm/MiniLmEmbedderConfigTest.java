package io.hololoom.embedder.minilm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.testkit.MapPluginConfig;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading, defaults and validation of {@link MiniLmEmbedderConfig}. */
class MiniLmEmbedderConfigTest {
    private static final Path DATA = Path.of("some", "home");

    private static MiniLmEmbedderConfig read(Map<String, String> values) {
        return MiniLmEmbedderConfig.from(new MapPluginConfig("hololoom.embedder.minilm.", values), DATA);
    }

    @Test
    void defaults() {
        MiniLmEmbedderConfig c = read(Map.of());
        assertThat(c.variant()).isEqualTo(MiniLmEmbedderConfig.DEFAULT_VARIANT);
        assertThat(c.maxTokens()).isEqualTo(256);
        assertThat(c.batchSize()).isEqualTo(8);
        assertThat(c.batchTokens()).isEqualTo(256);
        assertThat(c.threads()).as("int8 runs one text per pass, passes side by side: one thread each").isOne();
        assertThat(c.spinning()).isFalse();
        assertThat(c.int8Batching()).isFalse();
        assertThat(c.cacheDirectory()).isEqualTo(DATA.resolve("minilm"));
        assertThat(c.fingerprint()).isEqualTo("minilm/" + MiniLmEmbedderConfig.DEFAULT_VARIANT.id());
        assertThat(MiniLmEmbedderConfig.defaults().withCacheDirectory(c.cacheDirectory())).isEqualTo(c);
    }

    @Test
    void explicitValues() {
        MiniLmEmbedderConfig c = read(Map.of("variant", "INT8", "max-tokens", "128", "batch-size", "16",
                "batch-tokens", "1000", "threads", "1", "spinning", "true", "int8-batching", "true",
                "cache-dir", "/var/cache/hl"));
        assertThat(c).isEqualTo(new MiniLmEmbedderConfig(MiniLmVariant.INT8, 128, 16, 1000, 1, true, true,
                Path.of("/var/cache/hl")));
        assertThat(c.fingerprint()).isEqualTo("minilm/int8/max128/batched");
        assertThat(c.effectiveBatchSize()).isEqualTo(16);
    }

    @Test
    void theDefaultThreadCountFollowsWhetherPassesAreBatched() {
        assertThat(read(Map.of("variant", "fp32")).threads()).isZero();
        assertThat(read(Map.of("variant", "fp32", "batch-size", "1")).threads()).isOne();
        assertThat(read(Map.of("int8-batching", "true")).threads()).isZero();
        assertThat(read(Map.of("int8-batching", "true", "batch-size", "1")).threads()).isOne();
        assertThat(read(Map.of("threads", "0")).threads()).as("explicit wins").isZero();
        assertThat(read(Map.of("variant", "fp32", "threads", "3")).threads()).isEqualTo(3);
    }

    @Test
    void everyKeyIsRead() {
        MapPluginConfig config = new MapPluginConfig("hololoom.embedder.minilm.", Map.of());
        MiniLmEmbedderConfig.from(config, DATA);
        assertThat(config.read()).containsExactlyInAnyOrder("variant", "max-tokens", "batch-size", "threads",
                "spinning", "int8-batching", "cache-dir", "batch-tokens");
    }

    @Test
    void int8RunsOneTextPerPassUnlessBatchingIsAllowed() {
        MiniLmEmbedderConfig int8 = MiniLmEmbedderConfig.defaults(MiniLmVariant.INT8);
        assertThat(int8.effectiveBatchSize()).isEqualTo(1);
        assertThat(int8.withInt8Batching(true).effectiveBatchSize()).isEqualTo(8);
        MiniLmEmbedderConfig fp32 = MiniLmEmbedderConfig.defaults(MiniLmVariant.FP32);
        assertThat(fp32.effectiveBatchSize()).isEqualTo(8);
        assertThat(int8.threads()).isOne();
        assertThat(fp32.threads()).as("fp32 batches: ONNX Runtime spreads each pass over the cores").isZero();
        // the flag means nothing for fp32, so it does not change the fingerprint
        assertThat(fp32.withInt8Batching(true).fingerprint()).isEqualTo("minilm/fp32");
    }

    @Test
    void badValuesAreConfigurationErrorsNamingTheKey() {
        assertBad(Map.of("variant", "fp16"), "hololoom.embedder.minilm.variant", "[fp32, int8]");
        assertBad(Map.of("max-tokens", "513"), "hololoom.embedder.minilm.max-tokens", "[2, 512]");
        assertBad(Map.of("max-tokens", "1"), "hololoom.embedder.minilm.max-tokens", "[2, 512]");
        assertBad(Map.of("batch-size", "0"), "hololoom.embedder.minilm.batch-size", "[1, 1024]");
        assertBad(Map.of("batch-tokens", "0"), "hololoom.embedder.minilm.batch-tokens", "[1, 1048576]");
        assertBad(Map.of("threads", "-1"), "hololoom.embedder.minilm.threads", "[0, 256]");
        assertBad(Map.of("threads", "many"), "hololoom.embedder.minilm.threads", "[0, 256]");
        assertBad(Map.of("spinning", "on"), "hololoom.embedder.minilm.spinning", "true or false");
        assertBad(Map.of("int8-batching", "yes"), "hololoom.embedder.minilm.int8-batching", "true or false");
        assertBad(Map.of("cache-dir", "bad\u0000path"), "hololoom.embedder.minilm.cache-dir", "directory");
    }

    @Test
    void theRecordValidatesToo() {
        assertThatThrownBy(() -> new MiniLmEmbedderConfig(MiniLmVariant.FP32, 600, 32, 256, 0, false, false, DATA))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max-tokens");
        assertThatThrownBy(() -> new MiniLmEmbedderConfig(MiniLmVariant.FP32, 256, 2000, 256, 0, false, false, DATA))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batch-size");
        assertThatThrownBy(() -> new MiniLmEmbedderConfig(MiniLmVariant.FP32, 256, 8, 0, 0, false, false, DATA))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batch-tokens");
        assertThatThrownBy(() -> new MiniLmEmbedderConfig(null, 256, 32, 256, 0, false, false, DATA))
                .isInstanceOf(NullPointerException.class).hasMessage("variant is null");
    }

    @Test
    void variantsParseIgnoringCase() {
        assertThat(MiniLmVariant.of(" Fp32 ")).isEqualTo(MiniLmVariant.FP32);
        assertThatThrownBy(() -> MiniLmVariant.of("q8")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown MiniLM variant [q8]; known variants [fp32, int8]");
    }

    private static void assertBad(Map<String, String> values, String key, String expected) {
        assertThatThrownBy(() -> read(values))
                .isInstanceOf(HololoomException.class)
                .satisfies(e -> assertThat(((HololoomException) e).category()).isEqualTo(Category.CONFIGURATION))
                .hasMessageContaining(key)
                .hasMessageContaining(expected);
    }
}
