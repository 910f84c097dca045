package io.hololoom.tool.query;

import static io.hololoom.tool.testkit.ConfigAssertions.keysRead;
import static io.hololoom.tool.testkit.ConfigAssertions.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.testkit.MapPluginConfig;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryConfigTest {

    @Test
    void defaults() {
        assertThat(QueryConfig.from(MapPluginConfig.empty("tool", "query")))
                .isEqualTo(new QueryConfig(10, 100, 500, ZoneId.systemDefault()));
        assertThat(keysRead("query", QueryConfig::from)).containsExactlyInAnyOrder("list-limit", "snippet-chars",
                "max-query-chars", "zone");
    }

    @Test
    void explicitValues() {
        assertThat(QueryConfig.from(MapPluginConfig.of("tool", "query", Map.of("list-limit", "3", "snippet-chars", "50",
                "max-query-chars", "200", "zone", "Europe/Paris"))))
                .isEqualTo(new QueryConfig(3, 50, 200, ZoneId.of("Europe/Paris")));
        assertThat(QueryConfig.from(MapPluginConfig.of("tool", "query", Map.of("zone", "SYSTEM"))).zone())
                .isEqualTo(ZoneId.systemDefault());
        assertThat(QueryConfig.from(MapPluginConfig.of("tool", "query", Map.of("zone", "UTC"))).zone())
                .isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void badValuesAreConfigurationErrors() {
        rejects("query", QueryConfig::from, "list-limit", "0");
        rejects("query", QueryConfig::from, "snippet-chars", "1000");
        rejects("query", QueryConfig::from, "max-query-chars", "10");
        rejects("query", QueryConfig::from, "zone", "Mars/Olympus");
    }
}
