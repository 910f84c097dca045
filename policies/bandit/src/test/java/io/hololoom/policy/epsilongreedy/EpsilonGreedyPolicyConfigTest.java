package io.hololoom.policy.epsilongreedy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.testkit.MapPluginConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EpsilonGreedyPolicyConfigTest {
    private static EpsilonGreedyPolicyConfig read(Map<String, String> values) {
        return EpsilonGreedyPolicyConfig.from(MapPluginConfig.of("policy", "epsilon-greedy", values));
    }

    @Test
    void defaults() {
        assertThat(read(Map.of())).isEqualTo(new EpsilonGreedyPolicyConfig(0.1, 1.0))
                .isEqualTo(EpsilonGreedyPolicyConfig.defaults());
    }

    @Test
    void explicitValuesAndEveryKeyIsRead() {
        MapPluginConfig config = MapPluginConfig.of("policy", "epsilon-greedy", Map.of("epsilon", "0.25",
                "initial-value", "0"));
        assertThat(EpsilonGreedyPolicyConfig.from(config)).isEqualTo(new EpsilonGreedyPolicyConfig(0.25, 0.0));
        assertThat(config.read()).containsExactlyInAnyOrder("epsilon", "initial-value");
    }

    @Test
    void badValuesAreConfigurationErrorsNamingTheKey() {
        for (Map<String, String> bad : List.of(Map.of("epsilon", "1.5"), Map.of("epsilon", "-0.1"),
                Map.of("epsilon", "often"), Map.of("initial-value", "2"))) {
            String key = bad.keySet().iterator().next();
            assertThatThrownBy(() -> read(bad))
                    .isInstanceOfSatisfying(HololoomException.class,
                            e -> assertThat(e.category()).isEqualTo(Category.CONFIGURATION))
                    .hasMessageContaining("hololoom.policy.epsilon-greedy." + key)
                    .hasMessageContaining("[" + bad.get(key) + "]");
        }
    }

    @Test
    void recordValidatesProgrammaticUse() {
        assertThatThrownBy(() -> new EpsilonGreedyPolicyConfig(Double.NaN, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("epsilon");
        assertThatThrownBy(() -> new EpsilonGreedyPolicyConfig(0.1, -3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initial value");
    }
}
