package io.hololoom.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hololoom.api.CacheStats;
import io.hololoom.api.Feedback;
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
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Spacetimes and feedback as JSON, in one documented shape (the output of {@code weave --json}). Non-finite
 * numbers are written as {@code null}.
 */
public final class SpacetimeJson {
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private SpacetimeJson() {
    }

    public static ObjectNode toNode(Spacetime s) {
        ObjectNode o = COMPACT.createObjectNode();
        o.put("id", s.id());
        o.put("query", s.query());
        o.put("card", s.card().name());
        o.put("tool", s.tool());
        o.put("status", s.status().name());
        o.put("response", s.response());
        number(o, "confidence", s.confidence());
        number(o, "quality", s.quality());
        ArrayNode sources = o.putArray("sources");
        s.sources().forEach(sources::add);
        Trace t = s.trace();
        ObjectNode tr = o.putObject("trace");
        tr.put("started_at", t.startedAt().toString());
        number(tr, "duration_ms", t.durationMs());
        ObjectNode stages = tr.putObject("stages_ms");
        t.stages().forEach((k, v) -> number(stages, k, v));
        ArrayNode motifs = tr.putArray("motifs");
        t.motifs().forEach(motifs::add);
        ArrayNode scales = tr.putArray("scales");
        t.scales().forEach(scales::add);
        ArrayNode ctx = tr.putArray("context_ids");
        t.contextIds().forEach(ctx::add);
        tr.put("embedder", t.embedder());
        tr.put("policy", t.policy());
        tr.put("policy_version", t.policyVersion());
        tr.put("strategy", t.strategy());
        ObjectNode probs = tr.putObject("probabilities");
        t.probabilities().forEach((k, v) -> number(probs, k, v));
        number(tr, "value", t.value());
        ArrayNode obs = tr.putArray("observation");
        for (float f : t.observation()) {
            obs.add(f);
        }
        ArrayNode errors = tr.putArray("errors");
        for (TraceError e : t.errors()) {
            ObjectNode en = errors.addObject();
            en.put("stage", e.stage());
            en.put("message", e.message());
            en.put("type", e.type());
        }
        ArrayNode warnings = tr.putArray("warnings");
        t.warnings().forEach(warnings::add);
        ObjectNode caches = tr.putObject("caches");
        t.caches().forEach((k, v) -> caches.set(k, stats(v)));
        tr.put("cached", t.cached());
        return o;
    }

    public static ObjectNode stats(CacheStats v) {
        ObjectNode c = COMPACT.createObjectNode();
        c.put("hits", v.hits());
        c.put("misses", v.misses());
        c.put("hit_rate", v.hitRate());
        c.put("evictions", v.evictions());
        c.put("size", v.size());
        return c;
    }

    private static void number(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }

    public static String toJson(Spacetime s, boolean pretty) {
        try {
            return (pretty ? MAPPER : COMPACT).writeValueAsString(toNode(s));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Spacetime fromJson(String json) {
        try {
            return fromNode(COMPACT.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a Spacetime: " + e.getOriginalMessage(), e);
        } catch (NullPointerException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a Spacetime: a field is missing or invalid (" + e.getMessage() + ")", e);
        }
    }

    public static Spacetime fromNode(JsonNode o) {
        JsonNode tr = o.get("trace");
        Map<String, Double> stages = new LinkedHashMap<>();
        tr.get("stages_ms").fields().forEachRemaining(e -> stages.put(e.getKey(), e.getValue().asDouble()));
        Map<String, Double> probs = new LinkedHashMap<>();
        tr.get("probabilities").fields().forEachRemaining(e -> probs.put(e.getKey(), e.getValue().asDouble()));
        float[] obs = new float[tr.get("observation").size()];
        for (int i = 0; i < obs.length; i++) {
            obs[i] = (float) tr.get("observation").get(i).asDouble();
        }
        List<TraceError> errors = new ArrayList<>();
        tr.get("errors").forEach(e -> errors.add(new TraceError(e.get("stage").asText(), e.get("message").asText(),
                e.get("type").asText())));
        Map<String, CacheStats> caches = new LinkedHashMap<>();
        tr.get("caches").fields().forEachRemaining(e -> caches.put(e.getKey(), new CacheStats(
                e.getValue().get("hits").asLong(), e.getValue().get("misses").asLong(),
                e.getValue().get("evictions").asLong(), e.getValue().get("size").asLong())));
        Trace trace = new Trace(Instant.parse(tr.get("started_at").asText()), dbl(tr.get("duration_ms")), stages,
                strings(tr.get("motifs")), ints(tr.get("scales")), strings(tr.get("context_ids")),
                tr.get("embedder").asText(), tr.get("policy").asText(), tr.get("policy_version").asLong(),
                tr.get("strategy").asText(), probs, dbl(tr.get("value")), obs, errors, strings(tr.get("warnings")),
                caches, tr.get("cached").asBoolean());
        return new Spacetime(o.get("id").asText(), o.get("query").asText(), PatternCard.valueOf(o.get("card").asText()),
                o.get("tool").asText(), ToolResult.Status.valueOf(o.get("status").asText()), o.get("response").asText(),
                dbl(o.get("confidence")), dbl(o.get("quality")), strings(o.get("sources")), trace);
    }

    private static double dbl(JsonNode n) {
        return n == null || n.isNull() ? Double.NaN : n.asDouble();
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static List<Integer> ints(JsonNode a) {
        List<Integer> out = new ArrayList<>();
        a.forEach(x -> out.add(x.asInt()));
        return out;
    }

    public static ObjectNode feedback(Feedback f) {
        ObjectNode o = COMPACT.createObjectNode();
        f.rating().ifPresent(r -> o.put("rating", r));
        f.rightTool().ifPresent(r -> o.put("right_tool", r));
        f.correct().ifPresent(r -> o.put("correct", r));
        f.expectedTool().ifPresent(r -> o.put("expected_tool", r));
        if (!f.comment().isEmpty()) {
            o.put("comment", f.comment());
        }
        return o;
    }

    public static Feedback feedback(JsonNode o) {
        return new Feedback(o.has("rating") ? OptionalInt.of(o.get("rating").asInt()) : OptionalInt.empty(),
                o.has("right_tool") ? Optional.of(o.get("right_tool").asBoolean()) : Optional.empty(),
                o.has("correct") ? Optional.of(o.get("correct").asBoolean()) : Optional.empty(),
                o.has("expected_tool") ? Optional.of(o.get("expected_tool").asText()) : Optional.empty(),
                o.path("comment").asText(""));
    }

    public static String compact(JsonNode n) {
        try {
            return COMPACT.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return COMPACT.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage(), e);
        }
    }
}
