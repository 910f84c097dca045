package com.example.unitconvert;

import io.hololoom.api.Tool;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.ToolProvider;

/**
 * The {@code unit-convert} tool. Listed in {@code META-INF/services/io.hololoom.api.plugin.ToolProvider}; HoloLoom
 * finds it there, in its own class loader, when the jar is in the plugin directory.
 */
public final class UnitConvertToolProvider implements ToolProvider {
    /** The tool's name: what users put into {@code hololoom.tools}. Never renamed. */
    public static final String NAME = "unit-convert";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Converts quantities between units of length, mass, time, temperature, volume, speed and data";
    }

    @Override
    public Tool create(PluginContext context) {
        return new UnitConvertTool(UnitConvertConfig.from(context.config()));
    }
}
