package io.hololoom.policy.linucb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.testkit.MapPluginConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinUcbPolicyConfigTest {
    private static LinUcbPolicyConfig read(Map<String, String> values) {
        return LinUcbPolicyConfig.from(MapPluginConfig.of("policy", "linucb", values));
    }

    @Test
    void defaults() {
        assertThat(read(Map.of())).isEqualTo(new LinUcbPolicyConfig(1.0, 1.0, 0.02, 2048))
                .isEqualTo(LinUcbPolicyConfig.defaults());
    }

    @Test
    void explicitValuesAndEveryKeyIsRead() {
        MapPluginConfig config = MapPluginConfig.of("policy", "linucb", Map.of("alpha", "0.3", "lambda", "2.5",
                "exploration-floor", "0", "max-dimension", "512"));
        assertThat(LinUcbPolicyConfig.from(config)).isEqualTo(new LinUcbPolicyConfig(0.3, 2.5, 0, 512));
        assertThat(config.read()).containsExactlyInAnyOrder("alpha", "lambda", "exploration-floor", "max-dimension");
    }

    @Test
    void badValuesAreConfigurationErrorsNamingTheKey() {
        for (Map<String, String> bad : List.of(Map.of("alpha", "-1"), Map.of("lambda", "0"),
                Map.of("exploration-floor", "0.9"), Map.of("max-dimension", "100000"), Map.of("alpha", "wide"))) {
            String key = bad.keySet().iterator().next();
            assertThatThrownBy(() -> read(bad))
                    .isInstanceOfSatisfying(HololoomException.class,
                            e -> assertThat(e.category()).isEqualTo(Category.CONFIGURATION))
                    .hasMessageContaining("hololoom.policy.linucb." + key)
                    .hasMessageContaining("[" + bad.get(key) + "]");
        }
    }

    @Test
    void recordValidatesProgrammaticUse() {
        assertThatThrownBy(() -> new LinUcbPolicyConfig(1, 0, 0.02, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lambda");
        assertThatThrownBy(() -> new LinUcbPolicyConfig(1, 1, 0.6, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exploration floor");
        assertThatThrownBy(() -> new LinUcbPolicyConfig(Double.NaN, 1, 0.02, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alpha");
    }
}
