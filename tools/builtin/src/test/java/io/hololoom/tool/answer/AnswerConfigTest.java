package io.hololoom.tool.answer;

import static io.hololoom.tool.testkit.ConfigAssertions.keysRead;
import static io.hololoom.tool.testkit.ConfigAssertions.rejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.testkit.MapPluginConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerConfigTest {

    @Test
    void defaults() {
        assertThat(AnswerConfig.from(MapPluginConfig.empty("tool", "answer")))
                .isEqualTo(new AnswerConfig(5, 3, 0.2, 0.5, 2000, 60));
        assertThat(keysRead("answer", AnswerConfig::from)).containsExactlyInAnyOrder("shards", "max-sentences",
                "min-score", "semantic-weight", "max-query-chars", "max-candidates");
    }

    @Test
    void explicitValues() {
        assertThat(AnswerConfig.from(MapPluginConfig.of("tool", "answer", Map.of("shards", "8", "max-sentences", "2",
                "min-score", "0.35", "semantic-weight", "0", "max-query-chars", "300", "max-candidates", "20"))))
                .isEqualTo(new AnswerConfig(8, 2, 0.35, 0.0, 300, 20));
    }

    @Test
    void badValuesAreConfigurationErrors() {
        rejects("answer", AnswerConfig::from, "shards", "0");
        rejects("answer", AnswerConfig::from, "max-sentences", "11");
        rejects("answer", AnswerConfig::from, "min-score", "1.5");
        rejects("answer", AnswerConfig::from, "min-score", "NaN");
        rejects("answer", AnswerConfig::from, "semantic-weight", "-0.1");
        rejects("answer", AnswerConfig::from, "max-query-chars", "5");
        rejects("answer", AnswerConfig::from, "max-candidates", "x");
        assertThatThrownBy(() -> new AnswerConfig(5, 3, Double.NaN, 0.5, 2000, 60))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min-score");
    }
}
