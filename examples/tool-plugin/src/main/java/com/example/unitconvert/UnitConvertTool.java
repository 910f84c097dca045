package com.example.unitconvert;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Tool;
import io.hololoom.api.ToolCall;
import io.hololoom.api.ToolResult;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts a quantity between units: "convert 10 km to miles" → {@code 10 km = 6.21371 mi}. Refuses (with a
 * reason that never repeats the query) when it finds no conversion or the units measure different things.
 * Pure, fast and thread-safe; its results may be cached.
 */
public final class UnitConvertTool implements Tool {
    private final UnitConvertConfig config;

    public UnitConvertTool(UnitConvertConfig config) {
        this.config = requireNonNull(config, "config is null");
    }

    @Override
    public ToolResult run(ToolCall call) {
        Optional<QuantityParser.Request> parsed = QuantityParser.parse(call.query());
        if (parsed.isEmpty()) {
            return ToolResult.refused("no unit conversion found; ask like 'convert 10 km to miles' or"
                    + " 'how many feet in 3 meters' (" + String.join(", ", Units.dimensions()) + ")");
        }
        QuantityParser.Request r = parsed.get();
        if (!r.from().dimension().equals(r.to().dimension())) {
            return ToolResult.refused("cannot convert " + r.from().dimension() + " [" + r.from().symbol() + "] to "
                    + r.to().dimension() + " [" + r.to().symbol() + "]");
        }
        double result = r.from().convert(r.value(), r.to());
        if (!Double.isFinite(result) || !Double.isFinite(r.value())) {
            return ToolResult.refused("the number is too large to convert");
        }
        String value = format(result);
        String output = format(r.value()) + " " + r.from().symbol() + " = " + value + " " + r.to().symbol();
        return ToolResult.ok(output, 1.0, List.of(), Map.of("value", value, "unit", r.to().symbol(),
                "from_value", format(r.value()), "from_unit", r.from().symbol(), "dimension", r.to().dimension()));
    }

    /** {@code precision} significant digits, no trailing zeros, plain unless very large or small. */
    String format(double v) {
        if (v == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(config.precision())).stripTrailingZeros();
        double abs = Math.abs(v);
        return abs >= 1e15 || abs < 1e-6 ? d.toString() : d.toPlainString();
    }

    @Override
    public boolean cacheable() {
        return true;
    }

    @Override
    public String description() {
        return "Converts quantities between units (e.g. 'convert 10 km to miles')";
    }
}
