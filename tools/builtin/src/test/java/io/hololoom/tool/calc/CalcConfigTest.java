package io.hololoom.tool.calc;

import static io.hololoom.tool.testkit.ConfigAssertions.keysRead;
import static io.hololoom.tool.testkit.ConfigAssertions.rejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.testkit.MapPluginConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalcConfigTest {

    @Test
    void defaults() {
        CalcConfig c = CalcConfig.from(MapPluginConfig.empty("tool", "calc"));
        assertThat(c).isEqualTo(CalcConfig.DEFAULTS);
        assertThat(c).isEqualTo(new CalcConfig(1000, 50, 200, 34, 100, 10));
        assertThat(keysRead("calc", CalcConfig::from)).containsExactlyInAnyOrder("max-length", "max-depth",
                "max-operators", "precision", "max-exponent", "significant-digits");
    }

    @Test
    void explicitValues() {
        CalcConfig c = CalcConfig.from(MapPluginConfig.of("tool", "calc", Map.of("max-length", "500", "max-depth", "10",
                "max-operators", "50", "precision", "20", "max-exponent", "30", "significant-digits", " 6 ")));
        assertThat(c).isEqualTo(new CalcConfig(500, 10, 50, 20, 30, 6));
    }

    @Test
    void badValuesAreConfigurationErrors() {
        rejects("calc", CalcConfig::from, "max-length", "0");
        rejects("calc", CalcConfig::from, "max-length", "lots");
        rejects("calc", CalcConfig::from, "max-depth", "-1");
        rejects("calc", CalcConfig::from, "max-operators", "0");
        rejects("calc", CalcConfig::from, "max-operators", "1001");
        rejects("calc", CalcConfig::from, "precision", "8");
        rejects("calc", CalcConfig::from, "max-exponent", "1e9");
        rejects("calc", CalcConfig::from, "significant-digits", "31");
        rejects("calc", c -> CalcConfig.from(MapPluginConfig.of("tool", "calc",
                Map.of("precision", "16", "significant-digits", "20"))), "significant-digits", "20");
    }

    @Test
    void recordValidatesDirectConstruction() {
        assertThatThrownBy(() -> new CalcConfig(0, 50, 200, 34, 100, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max-length");
        assertThatThrownBy(() -> new CalcConfig(1000, 50, 200, 16, 100, 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("significant-digits");
    }
}
