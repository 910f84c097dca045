package io.hololoom.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.plugin.CacheProvider;
import io.hololoom.api.plugin.ToolProvider;
import io.hololoom.core.cache.CaffeineCacheProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hololoom plugins --verify JAR}: what a jar provides, or why it fails, checked in isolation. */
class PluginVerifierTest {
    @TempDir
    Path dir;

    private final PluginRegistry builtIns = PluginRegistry.discover(getClass().getClassLoader());
    private final PluginRegistry nothing = PluginRegistry.discover(List.of(), false);

    @Test
    void aGoodJarReportsWhatItProvidesAndCreatesIt() {
        Path jar = new TestJar("greeter.jar")
                .source("com.acme.Provider", PluginSources.tool("com.acme", "Provider", "greeter", "\"hi\""))
                .service(ToolProvider.class, "com.acme.Provider").build(dir);

        PluginVerifier.Report report = PluginVerifier.verify(jar, builtIns);

        assertThat(report.ok()).isTrue();
        assertThat(report.problems()).isEmpty();
        assertThat(report.location()).isEqualTo(jar.toAbsolutePath().normalize());
        assertThat(report.declaredApi()).contains("0.1.0-SNAPSHOT");
        assertThat(report.hostApi()).isEqualTo(ApiVersion.host().map(ApiVersion::text));
        assertThat(report.provides()).singleElement().satisfies(p -> {
            assertThat(p.family()).isEqualTo(Family.TOOL);
            assertThat(p.name()).isEqualTo("greeter");
            assertThat(p.className()).isEqualTo("com.acme.Provider");
            assertThat(p.location()).isEqualTo(jar.toAbsolutePath().normalize().toString());
        });
        assertThat(report.created()).singleElement().asString().startsWith("tool [greeter]: created with default settings");
    }

    @Test
    void aPluginThatNeedsTheLoomsServicesIsNotCreatedButStillOk() {
        Path jar = new TestJar("memo.jar").source("com.memo.Provider", """
                package com.memo;
                public final class Provider implements io.hololoom.api.plugin.ToolProvider {
                    public String name() { return "memo"; }
                    public io.hololoom.api.Tool create(io.hololoom.api.plugin.PluginContext c) {
                        io.hololoom.api.memory.MemoryStore store = c.memory();
                        return call -> io.hololoom.api.ToolResult.ok(String.valueOf(store.size()), 1.0);
                    }
                }
                """).service(ToolProvider.class, "com.memo.Provider").build(dir);

        PluginVerifier.Report report = PluginVerifier.verify(jar, nothing);
        assertThat(report.ok()).isTrue();
        assertThat(report.created()).containsExactly("tool [memo]: not created here, it asks for the [MemoryStore]"
                + " service when it is created, which only a running loom has");
    }

    @Test
    void aMissingClassAtCreationIsReportedWithTheJarAndWhatToDo() {
        Path lib = new TestJar("lib.jar").apiVersion(null)
                .source("com.lib.Helper", PluginSources.constant("com.lib", "Helper", "x")).build(dir.resolve("lib"));
        Path jar = new TestJar("lonely.jar").compileAgainst(lib).source("com.lonely.Provider", """
                package com.lonely;
                public final class Provider implements io.hololoom.api.plugin.ToolProvider {
                    public String name() { return "lonely"; }
                    public io.hololoom.api.Tool create(io.hololoom.api.plugin.PluginContext c) {
                        String v = com.lib.Helper.value();
                        return call -> io.hololoom.api.ToolResult.ok(v, 1.0);
                    }
                }
                """).service(ToolProvider.class, "com.lonely.Provider").build(dir.resolve("plugins"));

        PluginVerifier.Report report = PluginVerifier.verify(jar, nothing);
        assertThat(report.ok()).isFalse();
        assertThat(report.provides()).extracting(PluginInfo::name).containsExactly("lonely");
        assertThat(report.problems()).singleElement().asString()
                .startsWith("Its tool plugin [lonely] from [" + jar.toAbsolutePath().normalize() + "] failed to start: "
                        + "java.lang.NoClassDefFoundError: com/lib/Helper")
                .contains("A class it needs is missing ([com.lib.Helper])");
    }

    @Test
    void aClashWithAnInstalledPluginIsAProblemNamingBoth() {
        Path jar = new TestJar("my-cache.jar").source("com.acme.cache.Provider", """
                package com.acme.cache;
                public final class Provider implements io.hololoom.api.plugin.CacheProvider {
                    public String name() { return "caffeine"; }
                    public io.hololoom.api.plugin.CacheFactory create(io.hololoom.api.plugin.PluginContext c) {
                        return null;
                    }
                }
                """).service(CacheProvider.class, "com.acme.cache.Provider").build(dir);

        PluginVerifier.Report report = PluginVerifier.verify(jar, builtIns);
        assertThat(report.ok()).isFalse();
        assertThat(report.problems()).hasSize(2);
        assertThat(report.problems().get(0)).isEqualTo("Its cache plugin [caffeine] clashes with ["
                + CaffeineCacheProvider.class.getName() + "] in [" + PluginRegistry.locationOf(CaffeineCacheProvider.class)
                + "], which is already installed; HoloLoom refuses to start with both. Rename the plugin (names are"
                + " public contract) or remove the other jar.");
        assertThat(report.problems().get(1)).isEqualTo("Its cache plugin [caffeine] created nothing: the provider's"
                + " create() must return an instance.");
    }

    @Test
    void aJarAlreadyInThePluginDirectoryDoesNotClashWithItself() {
        Path plugins = dir.resolve("plugins");
        Path jar = new TestJar("greeter.jar")
                .source("com.acme.Provider", PluginSources.tool("com.acme", "Provider", "greeter", "\"hi\""))
                .service(ToolProvider.class, "com.acme.Provider").build(plugins);
        PluginRegistry installed = PluginRegistry.discover(new ServicesClassLoader(dir.resolve("cp"), Map.of()), plugins,
                true);
        assertThat(installed.names(Family.TOOL)).containsExactly("greeter");
        assertThat(PluginVerifier.verify(jar, installed).ok()).isTrue();
        assertThat(PluginVerifier.verify(jar, installed).warnings()).isEmpty();

        // another copy of the same plugin (a newer build, say) is an upgrade, not a clash
        Path copy = dir.resolve("build/greeter.jar");
        try {
            Files.createDirectories(copy.getParent());
            Files.copy(jar, copy);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        PluginVerifier.Report upgrade = PluginVerifier.verify(copy, installed);
        assertThat(upgrade.ok()).isTrue();
        assertThat(upgrade.warnings()).singleElement().asString().isEqualTo("Its tool plugin [greeter] is already"
                + " installed from [" + jar.toAbsolutePath().normalize() + "]; replace that jar with this one rather"
                + " than adding a second copy (HoloLoom refuses to start with two plugins of one name).");
    }

    @Test
    void whatIsNotAPluginSaysWhy() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.jar"), "not a jar");
        PluginVerifier.Report broken = PluginVerifier.verify(text, nothing);
        assertThat(broken.ok()).isFalse();
        assertThat(broken.problems()).singleElement().asString().contains("is not a readable jar");

        PluginVerifier.Report missing = PluginVerifier.verify(dir.resolve("nope.jar"), nothing);
        assertThat(missing.problems()).singleElement().asString().startsWith("No plugin at [")
                .endsWith("]: expected a .jar file or a directory of jars");

        Path empty = new TestJar("empty.jar").source("com.e.E", "package com.e; public class E {}").build(dir);
        assertThat(PluginVerifier.verify(empty, nothing).problems()).singleElement().asString()
                .contains("provides no plugins");

        Path future = new TestJar("future.jar").apiVersion("7.0.0")
                .source("com.f.Provider", PluginSources.tool("com.f", "Provider", "future", "\"f\""))
                .service(ToolProvider.class, "com.f.Provider").build(dir);
        PluginVerifier.Report report = PluginVerifier.verify(future, nothing);
        assertThat(report.declaredApi()).contains("7.0.0");
        if (ApiVersion.host().isPresent()) {
            assertThat(report.problems()).singleElement().asString().contains("built against hololoom-api [7.0.0]");
        }
    }
}
