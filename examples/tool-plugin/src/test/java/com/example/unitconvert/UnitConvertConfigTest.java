package com.example.unitconvert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.HololoomException;
import io.hololoom.testkit.MapPluginConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnitConvertConfigTest {
    @Test
    void defaults() {
        MapPluginConfig config = MapPluginConfig.empty("tool", "unit-convert");
        assertThat(UnitConvertConfig.from(config).precision()).isEqualTo(6);
        assertThat(config.read()).containsExactly("precision");
    }

    @Test
    void explicitValues() {
        MapPluginConfig config = MapPluginConfig.of("tool", "unit-convert", Map.of("precision", "3"));
        assertThat(UnitConvertConfig.from(config).precision()).isEqualTo(3);
        assertThat(config.unread()).isEmpty();
    }

    @Test
    void badValuesAreConfigurationErrorsNamingTheKey() {
        for (String bad : new String[] {"0", "16", "six"}) {
            assertThatThrownBy(() -> UnitConvertConfig.from(MapPluginConfig.of("tool", "unit-convert",
                    Map.of("precision", bad)))).isInstanceOfSatisfying(HololoomException.class, e -> {
                        assertThat(e.category()).isEqualTo(HololoomException.Category.CONFIGURATION);
                        assertThat(e.getMessage()).startsWith("Invalid value [" + bad
                                + "] for [hololoom.tool.unit-convert.precision]: expected an integer in [1, 15]");
                    });
        }
    }
}
