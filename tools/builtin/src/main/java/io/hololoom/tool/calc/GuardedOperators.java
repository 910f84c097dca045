package io.hololoom.tool.calc;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.operators.AbstractOperator;
import com.ezylang.evalex.operators.InfixOperator;
import com.ezylang.evalex.operators.OperatorIfc;
import com.ezylang.evalex.operators.arithmetic.InfixDivisionOperator;
import com.ezylang.evalex.operators.arithmetic.InfixMinusOperator;
import com.ezylang.evalex.operators.arithmetic.InfixMultiplicationOperator;
import com.ezylang.evalex.operators.arithmetic.InfixPlusOperator;
import com.ezylang.evalex.operators.arithmetic.InfixPowerOfOperator;
import com.ezylang.evalex.parser.Token;
import java.math.BigDecimal;

/**
 * EvalEx's arithmetic operators wrapped so that every result passes through a {@link MagnitudeGuard}. The power
 * operator also estimates the size of its result <em>before</em> computing it, because {@code 10^10^10} would
 * otherwise ask BigDecimal for ten billion digits. EvalEx reads precedence and associativity from the class
 * annotation, hence one small class per precedence level around a delegate.
 */
final class GuardedOperators {

    private GuardedOperators() {
    }

    static OperatorIfc plus(MagnitudeGuard guard) {
        return new Additive(new InfixPlusOperator(), guard);
    }

    static OperatorIfc minus(MagnitudeGuard guard) {
        return new Additive(new InfixMinusOperator(), guard);
    }

    static OperatorIfc multiply(MagnitudeGuard guard) {
        return new Multiplicative(new InfixMultiplicationOperator(), guard, false);
    }

    static OperatorIfc divide(MagnitudeGuard guard) {
        return new Multiplicative(new InfixDivisionOperator(), guard, true);
    }

    static OperatorIfc modulo(MagnitudeGuard guard) {
        return new Modulo(guard);
    }

    static OperatorIfc power(MagnitudeGuard guard) {
        return new Power(guard);
    }

    @InfixOperator(precedence = OperatorIfc.OPERATOR_PRECEDENCE_ADDITIVE)
    static final class Additive extends AbstractOperator {
        private final OperatorIfc delegate;
        private final MagnitudeGuard guard;

        Additive(OperatorIfc delegate, MagnitudeGuard guard) {
            this.delegate = delegate;
            this.guard = guard;
        }

        @Override
        public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... operands)
                throws EvaluationException {
            return guard.check(token, delegate.evaluate(expression, token, operands));
        }
    }

    @InfixOperator(precedence = OperatorIfc.OPERATOR_PRECEDENCE_MULTIPLICATIVE)
    static final class Multiplicative extends AbstractOperator {
        private final OperatorIfc delegate;
        private final MagnitudeGuard guard;
        private final boolean divides;

        Multiplicative(OperatorIfc delegate, MagnitudeGuard guard, boolean divides) {
            this.delegate = delegate;
            this.guard = guard;
            this.divides = divides;
        }

        @Override
        public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... operands)
                throws EvaluationException {
            if (divides && operands.length == 2 && operands[1].isNumberValue()
                    && operands[1].getNumberValue().signum() == 0) {
                throw new MagnitudeGuard.LimitException(token, "division by zero");
            }
            return guard.check(token, delegate.evaluate(expression, token, operands));
        }
    }

    /**
     * Exact remainder, sign of the dividend. EvalEx's modulo divides within the MathContext and fails with
     * "Division impossible" once the quotient has more digits than the precision (e.g. {@code 1e99 % 7}); the exact
     * remainder is cheap because magnitudes are bounded, and operands whose sizes differ by more than
     * {@link #MAX_SPREAD} digits are refused instead of dividing million-digit integers.
     */
    @InfixOperator(precedence = OperatorIfc.OPERATOR_PRECEDENCE_MULTIPLICATIVE)
    static final class Modulo extends AbstractOperator {
        static final long MAX_SPREAD = 1000;

        private final MagnitudeGuard guard;

        Modulo(MagnitudeGuard guard) {
            this.guard = guard;
        }

        @Override
        public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... operands)
                throws EvaluationException {
            if (operands.length != 2 || !operands[0].isNumberValue() || !operands[1].isNumberValue()) {
                throw EvaluationException.ofUnsupportedDataTypeInOperation(token);
            }
            BigDecimal a = operands[0].getNumberValue();
            BigDecimal b = operands[1].getNumberValue();
            if (b.signum() == 0) {
                throw new MagnitudeGuard.LimitException(token, "division by zero");
            }
            if (a.signum() == 0) {
                return EvaluationValue.numberValue(BigDecimal.ZERO);
            }
            if (MagnitudeGuard.exponent(a) - MagnitudeGuard.exponent(b) > MAX_SPREAD) {
                throw new MagnitudeGuard.LimitException(token, guard.outOfRange());
            }
            return guard.check(token, EvaluationValue.numberValue(a.remainder(b)));
        }
    }

    @InfixOperator(precedence = OperatorIfc.OPERATOR_PRECEDENCE_POWER, leftAssociative = false)
    static final class Power extends AbstractOperator {
        /** Beyond this exponent BigDecimal.pow is skipped for double arithmetic (EvalEx needs an int). */
        private static final BigDecimal LARGE_EXPONENT = BigDecimal.valueOf(100_000);

        private final InfixPowerOfOperator delegate = new InfixPowerOfOperator();
        private final MagnitudeGuard guard;

        Power(MagnitudeGuard guard) {
            this.guard = guard;
        }

        /** Like EvalEx's own power operator, the precedence comes from the configuration. */
        @Override
        public int getPrecedence(ExpressionConfiguration configuration) {
            return configuration.getPowerOfPrecedence();
        }

        @Override
        public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... operands)
                throws EvaluationException {
            if (operands.length != 2 || !operands[0].isNumberValue() || !operands[1].isNumberValue()) {
                return delegate.evaluate(expression, token, operands);
            }
            BigDecimal base = operands[0].getNumberValue();
            BigDecimal exponent = operands[1].getNumberValue();
            boolean integral = exponent.signum() == 0 || exponent.stripTrailingZeros().scale() <= 0;
            if (base.signum() == 0) {
                if (exponent.signum() < 0) {
                    throw new MagnitudeGuard.LimitException(token, "division by zero");
                }
                return EvaluationValue.numberValue(exponent.signum() == 0 ? BigDecimal.ONE : BigDecimal.ZERO);
            }
            if (base.signum() < 0 && !integral) {
                throw new MagnitudeGuard.LimitException(token, "result is not a real number");
            }
            BigDecimal magnitude = base.abs();
            if (magnitude.compareTo(BigDecimal.ONE) == 0) {
                boolean negative = base.signum() < 0 && exponent.toBigInteger().testBit(0);
                return EvaluationValue.numberValue(negative ? BigDecimal.ONE.negate() : BigDecimal.ONE);
            }
            // operands are already inside the guard's range, so these doubles are finite and non-zero
            double estimate = exponent.doubleValue() * Math.log10(magnitude.doubleValue());
            if (estimate >= guard.maxExponent()) {
                throw new MagnitudeGuard.LimitException(token, guard.outOfRange());
            }
            if (estimate < -MagnitudeGuard.FLUSH_EXPONENT) {
                return EvaluationValue.numberValue(BigDecimal.ZERO);
            }
            if (exponent.abs().compareTo(LARGE_EXPONENT) > 0) {
                double result = Math.pow(base.doubleValue(), exponent.doubleValue());
                return guard.check(token, EvaluationValue.numberValue(new BigDecimal(result)));
            }
            return guard.check(token, delegate.evaluate(expression, token, operands));
        }
    }
}
