package io.hololoom.testkit;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.PatternCard;
import io.hololoom.api.Spacetime;
import io.hololoom.api.ToolResult;
import io.hololoom.api.Trace;
import io.hololoom.api.TraceError;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds Spacetimes as the loom would record them, for testing reward functions. */
public final class Spacetimes {
    /** The tools of the default assembly, in the loom's order. */
    public static final List<String> TOOLS = List.of("answer", "search", "calc", "note", "query");

    private Spacetimes() {
    }

    /**
     * A Spacetime in which {@code tool} ran and ended with {@code status}.
     *
     * @param confidence in [0, 1]; forced to 0 unless the status is OK, as the loom does
     * @param quality the tool's own judgement in [0, 1], or NaN
     */
    public static Spacetime of(String tool, ToolResult.Status status, double confidence, double quality) {
        requireNonNull(tool, "tool is null");
        requireNonNull(status, "status is null");
        List<String> actions = TOOLS.contains(tool) ? TOOLS : List.of(tool);
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (String a : actions) {
            probabilities.put(a, a.equals(tool) ? 0.6 : 0.4 / Math.max(1, actions.size() - 1));
        }
        if (actions.size() == 1) {
            probabilities.put(tool, 1.0);
        }
        List<TraceError> errors = status == ToolResult.Status.ERROR || status == ToolResult.Status.TIMEOUT
                ? List.of(new TraceError("tool_execution", "tool [" + tool + "] " + status.name().toLowerCase(Locale.ROOT),
                        status.name().toLowerCase(Locale.ROOT)))
                : List.of();
        Trace trace = new Trace(Instant.parse("2024-05-15T12:00:00Z"), 1.5, Map.of("tool_execution", 1.0),
                List.of("question"), List.of(16), List.of(), "testkit-fixed/64", "test-policy", 1, "test",
                probabilities, Double.NaN, new float[] {1f, 0f}, errors, List.of(), Map.of(), false);
        double c = status == ToolResult.Status.OK ? confidence : 0;
        return new Spacetime("st-" + tool + "-" + status.name().toLowerCase(Locale.ROOT), "what is 17 * 23?", PatternCard.BARE,
                tool, status, status == ToolResult.Status.OK ? "391" : "The " + tool + " tool failed", c, quality,
                List.of(), trace);
    }

    /** A Spacetime for a query that failed before any tool ran (tool {@value Spacetime#ERROR_TOOL}). */
    public static Spacetime failed() {
        Trace trace = new Trace(Instant.parse("2024-05-15T12:00:00Z"), 0.2, Map.of("validation", 0.2), List.of(),
                List.of(), List.of(), "testkit-fixed/64", "test-policy", 1, "none", Map.of(), Double.NaN,
                new float[0], List.of(new TraceError("validation", "query is blank", "input")), List.of(), Map.of(),
                false);
        return new Spacetime("st-failed", "", PatternCard.BARE, Spacetime.ERROR_TOOL, ToolResult.Status.ERROR,
                "query is blank", 0, Double.NaN, List.of(), trace);
    }

    /**
     * A spread of Spacetimes covering every status, the failed case, confident and unsure results, and
     * tools that can and cannot judge their own quality.
     */
    public static List<Spacetime> spread() {
        List<Spacetime> out = new java.util.ArrayList<>();
        for (String tool : List.of("calc", "search", "note")) {
            for (ToolResult.Status status : ToolResult.Status.values()) {
                out.add(of(tool, status, 0.9, 0.8));
                out.add(of(tool, status, 0.05, Double.NaN));
                out.add(of(tool, status, 1.0, 0.0));
                out.add(of(tool, status, 0.0, 1.0));
            }
        }
        out.add(failed());
        return List.copyOf(out);
    }
}
