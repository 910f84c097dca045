package io.hololoom.core.json;

import static io.hololoom.core.testing.Spacetimes.spacetime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.hololoom.api.Feedback;
import io.hololoom.api.PatternCard;
import io.hololoom.api.Spacetime;
import io.hololoom.api.ToolResult.Status;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SpacetimeJsonTest {
    private static final Spacetime FULL = spacetime().id("id-1").query("what is \"2\" + 2?\n\ttab \u00e9 \uD83D\uDE00")
            .card(PatternCard.FUSED).tool("calc").status(Status.OK).confidence(0.75).quality(0.5).durationMs(12.345)
            .motifs("arithmetic", "number").contextIds("d-1", "n-2").value(-0.25).warning("truncated")
            .error("tool_execution", "boom").build();

    @Test
    void roundTripsEveryField() {
        for (boolean pretty : new boolean[] {true, false}) {
            Spacetime back = SpacetimeJson.fromJson(SpacetimeJson.toJson(FULL, pretty));
            assertThat(back).isEqualTo(FULL);
            assertThat(back.trace().embedder()).isEqualTo(FULL.trace().embedder());
            assertThat(back.trace().strategy()).isEqualTo("fixed");
            assertThat(back.trace().probabilities()).isEqualTo(FULL.trace().probabilities());
            assertThat(back.trace().value()).isEqualTo(-0.25);
            assertThat(back.trace().caches()).isEqualTo(FULL.trace().caches());
            assertThat(back.trace().observation()).containsExactly(FULL.trace().observation());
            assertThat(back.trace().startedAt()).isEqualTo(FULL.trace().startedAt());
        }
        assertThat(SpacetimeJson.toJson(FULL, true)).contains("\n  ");
        assertThat(SpacetimeJson.toJson(FULL, false)).doesNotContain("\n");
    }

    @Test
    void writesTheDocumentedShape() {
        JsonNode o = SpacetimeJson.parse(SpacetimeJson.toJson(FULL, false));
        assertThat(fieldNames(o)).containsExactly("id", "query", "card", "tool", "status", "response", "confidence",
                "quality", "sources", "trace");
        JsonNode t = o.get("trace");
        assertThat(fieldNames(t)).containsExactly("started_at", "duration_ms", "stages_ms", "motifs", "scales",
                "context_ids", "embedder", "policy", "policy_version", "strategy", "probabilities", "value",
                "observation", "errors", "warnings", "caches", "cached");
        assertThat(o.get("card").asText()).isEqualTo("FUSED");
        assertThat(t.get("started_at").asText()).isEqualTo("2025-01-02T03:04:05.123456789Z");
        assertThat(t.get("errors").get(0).get("stage").asText()).isEqualTo("tool_execution");
        assertThat(t.get("errors").get(0).get("type").asText()).isEqualTo("test");
        JsonNode result = t.get("caches").get("result");
        assertThat(fieldNames(result)).containsExactly("hits", "misses", "hit_rate", "evictions", "size");
        assertThat(result.get("hit_rate").asDouble()).isEqualTo(3 / 7.0);
    }

    @Test
    void nonFiniteNumbersAreWrittenAsNullAndReadBackAsNaN() {
        Spacetime s = spacetime().quality(Double.NaN).value(Double.NaN).durationMs(Double.NaN).build();
        String json = SpacetimeJson.toJson(s, false);
        JsonNode o = SpacetimeJson.parse(json);
        assertThat(o.get("quality").isNull()).isTrue();
        assertThat(o.get("trace").get("value").isNull()).isTrue();
        assertThat(o.get("trace").get("duration_ms").isNull()).isTrue();
        assertThat(json).doesNotContain("NaN");
        Spacetime back = SpacetimeJson.fromJson(json);
        assertThat(back.quality()).isNaN();
        assertThat(back.trace().value()).isNaN();
        assertThat(back.trace().durationMs()).isNaN();
        assertThat(back.confidence()).isEqualTo(s.confidence());
    }

    @Test
    void malformedJsonIsAnIllegalArgument() {
        assertThatThrownBy(() -> SpacetimeJson.fromJson("{not json")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a Spacetime: ");
        assertThatThrownBy(() -> SpacetimeJson.parse("[1,")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("malformed JSON: ");
    }

    @Test
    void feedbackRoundTrips() {
        Feedback full = new Feedback(OptionalInt.of(3), Optional.of(false), Optional.of(true), Optional.of("search"),
                "c");
        for (Feedback f : List.of(full, Feedback.NONE, Feedback.rating(0))) {
            JsonNode node = SpacetimeJson.parse(SpacetimeJson.compact(SpacetimeJson.feedback(f)));
            assertThat(SpacetimeJson.feedback(node)).isEqualTo(f);
        }
        assertThat(SpacetimeJson.compact(SpacetimeJson.feedback(Feedback.NONE))).isEqualTo("{}");
        assertThat(SpacetimeJson.compact(SpacetimeJson.feedback(full)))
                .isEqualTo("{\"rating\":3,\"right_tool\":false,\"correct\":true,\"expected_tool\":\"search\",\"comment\":\"c\"}");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }
}
