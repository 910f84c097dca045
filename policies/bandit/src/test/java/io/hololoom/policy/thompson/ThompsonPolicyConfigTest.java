package io.hololoom.policy.thompson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.testkit.MapPluginConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThompsonPolicyConfigTest {
    private static ThompsonPolicyConfig read(Map<String, String> values) {
        return ThompsonPolicyConfig.from(MapPluginConfig.of("policy", "thompson", values));
    }

    @Test
    void defaults() {
        assertThat(read(Map.of())).isEqualTo(new ThompsonPolicyConfig(1, 1, 200))
                .isEqualTo(ThompsonPolicyConfig.defaults());
    }

    @Test
    void explicitValuesAndEveryKeyIsRead() {
        MapPluginConfig config = MapPluginConfig.of("policy", "thompson", Map.of("prior-alpha", "2", "prior-beta", "0.5",
                "samples", "1000"));
        assertThat(ThompsonPolicyConfig.from(config)).isEqualTo(new ThompsonPolicyConfig(2, 0.5, 1000));
        assertThat(config.read()).containsExactlyInAnyOrder("prior-alpha", "prior-beta", "samples");
    }

    @Test
    void badValuesAreConfigurationErrorsNamingTheKey() {
        for (Map<String, String> bad : List.of(Map.of("prior-alpha", "0"), Map.of("prior-beta", "-1"),
                Map.of("samples", "5"), Map.of("samples", "many"), Map.of("prior-alpha", "Infinity"))) {
            String key = bad.keySet().iterator().next();
            assertThatThrownBy(() -> read(bad))
                    .isInstanceOfSatisfying(HololoomException.class,
                            e -> assertThat(e.category()).isEqualTo(Category.CONFIGURATION))
                    .hasMessageContaining("hololoom.policy.thompson." + key)
                    .hasMessageContaining("[" + bad.get(key) + "]");
        }
    }

    @Test
    void recordValidatesProgrammaticUse() {
        assertThatThrownBy(() -> new ThompsonPolicyConfig(0, 1, 200)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("prior");
        assertThatThrownBy(() -> new ThompsonPolicyConfig(1, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("samples");
    }
}
