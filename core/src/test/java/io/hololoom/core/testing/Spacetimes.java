package io.hololoom.core.testing;

import io.hololoom.api.CacheStats;
import io.hololoom.api.PatternCard;
import io.hololoom.api.Spacetime;
import io.hololoom.api.ToolResult;
import io.hololoom.api.Trace;
import io.hololoom.api.TraceError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds Spacetime values by hand for reward and JSON tests. Kept beside the testkit's Spacetimes (fixed
 * loom-like samples, no builder) because these tests set every field and pin these defaults in expected JSON.
 */
public final class Spacetimes {
    private String id = "st-1";
    private String query = "what is 2 + 2?";
    private PatternCard card = PatternCard.BARE;
    private String tool = "calc";
    private ToolResult.Status status = ToolResult.Status.OK;
    private String response = "4";
    private double confidence = 0.8;
    private double quality = 0.6;
    private double durationMs = 250;
    private List<String> motifs = List.of("arithmetic", "number");
    private List<String> contextIds = List.of();
    private final List<TraceError> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private double value = Double.NaN;
    private Map<String, Double> probabilities = new LinkedHashMap<>(Map.of("calc", 1.0));

    public static Spacetimes spacetime() {
        return new Spacetimes();
    }

    public Spacetimes id(String v) {
        id = v;
        return this;
    }

    public Spacetimes query(String v) {
        query = v;
        return this;
    }

    public Spacetimes card(PatternCard v) {
        card = v;
        return this;
    }

    public Spacetimes tool(String v) {
        tool = v;
        return this;
    }

    public Spacetimes status(ToolResult.Status v) {
        status = v;
        return this;
    }

    public Spacetimes confidence(double v) {
        confidence = v;
        return this;
    }

    public Spacetimes quality(double v) {
        quality = v;
        return this;
    }

    public Spacetimes durationMs(double v) {
        durationMs = v;
        return this;
    }

    public Spacetimes motifs(String... v) {
        motifs = List.of(v);
        return this;
    }

    public Spacetimes contextIds(String... v) {
        contextIds = List.of(v);
        return this;
    }

    public Spacetimes error(String stage, String message) {
        errors.add(new TraceError(stage, message, "test"));
        return this;
    }

    public Spacetimes warning(String w) {
        warnings.add(w);
        return this;
    }

    public Spacetimes value(double v) {
        value = v;
        return this;
    }

    public Spacetimes probabilities(Map<String, Double> p) {
        probabilities = new LinkedHashMap<>(p);
        return this;
    }

    public Spacetime build() {
        Map<String, Double> stages = new LinkedHashMap<>();
        stages.put("validation", 0.5);
        stages.put("tool_execution", durationMs / 2);
        Map<String, CacheStats> caches = new LinkedHashMap<>();
        caches.put("result", new CacheStats(3, 4, 1, 2));
        Trace trace = new Trace(Instant.parse("2025-01-02T03:04:05.123456789Z"), durationMs, stages, motifs,
                List.of(8, 16), contextIds, "test-embedder/d32/v1", "test-fixed", 7, "fixed", probabilities, value,
                new float[] {0.25f, -1.5f, 0.1f, 3f}, errors, warnings, caches, false);
        return new Spacetime(id, query, card, tool, status, response, confidence, quality, List.of("d-1"), trace);
    }
}
