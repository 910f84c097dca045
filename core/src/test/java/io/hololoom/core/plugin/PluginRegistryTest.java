package io.hololoom.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.api.plugin.PolicyProvider;
import io.hololoom.api.plugin.RewardFunctionProvider;
import io.hololoom.api.plugin.ToolProvider;
import io.hololoom.core.cache.CaffeineCacheProvider;
import io.hololoom.core.reward.RewardProviders;
import io.hololoom.core.testing.FastTempDir;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginRegistryTest {
    private final PluginRegistry registry = PluginRegistry.discover(getClass().getClassLoader());

    @TempDir(factory = FastTempDir.class)
    Path dir;

    private PluginRegistry discoverPolicies(boolean strict, String... classNames) {
        ClassLoader loader = new ServicesClassLoader(dir, Map.of(PolicyProvider.class, List.of(classNames)));
        return PluginRegistry.discover(List.of(loader), strict);
    }

    private static String odd(String simpleName) {
        return OddProviders.class.getName() + "$" + simpleName;
    }

    @Test
    void discoversCoreBuiltInsAndTheTestPlugins() {
        assertThat(registry.names(Family.CACHE)).containsExactly("caffeine", "lru-ttl", "none");
        assertThat(registry.names(Family.REWARD)).contains("weighted", "outcome", "shaped", "test-nan");
        assertThat(registry.names(Family.EMBEDDER)).containsExactly("test-embedder");
        assertThat(registry.names(Family.POLICY)).contains("test-fixed", "test-linear");
        assertThat(registry.names(Family.TOOL)).contains("test-echo", "test-slow", "test-throw", "test-null",
                "test-huge", "test-note", "answer", "calc");
        assertThat(registry.names(Family.TRAINER)).containsExactly("test-trainer");
        assertThat(registry.names(Family.ENVIRONMENT)).isEmpty();
        assertThat(registry.problems()).isEmpty();
    }

    @Test
    void recordsClassLocationAndDescription() {
        PluginInfo caffeine = registry.plugins(Family.CACHE).get(0);
        assertThat(caffeine.name()).isEqualTo("caffeine");
        assertThat(caffeine.family()).isEqualTo(Family.CACHE);
        assertThat(caffeine.className()).isEqualTo(CaffeineCacheProvider.class.getName());
        assertThat(caffeine.location()).isEqualTo(PluginRegistry.locationOf(CaffeineCacheProvider.class))
                .doesNotStartWith("file:").isNotEqualTo("unknown");
        assertThat(caffeine.description()).isEqualTo("Caffeine W-TinyLFU with expire-after-write (default)");
        assertThat(caffeine.provider()).isInstanceOf(CaffeineCacheProvider.class);
        assertThat(registry.provider(Family.REWARD, "weighted")).isInstanceOf(RewardProviders.Weighted.class);
        assertThat(registry.contains(Family.CACHE, "none")).isTrue();
        assertThat(registry.contains(Family.CACHE, "nope")).isFalse();
        assertThat(registry.all()).hasSize(Arrays.stream(Family.values()).mapToInt(f -> registry.names(f).size()).sum())
                .extracting(PluginInfo::name).contains("caffeine", "weighted", "test-echo");
        assertThat(PluginRegistry.locationOf(String.class)).isEqualTo("unknown");
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        assertThatThrownBy(() -> registry.provider(Family.POLICY, "x"))
                .isInstanceOfSatisfying(HololoomException.class, e -> {
                    assertThat(e.category()).isEqualTo(Category.PLUGIN);
                    assertThat(e.getMessage()).isEqualTo("Unknown policy [x]; known policies ["
                            + String.join(", ", registry.names(Family.POLICY))
                            + "]. Install the jar that provides it or pick a known name.");
                });
        assertThatThrownBy(() -> registry.provider(Family.CACHE, "redis"))
                .hasMessageStartingWith("Unknown cache [redis]; known caches [caffeine, lru-ttl, none].");
        assertThatThrownBy(() -> registry.provider(Family.REWARD, "r"))
                .hasMessageStartingWith("Unknown reward [r]; known reward functions [");
    }

    @Test
    void aDuplicateNameIsFatalAndNamesBothProviders() {
        assertThatThrownBy(() -> discoverPolicies(false, odd("DupA"), odd("DupB")))
                .isInstanceOfSatisfying(HololoomException.class, e -> {
                    assertThat(e.category()).isEqualTo(Category.PLUGIN);
                    String where = PluginRegistry.locationOf(OddProviders.DupA.class);
                    assertThat(e.getMessage()).isEqualTo("Duplicate policy plugin name [dup]: provided by ["
                            + odd("DupA") + "] in [" + where + "] and by [" + odd("DupB") + "] in [" + where
                            + "]. Remove one of the jars or rename one plugin.");
                });
    }

    @Test
    void aProviderThatCannotBeLoadedIsAProblemWhenLenientAndFatalWhenStrict() {
        PluginRegistry lenient = discoverPolicies(false, "io.hololoom.nowhere.MissingProvider", odd("Good"));
        assertThat(lenient.names(Family.POLICY)).containsExactly("good");
        assertThat(lenient.plugins(Family.POLICY).get(0).description()).isEqualTo("a good one");
        assertThat(lenient.problems()).singleElement().asString()
                .startsWith("Cannot load a policy plugin: ")
                .contains("io.hololoom.nowhere.MissingProvider")
                .endsWith("Remove or fix the jar that lists it in META-INF/services/" + PolicyProvider.class.getName());

        assertThatThrownBy(() -> discoverPolicies(true, "io.hololoom.nowhere.MissingProvider", odd("Good")))
                .isInstanceOfSatisfying(HololoomException.class, e -> {
                    assertThat(e.category()).isEqualTo(Category.PLUGIN);
                    assertThat(e.getMessage()).contains("io.hololoom.nowhere.MissingProvider");
                });
    }

    @Test
    void aThrowingConstructorIsAProblem() {
        PluginRegistry lenient = discoverPolicies(false, odd("ThrowingConstructor"), odd("Good"));
        assertThat(lenient.names(Family.POLICY)).containsExactly("good");
        assertThat(lenient.problems()).singleElement().asString().contains("ThrowingConstructor");
        assertThatThrownBy(() -> discoverPolicies(true, odd("ThrowingConstructor")))
                .isInstanceOf(HololoomException.class);
    }

    @Test
    void aProviderThatCannotNameItselfIsAProblemNamingItsClass() {
        PluginRegistry lenient = discoverPolicies(false, odd("ThrowingName"), odd("Good"));
        assertThat(lenient.names(Family.POLICY)).containsExactly("good");
        assertThat(lenient.problems()).singleElement().asString()
                .startsWith("The policy provider [" + odd("ThrowingName") + "] from [")
                .contains("failed to report its name: no name today");
        assertThatThrownBy(() -> discoverPolicies(true, odd("ThrowingName")))
                .isInstanceOf(HololoomException.class).hasMessageContaining("failed to report its name");
    }

    @Test
    void aThrowingDescriptionIsToleratedAsEmpty() {
        PluginRegistry r = discoverPolicies(true, odd("ThrowingDescription"));
        assertThat(r.plugins(Family.POLICY).get(0).description()).isEmpty();
    }

    @Test
    void anInvalidNameIsFatal() {
        assertThatThrownBy(() -> discoverPolicies(false, odd("BadName")))
                .isInstanceOfSatisfying(HololoomException.class, e -> {
                    assertThat(e.category()).isEqualTo(Category.PLUGIN);
                    assertThat(e.getMessage()).startsWith("Invalid policy plugin name [Bad_Name] from [")
                            .endsWith("names are lower-kebab-case, e.g. my-tool");
                });
    }

    @Test
    void theRegistryOnlySeesWhatItsLoaderLists() {
        PluginRegistry r = discoverPolicies(true, odd("Good"));
        assertThat(r.names(Family.POLICY)).containsExactly("good");
        assertThat(r.names(Family.CACHE)).isEmpty();
        assertThat(r.all()).hasSize(1);
    }

    @Test
    void familiesMapProviderTypesAndSettingsPrefixes() {
        assertThat(Family.of(ToolProvider.class)).isEqualTo(Family.TOOL);
        assertThat(Family.of(RewardFunctionProvider.class)).isEqualTo(Family.REWARD);
        assertThat(Family.POLICY.settingsPrefix("linucb")).isEqualTo("hololoom.policy.linucb.");
        assertThat(Family.TOOL.key()).isEqualTo("tool");
        assertThat(Family.REWARD.plural()).isEqualTo("reward functions");
        assertThatThrownBy(() -> Family.of(String.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.String");
    }

    @Test
    void aProviderSeenThroughTwoLoadersIsNotADuplicateOfItself() throws Exception {
        ClassLoader app = getClass().getClassLoader();
        try (java.net.URLClassLoader child = new java.net.URLClassLoader(new java.net.URL[0], app)) {
            PluginRegistry r = PluginRegistry.discover(List.of(app, child), true);
            assertThat(r.names(Family.CACHE)).containsExactly("caffeine", "lru-ttl", "none");
        }
    }
}
