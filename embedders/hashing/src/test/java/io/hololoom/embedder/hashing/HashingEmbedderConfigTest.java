package io.hololoom.embedder.hashing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.testkit.MapPluginConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HashingEmbedderConfigTest {
    private static HashingEmbedderConfig read(Map<String, String> values) {
        return HashingEmbedderConfig.from(new MapPluginConfig("hololoom.embedder.hashing.", values));
    }

    @Test
    void defaults() {
        HashingEmbedderConfig c = read(Map.of());
        assertThat(c).isEqualTo(HashingEmbedderConfig.defaults());
        assertThat(c.dimension()).isEqualTo(384);
        assertThat(c.unigramWeight()).isEqualTo(1.0);
        assertThat(c.bigramWeight()).isEqualTo(0.7);
        assertThat(c.trigramWeight()).isEqualTo(0.4);
        assertThat(c.maxChars()).isEqualTo(100_000);
    }

    @Test
    void explicitValues() {
        HashingEmbedderConfig c = read(Map.of("dimension", "1024", "unigram-weight", "2", "bigram-weight", "0",
                "trigram-weight", "0.25", "max-chars", "5000"));
        assertThat(c).isEqualTo(new HashingEmbedderConfig(1024, 2, 0, 0.25, 5000));
        assertThat(new HashingEmbedder(c).dimension()).isEqualTo(1024);
    }

    @Test
    void readsEveryKeyItDocuments() {
        MapPluginConfig config = new MapPluginConfig("hololoom.embedder.hashing.", Map.of());
        HashingEmbedderConfig.from(config);
        assertThat(config.read()).containsExactlyInAnyOrder("dimension", "unigram-weight", "bigram-weight",
                "trigram-weight", "max-chars");
    }

    @Test
    void dimensionOutOfRangeIsAConfigurationError() {
        for (String bad : new String[] {"7", "8193", "-1", "big", "3.5"}) {
            assertThatThrownBy(() -> read(Map.of("dimension", bad)))
                    .isInstanceOfSatisfying(HololoomException.class,
                            e -> assertThat(e.category()).isEqualTo(Category.CONFIGURATION))
                    .hasMessageContaining("hololoom.embedder.hashing.dimension")
                    .hasMessageContaining("[" + bad + "]")
                    .hasMessageContaining("[8, 8192]");
        }
    }

    @Test
    void badWeightIsAConfigurationError() {
        assertThatThrownBy(() -> read(Map.of("bigram-weight", "-0.5")))
                .isInstanceOf(HololoomException.class)
                .hasMessageContaining("hololoom.embedder.hashing.bigram-weight");
        assertThatThrownBy(() -> read(Map.of("trigram-weight", "NaN")))
                .isInstanceOf(HololoomException.class)
                .hasMessageContaining("hololoom.embedder.hashing.trigram-weight");
    }

    @Test
    void allWeightsZeroIsAConfigurationError() {
        assertThatThrownBy(() -> read(Map.of("unigram-weight", "0", "bigram-weight", "0", "trigram-weight", "0")))
                .isInstanceOfSatisfying(HololoomException.class,
                        e -> assertThat(e.category()).isEqualTo(Category.CONFIGURATION))
                .hasMessageContaining("at least one");
    }

    @Test
    void maxCharsOutOfRangeIsAConfigurationError() {
        assertThatThrownBy(() -> read(Map.of("max-chars", "10")))
                .isInstanceOf(HololoomException.class)
                .hasMessageContaining("hololoom.embedder.hashing.max-chars");
    }

    @Test
    void recordValidatesProgrammaticUse() {
        assertThatThrownBy(() -> new HashingEmbedderConfig(4, 1, 1, 1, 1000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dimension");
        assertThatThrownBy(() -> new HashingEmbedderConfig(64, Double.NaN, 1, 1, 1000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unigram");
        assertThatThrownBy(() -> new HashingEmbedderConfig(64, 0, 0, 0, 1000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
    }
}
