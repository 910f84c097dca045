package io.hololoom.tool.calc;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.plugin.PluginConfig;

/**
 * Settings of the {@code calc} tool (keys {@code hololoom.tool.calc.*}).
 *
 * <p>Every limit exists to keep hostile input cheap: the text is measured before it is parsed, the parse is
 * bounded in depth and size, and numbers are bounded in magnitude so that BigDecimal arithmetic never runs away.
 *
 * @param maxLength longest query text the tool will look at, in characters ({@code max-length}, default 1000)
 * @param maxDepth deepest parenthesis nesting accepted ({@code max-depth}, default 50)
 * @param maxOperators most operators and function calls in one expression ({@code max-operators}, default 200);
 *     the evaluator recurses once per operator, so this bounds its stack use
 * @param precision significant digits of intermediate results ({@code precision}, default 34, i.e. decimal128)
 * @param maxExponent results and intermediate values must be smaller than {@code 1e<maxExponent>} in magnitude
 *     ({@code max-exponent}, default 100); smaller than {@code 1e-<maxExponent>} counts as zero
 * @param significantDigits how many significant digits a non-integer result is rounded to for display
 *     ({@code significant-digits}, default 10)
 */
public record CalcConfig(int maxLength, int maxDepth, int maxOperators, int precision, int maxExponent,
        int significantDigits) {

    public static final CalcConfig DEFAULTS = new CalcConfig(1000, 50, 200, 34, 100, 10);

    public CalcConfig {
        check("max-length", maxLength, 1, 100_000);
        check("max-depth", maxDepth, 1, 1000);
        check("max-operators", maxOperators, 1, 1000);
        check("precision", precision, 16, 200);
        check("max-exponent", maxExponent, 1, 10_000);
        check("significant-digits", significantDigits, 1, 30);
        if (significantDigits > precision) {
            throw new IllegalArgumentException("significant-digits [" + significantDigits
                    + "] must not exceed precision [" + precision + "]");
        }
    }

    /** Reads the settings; a bad value is a CONFIGURATION error naming the key. */
    public static CalcConfig from(PluginConfig config) {
        requireNonNull(config, "config is null");
        int precision = config.integer("precision", DEFAULTS.precision, 16, 200);
        int digits = config.integer("significant-digits", DEFAULTS.significantDigits, 1, 30);
        if (digits > precision) {
            throw config.invalid("significant-digits", Integer.toString(digits),
                    "an integer no larger than precision [" + precision + "]");
        }
        return new CalcConfig(
                config.integer("max-length", DEFAULTS.maxLength, 1, 100_000),
                config.integer("max-depth", DEFAULTS.maxDepth, 1, 1000),
                config.integer("max-operators", DEFAULTS.maxOperators, 1, 1000),
                precision,
                config.integer("max-exponent", DEFAULTS.maxExponent, 1, 10_000),
                digits);
    }

    private static void check(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(key + " must be in [" + min + ", " + max + "], was [" + value + "]");
        }
    }
}
