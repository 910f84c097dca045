package com.example.unitconvert;

import io.hololoom.api.plugin.PluginConfig;

/**
 * The settings of {@code unit-convert} (keys {@code hololoom.tool.unit-convert.*}).
 *
 * @param precision significant digits in answers, 1..15 (default 6)
 */
public record UnitConvertConfig(int precision) {
    public static final int DEFAULT_PRECISION = 6;

    public UnitConvertConfig {
        if (precision < 1 || precision > 15) {
            throw new IllegalArgumentException("precision must be in [1, 15], was [" + precision + "]");
        }
    }

    /**
     * Reads the settings; a bad value is a CONFIGURATION error naming the key.
     *
     * @throws io.hololoom.api.HololoomException (CONFIGURATION) for a bad value
     */
    public static UnitConvertConfig from(PluginConfig config) {
        return new UnitConvertConfig(config.integer("precision", DEFAULT_PRECISION, 1, 15));
    }
}
