package io.hololoom.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.api.Spacetime;
import io.hololoom.api.ToolResult;
import io.hololoom.api.plugin.ToolProvider;
import io.hololoom.core.Hololoom;
import io.hololoom.core.config.HololoomConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Hololoom#open(HololoomConfig)} with jars in {@code HOLOLOOM_HOME/plugins}: the loom routes to a
 * third-party tool exactly as to a built-in one, and a broken plugin is skipped or named.
 */
class PluginDirectoryLoomTest {
    @TempDir
    Path home;

    /** The core test plugins (test-embedder, test-fixed, test-echo) plus {@code tools}; the policy picks {@code pick}. */
    private HololoomConfig config(String tools, String pick, Map<String, String> more) {
        Map<String, String> flags = new LinkedHashMap<>();
        flags.put("hololoom.embedder", "test-embedder");
        flags.put("hololoom.policy", "test-fixed");
        flags.put("hololoom.policy.test-fixed.tool", pick);
        flags.put("hololoom.trainer", "test-trainer");
        flags.put("hololoom.tools", tools);
        flags.put("hololoom.policy.warm-start", "false");
        flags.put("hololoom.memory.builtin-corpus", "false");
        flags.putAll(more);
        return HololoomConfig.load(home, flags, Map.of());
    }

    private Path shout() {
        return new TestJar("shout.jar").source("com.acme.shout.Provider", PluginSources.tool("com.acme.shout", "Provider",
                "shout", "call.query().toUpperCase(java.util.Locale.ROOT) + \"!\""))
                .service(ToolProvider.class, "com.acme.shout.Provider").build(home.resolve("plugins"));
    }

    @Test
    void aToolFromThePluginDirectoryIsRoutedToAndAnswers() {
        Path jar = shout();
        try (Hololoom h = Hololoom.open(config("test-echo,shout", "shout", Map.of()))) {
            assertThat(h.registry().plugins(Family.TOOL)).filteredOn(p -> p.name().equals("shout")).singleElement()
                    .extracting(PluginInfo::location).isEqualTo(jar.toAbsolutePath().normalize().toString());
            Spacetime s = h.loom().weave("make some noise");
            assertThat(s.tool()).isEqualTo("shout");
            assertThat(s.status()).isEqualTo(ToolResult.Status.OK);
            assertThat(s.response()).isEqualTo("MAKE SOME NOISE!");
            assertThat(s.trace().probabilities()).containsOnlyKeys("test-echo", "shout");
        }
    }

    @Test
    void aBrokenPluginIsSkippedAndTheLoomStillServes() throws Exception {
        shout();
        Files.writeString(home.resolve("plugins/broken.jar"), "not a jar");
        try (Hololoom h = Hololoom.open(config("test-echo,shout", "shout", Map.of()))) {
            assertThat(h.registry().problems()).singleElement().asString().contains("broken.jar");
            assertThat(h.loom().weave("still here").response()).isEqualTo("STILL HERE!");
        }
        assertThatThrownBy(() -> Hololoom.open(config("test-echo,shout", "shout",
                Map.of("hololoom.plugins.strict", "true")))).isInstanceOfSatisfying(HololoomException.class, e -> {
                    assertThat(e.category()).isEqualTo(Category.PLUGIN);
                    assertThat(e.getMessage()).contains("broken.jar");
                });
    }

    @Test
    void aPluginThatCannotStartIsNamedWithItsJar() {
        Path lib = new TestJar("lib.jar").apiVersion(null)
                .source("com.lib.Helper", PluginSources.constant("com.lib", "Helper", "x")).build(home.resolve("lib"));
        Path jar = new TestJar("lonely.jar").compileAgainst(lib).source("com.lonely.Provider", """
                package com.lonely;
                public final class Provider implements io.hololoom.api.plugin.ToolProvider {
                    public String name() { return "lonely"; }
                    public io.hololoom.api.Tool create(io.hololoom.api.plugin.PluginContext c) {
                        String v = com.lib.Helper.value();
                        return call -> io.hololoom.api.ToolResult.ok(v, 1.0);
                    }
                }
                """).service(ToolProvider.class, "com.lonely.Provider").build(home.resolve("plugins"));
        try (Hololoom h = Hololoom.open(config("test-echo,lonely", "lonely", Map.of()))) {
            assertThatThrownBy(h::loom).isInstanceOfSatisfying(HololoomException.class, e -> {
                assertThat(e.category()).isEqualTo(Category.PLUGIN);
                assertThat(e.getMessage()).contains("[lonely]").contains(jar.toAbsolutePath().normalize().toString())
                        .contains("com/lib/Helper");
            });
        }
    }

    @Test
    void thePluginDirectoryKeysAreKnownToTheConfigurationCheck() throws Exception {
        Path elsewhere = Files.createDirectories(home.resolve("elsewhere"));
        try (Hololoom h = Hololoom.open(config("test-echo", "test-echo", Map.of("hololoom.plugins.dir",
                elsewhere.toString(), "hololoom.plugins.strict", "true")))) {
            assertThat(h.registry().pluginDirectory()).contains(elsewhere);
            assertThat(h.loom().weave("hello").tool()).isEqualTo("test-echo");
        }
    }
}
