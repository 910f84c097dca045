package com.example.unitconvert;

import static java.util.Objects.requireNonNull;

/**
 * A unit of measure: {@code base = value * factor + offset} in its dimension's base unit (metre, kilogram, second,
 * kelvin, litre, metre per second, byte).
 *
 * @param symbol how results show it, e.g. {@code km}
 * @param dimension e.g. {@code length}
 * @param factor multiplier to the base unit, positive
 * @param offset added after multiplying (non-zero only for temperatures)
 */
public record Unit(String symbol, String dimension, double factor, double offset) {
    public Unit {
        requireNonNull(symbol, "symbol is null");
        requireNonNull(dimension, "dimension is null");
        if (!(factor > 0) || !Double.isFinite(factor) || !Double.isFinite(offset)) {
            throw new IllegalArgumentException("unit [" + symbol + "] needs a positive finite factor");
        }
    }

    /** {@code value} of this unit in {@code target}. */
    public double convert(double value, Unit target) {
        requireNonNull(target, "target is null");
        if (!dimension.equals(target.dimension)) {
            throw new IllegalArgumentException("cannot convert " + dimension + " to " + target.dimension);
        }
        return (value * factor + offset - target.offset) / target.factor;
    }
}
