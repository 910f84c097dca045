package io.hololoom.policy.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.HololoomException;
import io.hololoom.testkit.MapPluginConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NeuralPolicyConfigTest {
    @Test
    void defaults() {
        NeuralPolicyConfig config = NeuralPolicyConfig.from(settings(Map.of()), 17);
        assertThat(config).isEqualTo(NeuralPolicyConfig.defaults(17));
        assertThat(config.backend()).isEqualTo(NeuralPolicyConfig.DEFAULT_BACKEND);
        assertThat(config.hidden()).containsExactly(64, 64);
        assertThat(config.seed()).isEqualTo(17);
        assertThat(config.sizesConfigured()).isFalse();
    }

    @Test
    void explicitValues() {
        NeuralPolicyConfig config = NeuralPolicyConfig.from(settings(Map.of("backend", "JAVA",
                "hidden-sizes", "128, 128, 32", "seed", "-5", "observation-size", "400", "action-count", "5")), 17);
        assertThat(config).isEqualTo(new NeuralPolicyConfig(Backend.JAVA, List.of(128, 128, 32), -5, 400, 5));
        assertThat(config.sizesConfigured()).isTrue();
    }

    @Test
    void badValuesAreConfigurationErrorsNamingTheKey() {
        assertBad("backend", "torch", "hololoom.policy.neural.backend");
        assertBad("hidden-sizes", "64,x", "hololoom.policy.neural.hidden-sizes");
        assertBad("hidden-sizes", "0,64", "hololoom.policy.neural.hidden-sizes");
        assertBad("hidden-sizes", ",", "hololoom.policy.neural.hidden-sizes");
        assertBad("seed", "abc", "hololoom.policy.neural.seed");
        assertBad("observation-size", "-1", "hololoom.policy.neural.observation-size");
    }

    @Test
    void observationSizeWithoutActionCountIsAnError() {
        assertThatThrownBy(() -> NeuralPolicyConfig.from(settings(Map.of("observation-size", "4")), 1))
                .isInstanceOfSatisfying(HololoomException.class,
                        e -> assertThat(e.category()).isEqualTo(HololoomException.Category.CONFIGURATION))
                .hasMessageContaining("hololoom.policy.neural.action-count");
    }

    @Test
    void recordValidatesDirectConstruction() {
        assertThatThrownBy(() -> new NeuralPolicyConfig(Backend.JAVA, List.of(), 1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NeuralPolicyConfig(Backend.JAVA, List.of(4), 1, 3, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertBad(String key, String value, String fullKey) {
        assertThatThrownBy(() -> NeuralPolicyConfig.from(settings(Map.of(key, value)), 1))
                .isInstanceOfSatisfying(HololoomException.class,
                        e -> assertThat(e.category()).isEqualTo(HololoomException.Category.CONFIGURATION))
                .hasMessageContaining(fullKey);
    }

    /** The neural policy's settings ({@code hololoom.policy.neural.*}). */
    private static MapPluginConfig settings(Map<String, String> values) {
        return MapPluginConfig.of("policy", "neural", values);
    }
}
