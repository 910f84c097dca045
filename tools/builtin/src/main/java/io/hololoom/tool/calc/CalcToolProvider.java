package io.hololoom.tool.calc;

import io.hololoom.api.Tool;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.ToolProvider;

/** Provides the {@code calc} tool; settings under {@code hololoom.tool.calc.} (see {@link CalcConfig}). */
public final class CalcToolProvider implements ToolProvider {

    public static final String NAME = "calc";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Tool create(PluginContext context) {
        return new CalcTool(CalcConfig.from(context.config()));
    }

    @Override
    public String description() {
        return "Arithmetic: evaluates expressions in words or symbols with EvalEx, safely bounded.";
    }
}
