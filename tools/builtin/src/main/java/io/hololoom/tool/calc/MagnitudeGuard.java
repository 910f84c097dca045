package io.hololoom.tool.calc;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.parser.Token;
import java.math.BigDecimal;

/**
 * Keeps every value inside {@code (-1e<max>, 1e<max>)}: larger ones fail with a fixed reason. Tiny values are kept
 * while computing (so {@code 1/(0.5^1000)} is reported as out of range, not as a division by zero) unless they
 * are below {@code 1e-1000000}, where they are flushed to zero to bound the BigDecimal scale; the final result
 * is flushed to zero below {@code 1e-<max>}. Bounding magnitude bounds the BigDecimal size, so no operation can
 * allocate a huge number. Immutable and thread-safe.
 */
final class MagnitudeGuard {

    /** Thrown from inside EvalEx operators and functions; carries a fixed reason, never user text. */
    static final class LimitException extends EvaluationException {
        private static final long serialVersionUID = 1L;
        private final String reason;

        LimitException(Token token, String reason) {
            super(token, reason);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }

    /** Intermediate values below 1e-FLUSH are zero: far below any display, far inside int scale limits. */
    static final long FLUSH_EXPONENT = 1_000_000;

    private final int maxExponent;

    MagnitudeGuard(int maxExponent) {
        if (maxExponent < 1) {
            throw new IllegalArgumentException("maxExponent must be positive, was [" + maxExponent + "]");
        }
        this.maxExponent = maxExponent;
    }

    int maxExponent() {
        return maxExponent;
    }

    /** The decimal exponent of a non-zero value: 391 has 2, 0.05 has -2. */
    static long exponent(BigDecimal v) {
        return (long) v.precision() - v.scale() - 1;
    }

    String outOfRange() {
        return "result out of range (limit 1e" + maxExponent + ")";
    }

    /** Checks an intermediate result. */
    EvaluationValue check(Token token, EvaluationValue value) throws LimitException {
        if (!value.isNumberValue()) {
            return value;
        }
        BigDecimal v = value.getNumberValue();
        if (v.signum() == 0) {
            return value;
        }
        long exponent = exponent(v);
        if (exponent >= maxExponent) {
            throw new LimitException(token, outOfRange());
        }
        return exponent < -FLUSH_EXPONENT ? EvaluationValue.numberValue(BigDecimal.ZERO) : value;
    }

    /** Checks the final result (a lone literal or constant never passed through an operator). */
    BigDecimal checkFinal(BigDecimal v) throws SafeEvaluator.CalcException {
        if (v.signum() == 0) {
            return v;
        }
        long exponent = exponent(v);
        if (exponent >= maxExponent) {
            throw new SafeEvaluator.CalcException(outOfRange());
        }
        return exponent < -maxExponent ? BigDecimal.ZERO : v;
    }
}
