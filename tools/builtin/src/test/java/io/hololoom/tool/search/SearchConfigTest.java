package io.hololoom.tool.search;

import static io.hololoom.tool.testkit.ConfigAssertions.keysRead;
import static io.hololoom.tool.testkit.ConfigAssertions.rejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.testkit.MapPluginConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchConfigTest {

    @Test
    void defaults() {
        assertThat(SearchConfig.from(MapPluginConfig.empty("tool", "search"))).isEqualTo(new SearchConfig(5, 200));
        assertThat(keysRead("search", SearchConfig::from)).containsExactlyInAnyOrder("k", "snippet-chars");
    }

    @Test
    void explicitValues() {
        assertThat(SearchConfig.from(MapPluginConfig.of("tool", "search", Map.of("k", "12", "snippet-chars", "80"))))
                .isEqualTo(new SearchConfig(12, 80));
    }

    @Test
    void badValuesAreConfigurationErrors() {
        rejects("search", SearchConfig::from, "k", "0");
        rejects("search", SearchConfig::from, "k", "101");
        rejects("search", SearchConfig::from, "k", "five");
        rejects("search", SearchConfig::from, "snippet-chars", "10");
        assertThatThrownBy(() -> new SearchConfig(0, 200)).isInstanceOf(IllegalArgumentException.class);
    }
}
