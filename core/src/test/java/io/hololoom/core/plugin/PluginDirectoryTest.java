package io.hololoom.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.api.Tool;
import io.hololoom.api.ToolCall;
import io.hololoom.api.plugin.CacheProvider;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.PluginProvider;
import io.hololoom.api.plugin.ToolProvider;
import io.hololoom.core.cache.CaffeineCacheProvider;
import io.hololoom.core.config.HololoomConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery from the plugin directory: what loads, what is skipped and what every message says. */
class PluginDirectoryTest {
    private static final Optional<ApiVersion> HOST = ApiVersion.parse("0.1.0-SNAPSHOT");

    @TempDir
    Path home;

    private Path plugins() {
        return home.resolve("plugins");
    }

    /** A class path that lists no plugins, so each test sees only its plugin directory. */
    private ClassLoader emptyClassPath() {
        return new ServicesClassLoader(home.resolve("empty-class-path"), Map.of());
    }

    private PluginRegistry discover(boolean strict) {
        return PluginRegistry.discover(emptyClassPath(), plugins(), strict, HOST);
    }

    private static TestJar toolJar(String file, String pkg, String name, String output) {
        return new TestJar(file).source(pkg + ".Provider", PluginSources.tool(pkg, "Provider", name, output))
                .service(ToolProvider.class, pkg + ".Provider");
    }

    static String run(PluginProvider<?> provider) {
        Tool tool = (Tool) provider.create(new NoContext());
        return tool.run(new ToolCall("st", "q", new float[0], List.of(), Duration.ofSeconds(1))).output();
    }

    @Test
    void aJarInThePluginDirectoryIsLoadedInItsOwnClassLoaderAndRecordedWithItsPath() {
        Path jar = toolJar("greeter.jar", "com.acme.greet", "greeter", "\"hello\"").build(plugins());
        PluginRegistry registry = discover(false);

        assertThat(registry.names(Family.TOOL)).containsExactly("greeter");
        PluginInfo info = registry.plugins(Family.TOOL).get(0);
        assertThat(info.location()).isEqualTo(jar.toAbsolutePath().normalize().toString());
        assertThat(info.className()).isEqualTo("com.acme.greet.Provider");
        assertThat(info.description()).isEqualTo("test plugin greeter");
        assertThat(info.provider().getClass().getClassLoader()).isInstanceOf(PluginClassLoader.class);
        assertThat(run(info.provider())).isEqualTo("hello");
        assertThat(registry.problems()).isEmpty();
        assertThat(registry.warnings()).isEmpty();
        assertThat(registry.pluginDirectory()).contains(plugins());
        assertThat(registry.bundles()).extracting(PluginBundle::displayName).containsExactly("greeter.jar");
    }

    @Test
    void builtInsComeFirstAndPluginsJoinThem() {
        toolJar("greeter.jar", "com.acme.greet", "greeter", "\"hello\"").build(plugins());
        PluginRegistry registry = PluginRegistry.discover(getClass().getClassLoader(), plugins(), false, HOST);
        assertThat(registry.names(Family.TOOL)).contains("greeter");
        assertThat(registry.names(Family.CACHE)).contains("caffeine", "lru-ttl", "none");
        assertThat(registry.provider(Family.CACHE, "caffeine")).isInstanceOf(CaffeineCacheProvider.class);
    }

    @Test
    void aMissingDirectoryHoldsNoPlugins() {
        PluginRegistry registry = discover(true);
        assertThat(registry.all()).isEmpty();
        assertThat(registry.problems()).isEmpty();
        assertThat(registry.pluginDirectory()).contains(plugins());
    }

    @Test
    void aSubdirectoryIsOnePluginWithPrivateDependencies() {
        Path lib = new TestJar("units-lib-1.0.jar").apiVersion(null)
                .source("com.units.Table", PluginSources.constant("com.units", "Table", "metric")).build(home.resolve("lib"));
        toolJar("units.jar", "com.acme.units", "units", "com.units.Table.value()").compileAgainst(lib)
                .build(plugins().resolve("units"));
        copy(lib, plugins().resolve("units/lib"));

        PluginRegistry registry = discover(true);
        PluginInfo info = registry.plugins(Family.TOOL).get(0);
        assertThat(info.location()).endsWith("units.jar");
        assertThat(run(info.provider())).isEqualTo("metric");
        assertThat(registry.bundles()).singleElement().satisfies(b -> {
            assertThat(b.displayName()).isEqualTo("units/");
            assertThat(b.jars()).extracting(p -> p.getFileName().toString())
                    .containsExactlyInAnyOrder("units.jar", "units-lib-1.0.jar");
        });
    }

    @Test
    void aMissingDependencyIsSkippedNamingTheJarAndWhatToDoAndTheRestStillLoad() {
        Path lib = new TestJar("base-lib.jar").apiVersion(null)
                .source("com.base.Base", "package com.base; public abstract class Base {}").build(home.resolve("lib"));
        // the provider extends a class of a library that is not installed next to it
        new TestJar("needy.jar").compileAgainst(lib)
                .source("com.acme.needy.Provider", """
                        package com.acme.needy;
                        public final class Provider extends com.base.Base implements io.hololoom.api.plugin.ToolProvider {
                            public String name() { return "needy"; }
                            public io.hololoom.api.Tool create(io.hololoom.api.plugin.PluginContext c) { return null; }
                        }
                        """).service(ToolProvider.class, "com.acme.needy.Provider").build(plugins());
        toolJar("zeta.jar", "com.acme.zeta", "zeta", "\"z\"").build(plugins());

        PluginRegistry registry = discover(false);
        assertThat(registry.names(Family.TOOL)).containsExactly("zeta");
        assertThat(registry.problems()).singleElement().asString()
                .startsWith("Cannot load a tool plugin from [" + plugins().resolve("needy.jar") + "]: ")
                .contains("com/base/Base")
                .contains("A class it needs is missing ([com.base.Base]): plugins see only the JDK and hololoom-api");
        assertThat(registry.bundles()).extracting(PluginBundle::displayName).containsExactly("zeta.jar");

        assertThatThrownBy(() -> discover(true)).isInstanceOfSatisfying(HololoomException.class, e -> {
            assertThat(e.category()).isEqualTo(Category.PLUGIN);
            assertThat(e.getMessage()).contains("needy.jar").contains("A class it needs is missing");
        });
    }

    @Test
    void aThrowingConstructorIsSkippedNamingTheJar() {
        new TestJar("grumpy.jar").source("com.acme.grumpy.Provider", """
                package com.acme.grumpy;
                public final class Provider implements io.hololoom.api.plugin.ToolProvider {
                    public Provider() { throw new IllegalStateException("no licence file"); }
                    public String name() { return "grumpy"; }
                    public io.hololoom.api.Tool create(io.hololoom.api.plugin.PluginContext c) { return null; }
                }
                """).service(ToolProvider.class, "com.acme.grumpy.Provider").build(plugins());
        toolJar("zeta.jar", "com.acme.zeta", "zeta", "\"z\"").build(plugins());

        PluginRegistry registry = discover(false);
        assertThat(registry.names(Family.TOOL)).containsExactly("zeta");
        assertThat(registry.problems()).singleElement().asString()
                .contains("grumpy.jar").contains("com.acme.grumpy.Provider").contains("no licence file")
                .endsWith("Its provider's constructor threw; providers need a public no-argument constructor that does"
                        + " no work (do the work in create()). Fix the plugin or remove it.");
    }

    @Test
    void aServicesFileNamingAMissingClassIsSkipped() {
        new TestJar("typo.jar").service(ToolProvider.class, "com.acme.Typo").build(plugins());
        PluginRegistry registry = discover(false);
        assertThat(registry.all()).isEmpty();
        assertThat(registry.problems()).singleElement().asString().contains("typo.jar").contains("com.acme.Typo")
                .endsWith("Its META-INF/services file lists a class that is not in the plugin; fix the services file.");
    }

    @Test
    void aNameClashWithABuiltInIsFatalEvenWhenLenientAndNamesBothJars() {
        Path jar = new TestJar("my-cache.jar").source("com.acme.cache.Provider", """
                package com.acme.cache;
                public final class Provider implements io.hololoom.api.plugin.CacheProvider {
                    public String name() { return "caffeine"; }
                    public io.hololoom.api.plugin.CacheFactory create(io.hololoom.api.plugin.PluginContext c) {
                        return null;
                    }
                }
                """).service(CacheProvider.class, "com.acme.cache.Provider").build(plugins());

        assertThatThrownBy(() -> PluginRegistry.discover(getClass().getClassLoader(), plugins(), false, HOST))
                .isInstanceOfSatisfying(HololoomException.class, e -> {
                    assertThat(e.category()).isEqualTo(Category.PLUGIN);
                    assertThat(e.getMessage()).isEqualTo("Duplicate cache plugin name [caffeine]: provided by ["
                            + CaffeineCacheProvider.class.getName() + "] in ["
                            + PluginRegistry.locationOf(CaffeineCacheProvider.class) + "] and by [com.acme.cache.Provider]"
                            + " in [" + jar.toAbsolutePath().normalize() + "]. Remove one of the jars or rename one plugin.");
                });
    }

    @Test
    void aNameClashBetweenTwoPluginsIsFatalAndNamesBothJars() {
        Path a = toolJar("a.jar", "com.a", "twin", "\"a\"").build(plugins());
        Path b = toolJar("b.jar", "com.b", "twin", "\"b\"").build(plugins());
        assertThatThrownBy(() -> discover(false)).isInstanceOf(HololoomException.class)
                .hasMessageStartingWith("Duplicate tool plugin name [twin]: provided by [com.a.Provider] in [" + a
                        + "] and by [com.b.Provider] in [" + b + "]");
    }

    @Test
    void aJarBuiltAgainstAnIncompatibleApiVersionIsSkippedWithTheVersions() {
        toolJar("future.jar", "com.future", "future", "\"f\"").apiVersion("2.3.0").build(plugins());
        toolJar("older.jar", "com.older", "older", "\"o\"").apiVersion("0.0.9").build(plugins());
        toolJar("patch.jar", "com.patch", "patch", "\"p\"").apiVersion("0.1.7").build(plugins());

        PluginRegistry registry = discover(false);
        assertThat(registry.names(Family.TOOL)).containsExactly("patch");
        assertThat(registry.problems()).hasSize(2);
        assertThat(registry.problems().get(0)).isEqualTo("The plugin [" + plugins().resolve("future.jar")
                + "] was built against hololoom-api [2.3.0], which this HoloLoom (hololoom-api [0.1.0-SNAPSHOT]) cannot"
                + " load: plugins must be built against hololoom-api 0.1.x. Rebuild it against hololoom-api"
                + " 0.1.0-SNAPSHOT, or remove it.");
        assertThat(registry.problems().get(1)).contains("older.jar").contains("[0.0.9]");

        assertThatThrownBy(() -> discover(true)).isInstanceOf(HololoomException.class).hasMessageContaining("future.jar");
    }

    @Test
    void anUnreadableVersionIsAProblemAndAMissingOneAWarning() {
        toolJar("odd.jar", "com.odd", "odd", "\"o\"").apiVersion("latest").build(plugins());
        toolJar("plain.jar", "com.plain", "plain", "\"p\"").apiVersion(null).build(plugins());

        PluginRegistry registry = discover(false);
        assertThat(registry.names(Family.TOOL)).containsExactly("plain");
        assertThat(registry.problems()).singleElement().asString().contains("odd.jar")
                .contains("unreadable hololoom-api version [latest]");
        assertThat(registry.warnings()).singleElement().asString().contains("plain.jar")
                .contains("does not say which hololoom-api it was built against (manifest attribute HoloLoom-Api-Version)");
    }

    @Test
    void withoutAKnownHostVersionPluginsLoadUnchecked() {
        toolJar("future.jar", "com.future", "future", "\"f\"").apiVersion("2.3.0").build(plugins());
        PluginRegistry registry = PluginRegistry.discover(emptyClassPath(), plugins(), true, Optional.empty());
        assertThat(registry.names(Family.TOOL)).containsExactly("future");
    }

    @Test
    void aJarCompiledAgainstAnOlderApiShapeIsReportedAsIncompatible() {
        // a stand-in for an old api in which providers had no name(): the plugin compiles, then fails to link
        Path oldApi = new TestJar("old-api.jar").withoutRealApi().apiVersion(null)
                .source("io.hololoom.api.Tool", "package io.hololoom.api; public interface Tool {}")
                .source("io.hololoom.api.plugin.PluginContext", "package io.hololoom.api.plugin; public interface PluginContext {}")
                .source("io.hololoom.api.plugin.PluginProvider",
                        "package io.hololoom.api.plugin; public interface PluginProvider<T> { T create(PluginContext c); }")
                .source("io.hololoom.api.plugin.ToolProvider", "package io.hololoom.api.plugin;"
                        + " public interface ToolProvider extends PluginProvider<io.hololoom.api.Tool> {}")
                .build(home.resolve("old"));
        new TestJar("stale.jar").withoutRealApi().compileAgainst(oldApi)
                .source("com.stale.Provider", """
                        package com.stale;
                        public final class Provider implements io.hololoom.api.plugin.ToolProvider {
                            public io.hololoom.api.Tool create(io.hololoom.api.plugin.PluginContext c) { return null; }
                        }
                        """).service(ToolProvider.class, "com.stale.Provider").build(plugins());

        PluginRegistry registry = discover(false);
        assertThat(registry.all()).isEmpty();
        assertThat(registry.problems()).singleElement().asString()
                .startsWith("The tool provider [com.stale.Provider] from [" + plugins().resolve("stale.jar")
                        + "] failed to report its name: ")
                .contains("AbstractMethodError")
                .contains("It was built against an incompatible hololoom-api");
    }

    @Test
    void brokenFilesAreProblemsAndStrayFilesWarnings() throws Exception {
        Files.createDirectories(plugins());
        Files.writeString(plugins().resolve("corrupt.jar"), "this is not a zip file");
        Files.writeString(plugins().resolve("README.txt"), "notes");
        Files.writeString(plugins().resolve(".hidden.jar"), "ignored");
        Files.createDirectories(plugins().resolve("empty-dir"));
        new TestJar("nothing.jar").source("com.n.N", "package com.n; public class N {}").build(plugins());
        toolJar("zeta.jar", "com.acme.zeta", "zeta", "\"z\"").build(plugins());

        PluginRegistry registry = discover(false);
        assertThat(registry.names(Family.TOOL)).containsExactly("zeta");
        assertThat(registry.problems()).hasSize(3);
        assertThat(registry.problems().get(0)).startsWith("The plugin [" + plugins().resolve("corrupt.jar")
                + "] is not a readable jar (").endsWith("); rebuild it or remove it from the plugin directory");
        assertThat(registry.problems().get(1)).isEqualTo("The plugin [" + plugins().resolve("empty-dir")
                + "] holds no .jar files; put the plugin jar and its dependencies in it, or remove the directory");
        assertThat(registry.problems().get(2)).startsWith("The plugin [" + plugins().resolve("nothing.jar")
                + "] provides no plugins: none of its jars has a META-INF/services/io.hololoom.api.plugin.<Family>Provider");
        assertThat(registry.warnings()).containsExactly("Ignored [" + plugins().resolve("README.txt")
                + "]: only .jar files and subdirectories of jars are plugins");

        assertThatThrownBy(() -> discover(true)).isInstanceOf(HololoomException.class).hasMessageContaining("corrupt.jar");
    }

    @Test
    void aBundledCopyOfTheApiIsIgnoredWithAWarning() {
        toolJar("units.jar", "com.acme.units", "units", "\"u\"").build(plugins().resolve("units"));
        new TestJar("hololoom-api-0.1.0-SNAPSHOT.jar").apiVersion(null)
                .source("io.hololoom.api.Stray", "package io.hololoom.api; public interface Stray {}")
                .build(plugins().resolve("units"));
        PluginRegistry registry = discover(true);
        assertThat(registry.names(Family.TOOL)).containsExactly("units");
        assertThat(registry.bundles().get(0).jars()).extracting(p -> p.getFileName().toString())
                .containsExactly("units.jar");
        assertThat(registry.warnings()).singleElement().asString().contains("hololoom-api-0.1.0-SNAPSHOT.jar")
                .contains("plugins always use the hololoom-api of the HoloLoom that loads them");
    }

    @Test
    void theConfigurationChoosesTheDirectoryAndStrictness() throws Exception {
        toolJar("greeter.jar", "com.acme.greet", "greeter", "\"hello\"").build(plugins());
        HololoomConfig defaults = HololoomConfig.load(home, Map.of(), Map.of());
        assertThat(PluginRegistry.directory(defaults)).isEqualTo(home.resolve("plugins").toAbsolutePath().normalize());
        assertThat(PluginRegistry.discover(defaults, emptyClassPath()).names(Family.TOOL)).containsExactly("greeter");

        Path elsewhere = Files.createDirectories(home.resolve("elsewhere"));
        HololoomConfig relative = HololoomConfig.load(home, Map.of("hololoom.plugins.dir", "elsewhere"), Map.of());
        assertThat(PluginRegistry.directory(relative)).isEqualTo(elsewhere.toAbsolutePath().normalize());
        assertThat(PluginRegistry.discover(relative, emptyClassPath()).all()).isEmpty();

        HololoomConfig fromEnvironment = HololoomConfig.load(home, Map.of(),
                Map.of("HOLOLOOM_PLUGINS_DIR", elsewhere.toString()));
        assertThat(PluginRegistry.directory(fromEnvironment)).isEqualTo(elsewhere.toAbsolutePath().normalize());

        HololoomConfig missing = HololoomConfig.load(home, Map.of("hololoom.plugins.dir", "/no/such/dir"), Map.of());
        assertThatThrownBy(() -> PluginRegistry.directory(missing)).isInstanceOfSatisfying(HololoomException.class, e -> {
            assertThat(e.category()).isEqualTo(Category.CONFIGURATION);
            assertThat(e.getMessage()).isEqualTo("The plugin directory [/no/such/dir] (hololoom.plugins.dir from flag"
                    + " --set) does not exist; create it or fix hololoom.plugins.dir");
        });

        Files.writeString(plugins().resolve("corrupt.jar"), "not a zip");
        assertThat(PluginRegistry.discover(defaults, emptyClassPath()).problems()).hasSize(1);
        HololoomConfig strict = HololoomConfig.load(home, Map.of("hololoom.plugins.strict", "true"), Map.of());
        assertThatThrownBy(() -> PluginRegistry.discover(strict, emptyClassPath()))
                .isInstanceOf(HololoomException.class).hasMessageContaining("corrupt.jar");
        HololoomConfig bad = HololoomConfig.load(home, Map.of("hololoom.plugins.strict", "maybe"), Map.of());
        assertThatThrownBy(() -> PluginRegistry.discover(bad, emptyClassPath()))
                .isInstanceOfSatisfying(HololoomException.class,
                        e -> assertThat(e.category()).isEqualTo(Category.CONFIGURATION))
                .hasMessageContaining("[hololoom.plugins.strict]");
    }

    @Test
    void aPluginDirectoryThatIsAFileIsAConfigurationError() throws Exception {
        Files.writeString(home.resolve("file"), "x");
        assertThatThrownBy(() -> PluginRegistry.discover(emptyClassPath(), home.resolve("file"), false, HOST))
                .isInstanceOfSatisfying(HololoomException.class,
                        e -> assertThat(e.category()).isEqualTo(Category.CONFIGURATION))
                .hasMessageContaining("is a file, not a directory");
    }

    private static void copy(Path file, Path dir) {
        try {
            Files.createDirectories(dir);
            Files.copy(file, dir.resolve(file.getFileName()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A context for plugins that read nothing. */
    static final class NoContext implements PluginContext {
        @Override
        public io.hololoom.api.plugin.PluginConfig config() {
            return new io.hololoom.api.plugin.PluginConfig() {
                @Override
                public String prefix() {
                    return "hololoom.tool.test.";
                }

                @Override
                public Optional<String> raw(String key) {
                    return Optional.empty();
                }
            };
        }

        @Override
        public long seed() {
            return 1;
        }

        @Override
        public Path dataDirectory() {
            return Path.of("target");
        }

        @Override
        public <S> S service(Class<S> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T plugin(Class<? extends PluginProvider<T>> family, String name) {
            throw new UnsupportedOperationException();
        }
    }
}
