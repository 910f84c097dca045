package io.hololoom.tool.calc;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.functions.AbstractFunction;
import com.ezylang.evalex.functions.FunctionParameter;
import com.ezylang.evalex.parser.Token;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Functions whose EvalEx versions are unsafe or unfriendly for a calculator. */
final class GuardedFunctions {

    private GuardedFunctions() {
    }

    /**
     * {@code round(x)} to a whole number or {@code round(x, places)}, half away from zero as taught at school.
     * EvalEx's own ROUND needs two arguments and accepts any scale, so {@code round(1, 999999999)} would build a
     * billion-digit number; here places are bounded by the magnitude limit.
     */
    @FunctionParameter(name = "value")
    @FunctionParameter(name = "places", isVarArg = true)
    static final class Round extends AbstractFunction {
        private final int maxPlaces;

        Round(int maxPlaces) {
            this.maxPlaces = maxPlaces;
        }

        @Override
        public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... parameters)
                throws EvaluationException {
            if (parameters.length < 1 || parameters.length > 2) {
                throw new MagnitudeGuard.LimitException(token, "wrong number of arguments for a function");
            }
            int places = 0;
            if (parameters.length == 2) {
                BigDecimal p = parameters[1].getNumberValue();
                if (p.signum() != 0 && p.stripTrailingZeros().scale() > 0
                        || p.abs().compareTo(BigDecimal.valueOf(maxPlaces)) > 0) {
                    throw new MagnitudeGuard.LimitException(token,
                            "round places must be a whole number in [-" + maxPlaces + ", " + maxPlaces + "]");
                }
                places = p.intValue();
            }
            return EvaluationValue.numberValue(parameters[0].getNumberValue().setScale(places, RoundingMode.HALF_UP));
        }
    }
}
