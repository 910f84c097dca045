package io.hololoom.tool.calc;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Tool;
import io.hololoom.api.ToolCall;
import io.hololoom.api.ToolResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code calc} tool: finds an arithmetic expression in the query and evaluates it with EvalEx.
 *
 * <p>Checks run cheapest first, each before anything more expensive is attempted: nesting depth (a linear scan,
 * so 100,000 parentheses are refused without parsing), length, then extraction, operator count and evaluation.
 * Outcomes: OK with the plainly formatted value (quality 1.0, data {@code expression} and {@code value});
 * REFUSED when there is no arithmetic or the input is over a limit; ERROR when the arithmetic fails (division by
 * zero, out of range, malformed). Reasons are fixed phrases and never quote the query. Thread-safe: immutable.
 */
public final class CalcTool implements Tool {

    private static final int INTERRUPT_CHECK_INTERVAL = 4096;

    private final CalcConfig config;
    private final SafeEvaluator evaluator;

    public CalcTool(CalcConfig config) {
        this.config = requireNonNull(config, "config is null");
        this.evaluator = new SafeEvaluator(config);
    }

    /** No side effects; the output depends only on the query and the memory store (part of the cache key). */
    @Override
    public boolean cacheable() {
        return true;
    }

    @Override
    public String description() {
        return "Evaluates arithmetic in plain words or symbols, e.g. \"what is 17 * 23?\" or \"15% of 80\".";
    }

    @Override
    public ToolResult run(ToolCall call) {
        requireNonNull(call, "call is null");
        if (Thread.currentThread().isInterrupted()) {
            return ToolResult.timeout("interrupted before evaluating");
        }
        String query = call.query();
        if (query.isBlank()) {
            return ToolResult.refused("query is blank");
        }
        int depth = maxDepth(query);
        if (depth < 0) {
            return ToolResult.timeout("interrupted before evaluating");
        }
        if (depth > config.maxDepth()) {
            return ToolResult.refused("expression nested too deeply (limit " + config.maxDepth() + ")");
        }
        if (query.length() > config.maxLength()) {
            return ToolResult.refused("expression too long (limit " + config.maxLength() + " characters)");
        }
        Optional<String> expression = ExpressionExtractor.extract(query);
        if (expression.isEmpty()) {
            return ToolResult.refused("no arithmetic expression found");
        }
        String canonical = expression.get();
        // rewriting ("divide a by b" -> "(a)/(b)") can add a level or two, so depth is checked again
        if (maxDepth(canonical) > config.maxDepth()) {
            return ToolResult.refused("expression nested too deeply (limit " + config.maxDepth() + ")");
        }
        if (operatorCount(canonical) > config.maxOperators()) {
            return ToolResult.refused("expression has too many operators (limit " + config.maxOperators() + ")");
        }
        if (Thread.currentThread().isInterrupted()) {
            return ToolResult.timeout("interrupted before evaluating");
        }
        BigDecimal value;
        try {
            value = evaluator.evaluate(canonical);
        } catch (SafeEvaluator.CalcException e) {
            return ToolResult.error(e.getMessage());
        }
        String shown = NumberFormatter.format(value, config.significantDigits());
        String display = canonical.toLowerCase(Locale.ROOT);
        return ToolResult.ok(shown, 1.0, List.of(), Map.of("expression", display, "value", shown));
    }

    /** Deepest parenthesis nesting, or -1 if the thread was interrupted during the scan. */
    static int maxDepth(String text) {
        int depth = 0;
        int max = 0;
        for (int i = 0; i < text.length(); i++) {
            if (i % INTERRUPT_CHECK_INTERVAL == 0 && i > 0 && Thread.currentThread().isInterrupted()) {
                return -1;
            }
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
                max = Math.max(max, depth);
            } else if (c == ')' && depth > 0) {
                depth--;
            }
        }
        return max;
    }

    /** Binary operators, signs and function calls: each is one level of EvalEx's recursive evaluation. */
    private static int operatorCount(String canonical) {
        int count = 0;
        for (int i = 0; i < canonical.length(); i++) {
            char c = canonical.charAt(i);
            if ("+-*/^%(".indexOf(c) >= 0) {
                count++;
            }
        }
        return count;
    }
}
