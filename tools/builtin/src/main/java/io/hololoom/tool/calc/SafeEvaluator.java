package io.hololoom.tool.calc;

import static java.util.Objects.requireNonNull;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.config.MapBasedFunctionDictionary;
import com.ezylang.evalex.config.MapBasedOperatorDictionary;
import com.ezylang.evalex.config.OperatorDictionaryIfc;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.functions.basic.AbsFunction;
import com.ezylang.evalex.functions.basic.CeilingFunction;
import com.ezylang.evalex.functions.basic.FloorFunction;
import com.ezylang.evalex.functions.basic.Log10Function;
import com.ezylang.evalex.functions.basic.LogFunction;
import com.ezylang.evalex.functions.basic.MaxFunction;
import com.ezylang.evalex.functions.basic.MinFunction;
import com.ezylang.evalex.functions.basic.SqrtFunction;
import com.ezylang.evalex.functions.trigonometric.CosRFunction;
import com.ezylang.evalex.functions.trigonometric.SinRFunction;
import com.ezylang.evalex.functions.trigonometric.TanRFunction;
import com.ezylang.evalex.operators.arithmetic.PrefixMinusOperator;
import com.ezylang.evalex.operators.arithmetic.PrefixPlusOperator;
import com.ezylang.evalex.parser.ParseException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates a canonical expression from {@link ExpressionExtractor} with EvalEx, configured so that nothing but
 * arithmetic can run: a fixed operator set ({@code + - * / % ^}, unary signs) whose results are range-checked,
 * a whitelist of math functions, the constants {@code PI} and {@code E}, no variables, strings, arrays,
 * structures or comparisons, and a bounded {@link MathContext}.
 *
 * <p>Immutable and thread-safe: the EvalEx configuration is built once and only read; each evaluation creates
 * its own {@link Expression}.
 */
final class SafeEvaluator {

    /** Why an expression could not be evaluated; the reason is a fixed phrase, never user text. */
    static final class CalcException extends Exception {
        private static final long serialVersionUID = 1L;

        CalcException(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final Pattern LITERAL = Pattern.compile("(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:e[+-]?\\d+)?");

    private final CalcConfig config;
    private final MagnitudeGuard guard;
    private final ExpressionConfiguration evalex;

    SafeEvaluator(CalcConfig config) {
        this.config = requireNonNull(config, "config is null");
        MathContext math = new MathContext(config.precision(), RoundingMode.HALF_EVEN);
        this.guard = new MagnitudeGuard(config.maxExponent());
        this.evalex = ExpressionConfiguration.builder()
                .mathContext(math)
                .operatorDictionary(operators(guard))
                .functionDictionary(MapBasedFunctionDictionary.ofFunctions(
                        Map.entry("SQRT", new SqrtFunction()),
                        Map.entry("ABS", new AbsFunction()),
                        Map.entry("ROUND", new GuardedFunctions.Round(config.maxExponent())),
                        Map.entry("FLOOR", new FloorFunction()),
                        Map.entry("CEIL", new CeilingFunction()),
                        // "log" is base 10 as on a pocket calculator; "ln" is the natural logarithm
                        Map.entry("LOG", new Log10Function()),
                        Map.entry("LN", new LogFunction()),
                        // radians, as on a scientific calculator (EvalEx's SIN/COS/TAN take degrees)
                        Map.entry("SIN", new SinRFunction()),
                        Map.entry("COS", new CosRFunction()),
                        Map.entry("TAN", new TanRFunction()),
                        Map.entry("MIN", new MinFunction()),
                        Map.entry("MAX", new MaxFunction())))
                .defaultConstants(Map.of(
                        "PI", ExpressionConfiguration.StandardConstants.get("PI"),
                        "E", ExpressionConfiguration.StandardConstants.get("E")))
                .arraysAllowed(false)
                .structuresAllowed(false)
                .binaryAllowed(false)
                .singleQuoteStringLiteralsAllowed(false)
                .implicitMultiplicationAllowed(false)
                // -2^2 is -4, as in mathematics
                .powerOfPrecedence(com.ezylang.evalex.operators.OperatorIfc.OPERATOR_PRECEDENCE_POWER_HIGHER)
                .build();
    }

    private static OperatorDictionaryIfc operators(MagnitudeGuard guard) {
        return MapBasedOperatorDictionary.ofOperators(
                Map.entry("+", GuardedOperators.plus(guard)),
                Map.entry("-", GuardedOperators.minus(guard)),
                Map.entry("*", GuardedOperators.multiply(guard)),
                Map.entry("/", GuardedOperators.divide(guard)),
                Map.entry("%", GuardedOperators.modulo(guard)),
                Map.entry("^", GuardedOperators.power(guard)),
                Map.entry("+", new PrefixPlusOperator()),
                Map.entry("-", new PrefixMinusOperator()));
    }

    /**
     * Evaluates a canonical expression.
     *
     * @throws CalcException with a fixed reason (division by zero, out of range, malformed, ...)
     */
    BigDecimal evaluate(String expression) throws CalcException {
        checkLiterals(expression);
        EvaluationValue value;
        try {
            value = new Expression(expression, evalex).evaluate();
        } catch (MagnitudeGuard.LimitException e) {
            throw new CalcException(e.reason());
        } catch (EvaluationException e) {
            throw new CalcException(reasonFor(e.getMessage()));
        } catch (ParseException e) {
            throw new CalcException("malformed arithmetic expression");
        } catch (ArithmeticException e) {
            throw new CalcException(reasonFor(e.getMessage()));
        } catch (NumberFormatException e) {
            // EvalEx turns a non-finite double (e.g. a fractional power of a negative number) into this
            throw new CalcException("result is not a real number");
        } catch (StackOverflowError e) {
            // last line of defence; max-depth and max-operators keep real input far from this
            throw new CalcException("expression too complex to evaluate");
        }
        if (!value.isNumberValue()) {
            throw new CalcException("expression did not produce a number");
        }
        return guard.checkFinal(value.getNumberValue());
    }

    /** Literals are bounded like results, before anything is computed from them. */
    private void checkLiterals(String expression) throws CalcException {
        Matcher m = LITERAL.matcher(expression);
        while (m.find()) {
            String literal = m.group();
            int e = literal.indexOf('e');
            if (e >= 0 && literal.length() - e > 8) {
                throw new CalcException(guard.outOfRange());
            }
            BigDecimal v;
            try {
                v = new BigDecimal(literal);
            } catch (NumberFormatException ex) {
                throw new CalcException("malformed number");
            }
            if (v.signum() != 0 && MagnitudeGuard.exponent(v) >= config.maxExponent()) {
                throw new CalcException(guard.outOfRange());
            }
        }
    }

    /** Maps EvalEx and JDK messages (which may quote the expression) to fixed phrases. */
    private static String reasonFor(String message) {
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (m.contains("division by zero") || m.contains("divide by zero") || m.contains("division undefined")) {
            return "division by zero";
        }
        if (m.contains("must not be negative")) {
            return "function argument must not be negative";
        }
        if (m.contains("must not be zero")) {
            return "function argument must not be zero";
        }
        if (m.contains("overflow") || m.contains("underflow") || m.contains("division impossible")) {
            return "result out of range";
        }
        if (m.contains("parameters")) {
            return "wrong number of arguments for a function";
        }
        return "could not evaluate the expression";
    }
}
