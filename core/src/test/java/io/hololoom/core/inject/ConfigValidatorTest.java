package io.hololoom.core.inject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.core.Hololoom;
import io.hololoom.core.config.HololoomConfig;
import io.hololoom.core.plugin.PluginRegistry;
import io.hololoom.core.reward.WeightedRewardConfig;
import io.hololoom.core.testing.FastTempDir;
import io.hololoom.core.testing.TestHololoom;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigValidatorTest {
    private static final PluginRegistry REGISTRY = TestHololoom.registry();

    @TempDir(factory = FastTempDir.class)
    Path home;

    @Test
    void knownAndDefaultKeysPass() {
        HololoomConfig config = HololoomConfig.load(home, Map.of("hololoom.policy", "x", "hololoom.seed", "1"), Map.of());
        assertThatCode(() -> ConfigValidator.check(config, REGISTRY, Set.of())).doesNotThrowAnyException();
    }

    @Test
    void anUnknownCoreKeyIsAnErrorWithASuggestionAndItsSource() {
        HololoomConfig config = HololoomConfig.load(home, Map.of("hololoom.polcy", "linucb"), Map.of());
        assertThatThrownBy(() -> ConfigValidator.check(config, REGISTRY, Set.of()))
                .isInstanceOfSatisfying(HololoomException.class, e -> {
                    assertThat(e.category()).isEqualTo(Category.CONFIGURATION);
                    assertThat(e.getMessage()).isEqualTo("Unknown configuration key [hololoom.polcy] (from flag --set);"
                            + " did you mean [hololoom.policy]? Run 'hololoom config' to see the known keys.");
                });
    }

    @Test
    void unknownKeysWithoutCreatingPluginsLeavesPluginPrefixesToThePlugins() {
        HololoomConfig config = HololoomConfig.load(home, Map.of("hololoom.polcy", "linucb", "hololoom.seed", "1",
                "hololoom.trainer.test-trainer.batch-size", "5", "hololoom.trainer.test-trainer.nonsense", "5"),
                Map.of());
        Map<String, String> unknown = ConfigValidator.unknownKeys(config, REGISTRY);
        assertThat(unknown).containsOnlyKeys("hololoom.polcy");
        assertThat(unknown.get("hololoom.polcy")).isEqualTo("Unknown configuration key [hololoom.polcy] (from flag"
                + " --set); did you mean [hololoom.policy]?");
    }

    @Test
    void anUnknownKeyInTheFileNamesTheFile() throws IOException {
        Files.writeString(home.resolve(HololoomConfig.FILE_NAME), "hololoom.cache.result.sise=10\n");
        HololoomConfig config = HololoomConfig.load(home, Map.of(), Map.of());
        assertThatThrownBy(() -> ConfigValidator.check(config, REGISTRY, Set.of()))
                .hasMessageContaining("Unknown configuration key [hololoom.cache.result.sise] (from file "
                        + home.resolve(HololoomConfig.FILE_NAME) + ")")
                .hasMessageContaining("did you mean [hololoom.cache.result.size]?");
    }

    @Test
    void anUnknownKeyWithoutASuggestionReadsAsASentence() {
        HololoomConfig config = HololoomConfig.load(home, Map.of("hololoom.zzzzzzzzzzzzzzzz", "1"), Map.of());
        assertThatThrownBy(() -> ConfigValidator.check(config, REGISTRY, Set.of()))
                .hasMessage("Unknown configuration key [hololoom.zzzzzzzzzzzzzzzz] (from flag --set). Run 'hololoom"
                        + " config' to see the known keys.");
    }

    @Test
    void everyUnknownKeyIsListed() {
        HololoomConfig config = HololoomConfig.load(home, Map.of("hololoom.aaa", "1", "hololoom.bbb", "2"), Map.of());
        assertThatThrownBy(() -> ConfigValidator.check(config, REGISTRY, Set.of()))
                .hasMessageContaining("[hololoom.aaa]").hasMessageContaining("[hololoom.bbb]");
    }

    @Test
    void anUnusedSettingOfACreatedPluginIsAnErrorWithASuggestion() {
        String prefix = "hololoom.reward.weighted.";
        HololoomConfig config = HololoomConfig.load(home, Map.of(prefix + "confidnce", "0.5"), Map.of());
        WeightedRewardConfig.from(config.view(prefix));
        assertThatThrownBy(() -> ConfigValidator.check(config, REGISTRY, Set.of(prefix)))
                .isInstanceOfSatisfying(HololoomException.class, e -> {
                    assertThat(e.category()).isEqualTo(Category.CONFIGURATION);
                    assertThat(e.getMessage()).startsWith("Unknown setting [hololoom.reward.weighted.confidnce] (from"
                            + " flag --set); did you mean [hololoom.reward.weighted.confidence]?; known settings [")
                            .contains("hololoom.reward.weighted.budget").contains("hololoom.reward.weighted.warning");
                });
    }

    @Test
    void aSettingOfAPluginThatReadsNoneSaysSo() {
        HololoomConfig config = HololoomConfig.load(home, Map.of("hololoom.cache.caffeine.size", "5"), Map.of());
        assertThatThrownBy(() -> ConfigValidator.check(config, REGISTRY, Set.of("hololoom.cache.caffeine.")))
                .hasMessageContaining("Unknown setting [hololoom.cache.caffeine.size]")
                .hasMessageContaining("this plugin reads no settings");
    }

    @Test
    void settingsOfKnownPluginsThatWereNotCreatedAreAccepted() {
        HololoomConfig config = HololoomConfig.load(home, Map.of("hololoom.reward.outcome.whatever", "1"), Map.of());
        assertThatCode(() -> ConfigValidator.check(config, REGISTRY, Set.of("hololoom.reward.weighted.")))
                .doesNotThrowAnyException();
        assertThat(ConfigValidator.pluginPrefix("hololoom.reward.outcome.whatever", REGISTRY))
                .isEqualTo("hololoom.reward.outcome.");
        assertThat(ConfigValidator.pluginPrefix("hololoom.reward.nobody.x", REGISTRY)).isNull();
        assertThat(ConfigValidator.pluginPrefix("hololoom.reward.outcome.", REGISTRY)).isNull();
    }

    @Test
    void openingTheLoomRejectsAMisspeltPluginSetting() {
        try (Hololoom h = TestHololoom.open(home, Map.of("hololoom.policy.test-fixed.tol", "test-echo"))) {
            assertThatThrownBy(h::loom).isInstanceOfSatisfying(HololoomException.class, e -> {
                assertThat(e.category()).isEqualTo(Category.CONFIGURATION);
                assertThat(e.getMessage()).contains("Unknown setting [hololoom.policy.test-fixed.tol]")
                        .contains("did you mean [hololoom.policy.test-fixed.tool]?");
            });
        }
    }

    @Test
    void openingTheLoomAcceptsSettingsThePluginsRead() {
        try (Hololoom h = TestHololoom.open(home, Map.of("hololoom.policy.test-fixed.tool", "test-echo",
                "hololoom.embedder.test-embedder.dimension", "16"))) {
            assertThat(h.loom().actions()).containsExactly("test-echo");
            assertThat(h.embedder().dimension()).isEqualTo(16);
        }
    }
}
