package io.hololoom.core.reflect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hololoom.api.Feedback;
import io.hololoom.api.PatternCard;
import io.hololoom.api.learn.Experience;
import io.hololoom.api.learn.ExperienceBatch;
import io.hololoom.api.learn.Transition;
import io.hololoom.core.memory.Database;
import io.hololoom.core.testing.FastTempDir;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReflectionBufferTest {
    private static final List<String> ACTIONS = List.of("answer", "calc", "search");
    private static final Instant AT = Instant.parse("2025-05-06T07:08:09.123Z");

    @TempDir(factory = FastTempDir.class)
    Path dir;

    private Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Experience experience(int i, String tool, double reward, PatternCard card, Feedback feedback) {
        return new Experience(0, "st-" + i, AT.plusSeconds(i), new float[] {i, 0.5f, -1f}, ACTIONS, ACTIONS.indexOf(tool),
                0.25 + 0.5 * (i % 2), reward, 10 + i, card, feedback);
    }

    private static Experience experience(int i, String tool, double reward) {
        return experience(i, tool, reward, PatternCard.BARE, Feedback.NONE);
    }

    private static void assertSameContent(Experience actual, Experience expected) {
        assertThat(actual.spacetimeId()).isEqualTo(expected.spacetimeId());
        assertThat(actual.at()).isEqualTo(expected.at());
        assertThat(actual.observation()).containsExactly(expected.observation());
        assertThat(actual.actions()).isEqualTo(expected.actions());
        assertThat(actual.action()).isEqualTo(expected.action());
        assertThat(actual.probability()).isEqualTo(expected.probability());
        assertThat(actual.reward()).isEqualTo(expected.reward());
        assertThat(actual.policyVersion()).isEqualTo(expected.policyVersion());
        assertThat(actual.card()).isEqualTo(expected.card());
        assertThat(actual.feedback()).isEqualTo(expected.feedback());
    }

    @Test
    void appendAssignsIncreasingSequencesAndRecentIsOldestFirst() {
        ReflectionBuffer buffer = new ReflectionBuffer(db, 100);
        assertThat(buffer.size()).isZero();
        Experience a = buffer.append(experience(1, "calc", 1));
        Experience b = buffer.append(experience(2, "search", -1));
        Experience c = buffer.append(experience(3, "answer", 0.5));
        assertThat(a.sequence()).isLessThan(b.sequence());
        assertThat(b.sequence()).isLessThan(c.sequence());
        assertSameContent(a, experience(1, "calc", 1));
        assertThat(buffer.size()).isEqualTo(3);
        assertThat(buffer.recent(2)).extracting(Experience::spacetimeId).containsExactly("st-2", "st-3");
        assertThat(buffer.all()).extracting(Experience::sequence).containsExactly(a.sequence(), b.sequence(), c.sequence());
        assertThat(buffer.capacity()).isEqualTo(100);
    }

    @Test
    void theRingKeepsOnlyTheNewestCapacityExperiences() {
        ReflectionBuffer buffer = new ReflectionBuffer(db, 5);
        for (int i = 0; i < 8; i++) {
            buffer.append(experience(i, "calc", 0));
        }
        assertThat(buffer.size()).isEqualTo(5);
        assertThat(buffer.all()).extracting(Experience::spacetimeId).containsExactly("st-3", "st-4", "st-5", "st-6",
                "st-7");
        assertThatThrownBy(() -> new ReflectionBuffer(db, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }

    @Test
    void experiencesSurviveReopeningTheDatabase() {
        Feedback feedback = new Feedback(OptionalInt.of(4), Optional.of(true), Optional.of(false), Optional.of("calc"),
                "nice \"quoted\" comment");
        Experience stored = new ReflectionBuffer(db, 10).append(experience(1, "calc", 0.75, PatternCard.FUSED, feedback));
        db.close();
        db = Database.open(dir);
        ReflectionBuffer reopened = new ReflectionBuffer(db, 10);
        assertThat(reopened.size()).isEqualTo(1);
        Experience e = reopened.all().get(0);
        assertThat(e.sequence()).isEqualTo(stored.sequence());
        assertSameContent(e, experience(1, "calc", 0.75, PatternCard.FUSED, feedback));
        assertThat(e.tool()).isEqualTo("calc");
    }

    @Test
    void successMeansANormalisedRewardOfAtLeastPointSix() {
        assertThat(ReflectionBuffer.isSuccess(0.2)).isTrue();
        assertThat(ReflectionBuffer.isSuccess(0.19)).isFalse();
        assertThat(ReflectionBuffer.isSuccess(1)).isTrue();
        assertThat(ReflectionBuffer.isSuccess(-1)).isFalse();
    }

    @Test
    void statsArePerToolPerCardAndOverTheWindow() {
        ReflectionBuffer buffer = new ReflectionBuffer(db, 1000);
        assertThat(buffer.stats()).isEqualTo(new BufferStats(0, 0, 0, 0, java.util.Map.of(), java.util.Map.of()));
        buffer.append(experience(0, "calc", 1, PatternCard.BARE, Feedback.NONE));
        buffer.append(experience(1, "calc", -1, PatternCard.BARE, Feedback.NONE));
        buffer.append(experience(2, "search", 0.5, PatternCard.FAST, Feedback.NONE));
        buffer.append(experience(3, "calc", 0.4, PatternCard.FAST, Feedback.NONE));
        BufferStats s = buffer.stats();
        assertThat(s.total()).isEqualTo(4);
        assertThat(s.successRate()).isEqualTo(0.75);
        assertThat(s.windowSuccessRate()).isEqualTo(0.75);
        assertThat(s.meanReward()).isCloseTo(0.225, within(1e-12));
        assertThat(s.byTool()).containsOnlyKeys("calc", "search");
        assertThat(s.byTool().get("calc").count()).isEqualTo(3);
        assertThat(s.byTool().get("calc").successRate()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(s.byTool().get("calc").meanReward()).isCloseTo(0.4 / 3, within(1e-12));
        assertThat(s.byTool().get("search")).isEqualTo(new BufferStats.Usage(1, 1, 0.5));
        assertThat(s.byCard()).containsOnlyKeys("BARE", "FAST");
        assertThat(s.byCard().get("BARE")).isEqualTo(new BufferStats.Usage(2, 0.5, 0));
    }

    @Test
    void theWindowCoversOnlyTheLastHundred() {
        java.util.List<Experience> all = new java.util.ArrayList<>();
        for (int i = 0; i < 130; i++) {
            all.add(experience(i, "calc", i < 30 ? -1 : 1));
        }
        BufferStats s = BufferStats.of(all);
        assertThat(ReflectionBuffer.WINDOW).isEqualTo(100);
        assertThat(s.windowSuccessRate()).isEqualTo(1.0);
        assertThat(s.successRate()).isCloseTo(100 / 130.0, within(1e-12));
    }

    @Test
    void batchTurnsTheNewestExperiencesIntoOneStepTransitions() {
        ReflectionBuffer buffer = new ReflectionBuffer(db, 10);
        for (int i = 0; i < 4; i++) {
            buffer.append(experience(i, i % 2 == 0 ? "calc" : "search", i / 4.0));
        }
        ExperienceBatch batch = buffer.batch(3);
        assertThat(batch.size()).isEqualTo(3);
        Transition t = batch.transitions().get(0);
        assertThat(t.observation()).containsExactly(1f, 0.5f, -1f);
        assertThat(t.action()).isEqualTo(ACTIONS.indexOf("search"));
        assertThat(t.logProbability()).isCloseTo(Math.log(0.75), within(1e-12));
        assertThat(t.reward()).isEqualTo(0.25);
        assertThat(t.terminated()).isTrue();
        assertThat(t.truncated()).isFalse();
        assertThat(t.value()).isNaN();
        assertThat(batch.transitions()).extracting(Transition::reward).containsExactly(0.25, 0.5, 0.75);
        assertThat(buffer.batch(50).size()).isEqualTo(4);
    }

    @Test
    void exportWritesOneJsonObjectPerExperience() throws Exception {
        ReflectionBuffer buffer = new ReflectionBuffer(db, 10);
        buffer.append(experience(1, "calc", 0.5, PatternCard.FAST, Feedback.rating(5)));
        buffer.append(experience(2, "search", -0.5));
        StringWriter out = new StringWriter();
        assertThat(buffer.exportJsonl(out)).isEqualTo(2);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(out.toString()).endsWith("\n");
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("spacetime_id").asText()).isEqualTo("st-1");
        assertThat(first.get("sequence").asLong()).isPositive();
        assertThat(first.get("at").asText()).isEqualTo(AT.plusSeconds(1).toString());
        assertThat(first.get("tool").asText()).isEqualTo("calc");
        assertThat(first.get("action").asInt()).isEqualTo(1);
        assertThat(first.get("actions")).hasSize(3);
        assertThat(first.get("actions").get(2).asText()).isEqualTo("search");
        assertThat(first.get("probability").asDouble()).isEqualTo(0.75);
        assertThat(first.get("reward").asDouble()).isEqualTo(0.5);
        assertThat(first.get("success").asBoolean()).isTrue();
        assertThat(first.get("policy_version").asLong()).isEqualTo(11);
        assertThat(first.get("card").asText()).isEqualTo("FAST");
        assertThat(first.get("feedback").get("rating").asInt()).isEqualTo(5);
        assertThat(first.get("observation")).hasSize(3);
        assertThat(first.get("observation").get(1).asDouble()).isEqualTo(0.5);
        JsonNode second = new ObjectMapper().readTree(lines.get(1));
        assertThat(second.get("success").asBoolean()).isFalse();
        assertThat(second.get("feedback").size()).isZero();
    }
}
