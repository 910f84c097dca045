package io.hololoom.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.core.testing.FastTempDir;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HololoomConfigTest {
    @TempDir(factory = FastTempDir.class)
    Path home;

    private void writeFile(String content) throws IOException {
        Files.writeString(home.resolve(HololoomConfig.FILE_NAME), content, StandardCharsets.UTF_8);
    }

    @Test
    void builtInDefaultsAreLoadedAndMarkedAsDefaults() {
        HololoomConfig config = HololoomConfig.load(home, Map.of(), Map.of());
        assertThat(config.raw("hololoom.policy")).contains("linucb");
        assertThat(config.raw("hololoom.cache")).contains("caffeine");
        assertThat(config.raw("hololoom.query.max-length")).contains("4096");
        ConfigValue v = config.lookup("hololoom.reward").orElseThrow();
        assertThat(v.source()).isEqualTo(ConfigSource.DEFAULT);
        assertThat(v.origin()).isEqualTo("built-in");
        assertThat(config.explicit()).isEmpty();
        assertThat(config.raw("hololoom.no-such-key")).isEmpty();
        assertThat(HololoomConfig.defaults()).containsEntry("hololoom.embedder", "minilm")
                .containsEntry("hololoom.tools", "answer,search,calc,note,query");
    }

    @Test
    void laterLayersWinDefaultThenFileThenEnvironmentThenFlag() throws IOException {
        writeFile("hololoom.embedder=from-file\nhololoom.reward=from-file\nhololoom.cache=from-file\n");
        Map<String, String> env = Map.of("HOLOLOOM_REWARD", " from-env ", "HOLOLOOM_CACHE", "from-env",
                "UNRELATED", "x");
        HololoomConfig config = HololoomConfig.load(home, Map.of("hololoom.cache", "from-flag"), env);

        assertThat(config.lookup("hololoom.policy").orElseThrow())
                .isEqualTo(new ConfigValue("hololoom.policy", "linucb", ConfigSource.DEFAULT, "built-in"));
        assertThat(config.lookup("hololoom.embedder").orElseThrow()).isEqualTo(new ConfigValue("hololoom.embedder",
                "from-file", ConfigSource.FILE, home.resolve(HololoomConfig.FILE_NAME).toString()));
        assertThat(config.lookup("hololoom.reward").orElseThrow())
                .isEqualTo(new ConfigValue("hololoom.reward", "from-env", ConfigSource.ENVIRONMENT, "HOLOLOOM_REWARD"));
        assertThat(config.lookup("hololoom.cache").orElseThrow())
                .isEqualTo(new ConfigValue("hololoom.cache", "from-flag", ConfigSource.FLAG, "--set"));
    }

    @Test
    void resolvedReportsEverySourceSortedByKey() throws IOException {
        writeFile("hololoom.embedder = from-file  \n");
        HololoomConfig config = HololoomConfig.load(home, Map.of("hololoom.policy", "from-flag"),
                Map.of("HOLOLOOM_SEED", "7", "HOLOLOOM_POLICY", "ignored-under-flag"));
        Map<String, ConfigValue> resolved = config.resolved();

        assertThat(List.copyOf(resolved.keySet())).isSorted().containsAll(HololoomConfig.defaults().keySet());
        assertThat(resolved.get("hololoom.embedder").value()).isEqualTo("from-file");
        assertThat(resolved.get("hololoom.embedder").source()).isEqualTo(ConfigSource.FILE);
        assertThat(resolved.get("hololoom.seed").source()).isEqualTo(ConfigSource.ENVIRONMENT);
        assertThat(resolved.get("hololoom.seed").origin()).isEqualTo("HOLOLOOM_SEED");
        assertThat(resolved.get("hololoom.seed").value()).isEqualTo("7");
        assertThat(resolved.get("hololoom.policy").source()).isEqualTo(ConfigSource.FLAG);
        assertThat(resolved.get("hololoom.cache").source()).isEqualTo(ConfigSource.DEFAULT);
        assertThat(config.explicit()).containsOnlyKeys("hololoom.embedder", "hololoom.policy");
        assertThat(ConfigSource.ENVIRONMENT.label()).isEqualTo("environment");
    }

    @Test
    void resolvedIncludesPluginKeysOnceReadFromTheEnvironment() {
        HololoomConfig config = HololoomConfig.load(home, Map.of(), Map.of("HOLOLOOM_POLICY_LINUCB_ALPHA", "0.5"));
        assertThat(config.resolved()).doesNotContainKey("hololoom.policy.linucb.alpha");
        assertThat(config.view("hololoom.policy.linucb.").decimal("alpha", 1, 0, 10)).isEqualTo(0.5);
        assertThat(config.used()).contains("hololoom.policy.linucb.alpha");
        assertThat(config.resolved().get("hololoom.policy.linucb.alpha").source()).isEqualTo(ConfigSource.ENVIRONMENT);
    }

    @Test
    void environmentNamesAreUpperCaseWithUnderscores() {
        assertThat(HololoomConfig.environmentName("hololoom.policy")).isEqualTo("HOLOLOOM_POLICY");
        assertThat(HololoomConfig.environmentName("hololoom.policy.linucb.alpha"))
                .isEqualTo("HOLOLOOM_POLICY_LINUCB_ALPHA");
        assertThat(HololoomConfig.environmentName("hololoom.query.max-length")).isEqualTo("HOLOLOOM_QUERY_MAX_LENGTH");
        assertThat(HololoomConfig.environmentName("hololoom.tool.my-tool.api-url"))
                .isEqualTo("HOLOLOOM_TOOL_MY_TOOL_API_URL");
    }

    @Test
    void aMalformedFileIsAConfigurationErrorNamingTheFile() throws IOException {
        writeFile("hololoom.policy=\\u00zz\n");
        assertThatThrownBy(() -> HololoomConfig.load(home, Map.of(), Map.of()))
                .isInstanceOfSatisfying(HololoomException.class, e -> {
                    assertThat(e.category()).isEqualTo(Category.CONFIGURATION);
                    assertThat(e.getMessage()).contains("Cannot read configuration file [")
                            .contains(home.resolve(HololoomConfig.FILE_NAME).toString()).contains("Fix or remove the file");
                });
    }

    @Test
    void aFileKeyWithoutThePrefixIsRejectedNamingTheFile() throws IOException {
        writeFile("policy=linucb\n");
        assertThatThrownBy(() -> HololoomConfig.load(home, Map.of(), Map.of()))
                .isInstanceOfSatisfying(HololoomException.class, e -> {
                    assertThat(e.category()).isEqualTo(Category.CONFIGURATION);
                    assertThat(e.getMessage()).startsWith("Invalid configuration key [policy] in file ")
                            .contains(HololoomConfig.FILE_NAME).contains("e.g. hololoom.policy=linucb");
                });
    }

    @Test
    void malformedFlagKeysAreRejected() {
        for (String key : new String[] {"policy", "hololoom.", "hololoom.a b", "HOLOLOOM.policy", ""}) {
            assertThatThrownBy(() -> HololoomConfig.load(home, Map.of(key, "x"), Map.of()))
                    .as("key [%s]", key)
                    .isInstanceOfSatisfying(HololoomException.class, e -> {
                        assertThat(e.category()).isEqualTo(Category.CONFIGURATION);
                        assertThat(e.getMessage()).startsWith("Invalid configuration key [" + key + "] in --set");
                    });
        }
    }

    @Test
    void withAddsFlagsOnTopAndChecksTheirShape() {
        HololoomConfig base = HololoomConfig.load(home, Map.of("hololoom.policy", "a"), Map.of());
        HololoomConfig more = base.with(Map.of("hololoom.policy", "b", "hololoom.seed", "9"));
        assertThat(more.raw("hololoom.policy")).contains("b");
        assertThat(more.lookup("hololoom.seed").orElseThrow().origin()).isEqualTo("override");
        assertThat(base.raw("hololoom.policy")).contains("a");
        assertThat(more.home()).isEqualTo(home);
        assertThatThrownBy(() -> base.with(Map.of("seed", "1"))).isInstanceOf(HololoomException.class)
                .hasMessageContaining("Invalid configuration key [seed] in override");
    }

    @Test
    void coreViewReadsHololoomKeysAndRecordsThemAsUsed() {
        HololoomConfig config = HololoomConfig.load(home, Map.of("hololoom.train.every", "8"), Map.of());
        assertThat(config.core().prefix()).isEqualTo("hololoom.");
        assertThat(config.core().integer("train.every", 64, 1, 100)).isEqualTo(8);
        assertThat(config.used()).contains("hololoom.train.every");
    }
}
