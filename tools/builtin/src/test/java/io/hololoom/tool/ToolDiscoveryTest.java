package io.hololoom.tool;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.Tool;
import io.hololoom.api.ToolResult;
import io.hololoom.api.plugin.ToolProvider;
import io.hololoom.tool.testkit.Fixture;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** ServiceLoader finds the five built-in tools, each name selects its tool, and each creates from a context. */
class ToolDiscoveryTest {

    private static Map<String, ToolProvider> byName() {
        Map<String, ToolProvider> providers = new TreeMap<>();
        for (ToolProvider p : ServiceLoader.load(ToolProvider.class)) {
            assertThat(providers.put(p.name(), p)).as("duplicate tool name [%s]", p.name()).isNull();
        }
        return providers;
    }

    @Test
    void serviceLoaderFindsAllFiveByName() {
        assertThat(byName().keySet()).containsExactly("answer", "calc", "note", "query", "search");
    }

    @Test
    void eachNameSelectsAWorkingTool() {
        Fixture fixture = new Fixture().withSampleData();
        Map<String, ToolProvider> providers = byName();
        Map<String, String> queries = Map.of("answer", "what is the staging server?", "calc", "what is 17 * 23?",
                "note", "remember that the build takes 4 minutes", "query", "how many notes do I have",
                "search", "staging server");
        for (var e : queries.entrySet()) {
            Tool tool = providers.get(e.getKey()).create(fixture.context(e.getKey(), Map.of()));
            ToolResult result = tool.run(fixture.call(e.getValue()));
            assertThat(result.isOk()).as("%s: %s", e.getKey(), result.reason()).isTrue();
        }
        Tool calc = providers.get("calc").create(fixture.context("calc", Map.of()));
        assertThat(calc.run(fixture.call("what is 17 * 23?")).output()).isEqualTo("391");
    }
}
