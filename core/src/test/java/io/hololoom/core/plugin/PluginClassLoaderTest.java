package io.hololoom.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.Tool;
import io.hololoom.api.plugin.ToolProvider;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a plugin's class loader lets it see: the JDK, hololoom-api and its own jars, nothing of the host. */
class PluginClassLoaderTest {
    private static final Optional<ApiVersion> HOST = ApiVersion.parse("0.1.0-SNAPSHOT");

    @TempDir
    Path home;

    private Path plugins() {
        return home.resolve("plugins");
    }

    private PluginRegistry discover() {
        return PluginRegistry.discover(new ServicesClassLoader(home.resolve("cp"), Map.of()), plugins(), true, HOST);
    }

    @Test
    void aPluginSeesTheJdkAndTheApiButNoHostClass() {
        String[] probes = {"java.util.List", "java.sql.Connection", "javax.xml.parsers.DocumentBuilder",
            "io.hololoom.api.Tool", "io.hololoom.api.plugin.PluginContext", "io.hololoom.core.Hololoom",
            "io.hololoom.core.plugin.PluginRegistry", "com.google.inject.Guice", "org.h2.Driver",
            "org.assertj.core.api.Assertions", PluginClassLoaderTest.class.getName()};
        new TestJar("probe.jar").source("io.hololoom.testplugin.Probe", PluginSources.PROBE)
                .source("io.hololoom.testplugin.Provider", PluginSources.tool("io.hololoom.testplugin", "Provider",
                        "probe", PluginSources.visibility(probes)))
                .service(ToolProvider.class, "io.hololoom.testplugin.Provider").build(plugins());

        String seen = PluginDirectoryTest.run(discover().provider(Family.TOOL, "probe"));

        assertThat(seen.split(" ")).containsExactly("java.util.List=yes", "java.sql.Connection=yes",
                "javax.xml.parsers.DocumentBuilder=yes", "io.hololoom.api.Tool=yes",
                "io.hololoom.api.plugin.PluginContext=yes", "io.hololoom.core.Hololoom=no",
                "io.hololoom.core.plugin.PluginRegistry=no", "com.google.inject.Guice=no", "org.h2.Driver=no",
                "org.assertj.core.api.Assertions=no", PluginClassLoaderTest.class.getName() + "=no");
    }

    @Test
    void apiTypesAreTheHostsSoPluginsAndTheLoomAgree() throws Exception {
        new TestJar("greeter.jar").source("com.acme.Provider", PluginSources.tool("com.acme", "Provider", "greeter",
                "\"hi\"")).service(ToolProvider.class, "com.acme.Provider").build(plugins());
        PluginInfo info = discover().plugins(Family.TOOL).get(0);
        ClassLoader loader = info.provider().getClass().getClassLoader();

        assertThat(loader.loadClass(Tool.class.getName())).isSameAs(Tool.class);
        assertThat(loader.loadClass(ToolProvider.class.getName())).isSameAs(ToolProvider.class);
        assertThat(info.provider()).isInstanceOf(ToolProvider.class);
        assertThat(loader.getParent().getParent()).isSameAs(ClassLoader.getPlatformClassLoader());
        assertThatThrownBy(() -> loader.loadClass(PluginRegistry.class.getName()))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void twoPluginsMayBundleDifferentVersionsOfOneLibrary() {
        Path v1 = new TestJar("shared-lib-1.0.jar").apiVersion(null)
                .source("com.shared.Lib", PluginSources.constant("com.shared", "Lib", "1.0")).build(home.resolve("v1"));
        Path v2 = new TestJar("shared-lib-2.0.jar").apiVersion(null)
                .source("com.shared.Lib", PluginSources.constant("com.shared", "Lib", "2.0")).build(home.resolve("v2"));
        new TestJar("old.jar").compileAgainst(v1)
                .source("com.old.Provider", PluginSources.tool("com.old", "Provider", "old-user", "com.shared.Lib.value()"))
                .service(ToolProvider.class, "com.old.Provider").build(plugins().resolve("old-user"));
        new TestJar("new.jar").compileAgainst(v2)
                .source("com.fresh.Provider", PluginSources.tool("com.fresh", "Provider", "new-user",
                        "com.shared.Lib.value()"))
                .service(ToolProvider.class, "com.fresh.Provider").build(plugins().resolve("new-user"));
        copy(v1, plugins().resolve("old-user"));
        copy(v2, plugins().resolve("new-user"));

        PluginRegistry registry = discover();
        assertThat(PluginDirectoryTest.run(registry.provider(Family.TOOL, "old-user"))).isEqualTo("1.0");
        assertThat(PluginDirectoryTest.run(registry.provider(Family.TOOL, "new-user"))).isEqualTo("2.0");
        assertThat(registry.provider(Family.TOOL, "old-user").getClass().getClassLoader())
                .isNotSameAs(registry.provider(Family.TOOL, "new-user").getClass().getClassLoader());
    }

    @Test
    void aPluginSeesOnlyItsOwnServiceFilesAndResources() throws Exception {
        new TestJar("a.jar").source("com.a.Provider", PluginSources.tool("com.a", "Provider", "a", "\"a\""))
                .service(ToolProvider.class, "com.a.Provider").build(plugins());
        ClassLoader loader = discover().provider(Family.TOOL, "a").getClass().getClassLoader();

        assertThat(Collections.list(loader.getResources("META-INF/services/" + ToolProvider.class.getName())))
                .singleElement().asString().contains("a.jar");
        assertThat(loader.getResource("io/hololoom/core/defaults.properties")).isNull();
        assertThat(loader.getResource("java/lang/Object.class")).isNotNull();
        assertThat(loader.getResource("io/hololoom/api/Tool.class")).isNotNull();
        assertThat(loader.getResource("com/a/Provider.class")).asString().contains("a.jar");
    }

    @Test
    void theLoaderIsNamedAfterThePlugin() {
        new TestJar("named.jar").source("com.n.Provider", PluginSources.tool("com.n", "Provider", "named", "\"n\""))
                .service(ToolProvider.class, "com.n.Provider").build(plugins());
        assertThat(discover().provider(Family.TOOL, "named").getClass().getClassLoader().getName())
                .isEqualTo("plugin named.jar");
        assertThat(new PluginClassLoader("x", List.of(), Tool.class.getClassLoader()).getURLs()).isEmpty();
    }

    private static void copy(Path file, Path dir) {
        try {
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.copy(file, dir.resolve(file.getFileName()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
