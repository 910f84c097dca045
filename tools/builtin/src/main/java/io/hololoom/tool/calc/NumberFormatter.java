package io.hololoom.tool.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats a result the way a person writes it: {@code 391}, not {@code 391.0} or {@code 3.91E+2}.
 *
 * <p>Whole numbers of up to 21 digits are printed exactly. Everything else is rounded to the configured number
 * of significant digits with trailing zeros removed, printed plainly between {@code 1e-6} and {@code 1e21} and in
 * scientific notation ({@code 1.2676506E+30}) outside that range, the same thresholds JavaScript uses.
 */
final class NumberFormatter {

    private static final int MAX_PLAIN_INTEGER_DIGITS = 21;

    private NumberFormatter() {
    }

    static String format(BigDecimal value, int significantDigits) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        long exponent = MagnitudeGuard.exponent(stripped);
        if (stripped.scale() <= 0 && exponent < MAX_PLAIN_INTEGER_DIGITS) {
            return stripped.toPlainString();
        }
        BigDecimal rounded = stripped.round(new MathContext(significantDigits, RoundingMode.HALF_EVEN))
                .stripTrailingZeros();
        long roundedExponent = MagnitudeGuard.exponent(rounded);
        if (roundedExponent >= MAX_PLAIN_INTEGER_DIGITS || roundedExponent < -6) {
            return rounded.toString();
        }
        return rounded.toPlainString();
    }
}
