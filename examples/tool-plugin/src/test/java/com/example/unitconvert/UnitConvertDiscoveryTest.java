package com.example.unitconvert;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.plugin.ToolProvider;
import io.hololoom.testkit.PluginDiscovery;
import org.junit.jupiter.api.Test;

/** ServiceLoader finds the provider through META-INF/services, and its name selects it. */
class UnitConvertDiscoveryTest {
    @Test
    void theProviderIsListedAndNamed() {
        assertThat(PluginDiscovery.find(ToolProvider.class, "unit-convert")).isInstanceOf(UnitConvertToolProvider.class);
    }
}
