package io.hololoom.tool.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.ToolResult;
import io.hololoom.api.ToolResult.Status;
import io.hololoom.api.memory.Shard;
import io.hololoom.api.plugin.ToolProvider;
import io.hololoom.testkit.InMemoryMemoryStore;
import io.hololoom.tool.testkit.BuiltinToolContractTest;
import io.hololoom.tool.testkit.FailingMemoryStore;
import io.hololoom.tool.testkit.Fixture;
import io.hololoom.tool.testkit.MutableClock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The store holds, besides the fixture's 3 documents and 2 notes created at {@link Fixture#NOW}
 * (Wednesday 2024-05-15 12:00 UTC): a note from yesterday, one from last Wednesday and one from April.
 */
class QueryToolTest extends BuiltinToolContractTest {

    @Override
    protected ToolProvider provider() {
        return new QueryToolProvider();
    }

    @Override
    protected String expectedName() {
        return "query";
    }

    @Override
    protected String workingQuery() {
        return "how many notes mention PPO?";
    }

    private static final QueryConfig UTC = new QueryConfig(10, 100, 500, ZoneOffset.UTC);

    @BeforeEach
    void addOlderNotes() {
        addAt("2024-05-14T09:00:00Z", "standup moved to 10am", List.of("team"));
        addAt("2024-05-08T10:00:00Z", "PPO learning rate 3e-4 works", List.of("rl"));
        addAt("2024-04-20T08:00:00Z", "cache warmup script lives in the ops repo", List.of("infra", "perf"));
        fixture.clock.set(Fixture.NOW);
        tool = new QueryTool(UTC, fixture.store, fixture.clock);
    }

    private void addAt(String instant, String text, List<String> tags) {
        fixture.clock.set(Instant.parse(instant));
        fixture.store.add(text, Shard.Kind.NOTE, "note", tags);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "how many notes do I have|5|count",
        "how many notes do I have?|5|count",
        "How many notes are there|5|count",
        "count my notes|5|count",
        "number of notes|5|count",
        "how many documents are there|3|count",
        "how many items do I have in total|8|count",
        "how many notes mention PPO?|2|count",
        "how many notes mention ppo|2|count",
        "how many notes about PPO do I have?|2|count",
        "how many items mention PPO|3|count",
        "how many documents mention cache|1|count",
        "how many docs mention cache|1|count",
        "how many notes mention cache|1|count",
        "how many notes contain the word cache|1|count",
        "how many notes contain \"db-7\"|1|count",
        "how many notes tagged rl mention PPO|2|count",
        "count notes tagged infra from today|1|count",
        "how many notes from yesterday|1|count",
        "do I have notes about PPO|2|count",
        "do I have any notes tagged team?|1|count",
        "is there a note about the standup|1|count",
        "are there documents about France|1|count",
        "how many notes were added today|2|count",
        "list notes tagged infra|2|list",
        "list notes with tag perf|1|list",
        "show me everything tagged infra|2|list",
        "list #rl notes|2|list",
        "list notes from today|2|list",
        "list notes from yesterday|1|list",
        "list notes from this week|3|list",
        "list notes from last week|1|list",
        "list notes from the last 7 days|3|list",
        "list notes from the past 10 days|4|list",
        "list notes in the last 24 hours|2|list",
        "list notes from the last 2 hours|2|list",
        "list notes from this month|4|list",
        "list notes from last month|1|list",
        "list notes about PPO|2|list",
        "list notes mentioning the staging server|1|list",
        "which notes mention ppo|2|list",
        "what notes do I have about PPO|2|list",
        "show me my notes|5|list",
        "list notes|5|list",
        "list documents about France|1|list",
        "find notes about the cache tagged perf|1|list",
        "list notes about today's standup|0|list"
    })
    void answersThePhrasingTable(String question, long count, String mode) {
        ToolResult result = run(question);
        if (mode.equals("refused")) {
            assertThat(result.status()).isEqualTo(Status.REFUSED);
            return;
        }
        assertThat(result.status()).as(result.reason()).isEqualTo(Status.OK);
        assertThat(result.data()).containsEntry("count", Long.toString(count)).containsEntry("mode", mode);
        assertThat(result.quality()).isEqualTo(1.0);
        if (mode.equals("list")) {
            assertThat(result.sources()).hasSize((int) Math.min(count, 10));
        } else {
            assertThat(result.sources()).isEmpty();
        }
    }

    /** Phrasings that are not in the workload: lead-ins, adjectives as tags, inner keywords, typos. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "could you count the notes tagged infra from today|1|count",
        "tell me how many documents mention cache|1|count",
        "please list all infra notes|2|list",
        "how many notes have the tag rl|2|count",
        "which notes carry the perf tag|1|list",
        "display my rl notes from the past 10 days|2|list",
        "I'd like to know how many notes mention cache|1|count",
        "so, how many notes did I jot down today?|2|count",
        "count everything tagged perf|2|count",
        "how many notes and docs mention PPO|3|count",
        "show yesterday's notes|1|list",
        "notes tagged team from the last 2 days?|1|list",
        "in how many notes does PPO appear|2|count",
        "how many notes have cache in them|1|count",
        "give me a count of notes about ppo|2|count",
        "what's the number of documents|3|count",
        "hey there, list my notes mentioning standup|1|list",
        "Ntoes from today|2|list",
        "tally: notes tagged rl|2|count",
        "what are my notes about the standup|1|list",
        "sorry to ask, but how many notes mention PPO|2|count"
    })
    void answersNewPhrasings(String question, long count, String mode) {
        ToolResult result = run(question);
        assertThat(result.status()).as("%s -> %s", question, result.reason()).isEqualTo(Status.OK);
        assertThat(result.data()).as(question).containsEntry("count", Long.toString(count)).containsEntry("mode", mode);
    }

    @Test
    void anAdjectiveIsATagWhenTheTagExistsAndATopicOtherwise() {
        assertThat(run("how many infra notes do I have").output()).isEqualTo("You have 2 notes tagged infra.");
        assertThat(run("how many staging notes do I have").output())
                .isEqualTo("You have 1 note mentioning \"staging\".");
        assertThat(run("how many staging notes tagged infra do I have").status()).isEqualTo(Status.REFUSED);
    }

    @Test
    void everythingINotedMeansNotes() {
        assertThat(run("show me everything I noted today").data()).containsEntry("count", "2");
        assertThat(run("show me everything from today").data()).containsEntry("count", "5");
    }

    /** Questions that look close but are not about stored notes, or carry free text. */
    @ParameterizedTest
    @ValueSource(strings = {"how many layers does MiniLM have?", "notes: buy milk #todo",
        "note about the meeting: moved to 3pm", "list the steps to deploy", "how many people attended the meeting",
        "show me how to write notes", "count to ten", "which document explains the reflection buffer?",
        "what is a note", "remember that I have 3 notes to write", "are there any documents I should read first",
        "how many purple monkey notes",
        "list notes about the thing we discussed in the meeting with the platform team",
        "tell me a story about notes", "hey, what is the capital of France?", "quick count: sheep"})
    void refusesNearMisses(String question) {
        ToolResult result = run(question);
        assertThat(result.status()).as("%s -> %s", question, result.output()).isEqualTo(Status.REFUSED);
        assertThat(result.reason()).isEqualTo(QueryTool.UNDERSTOOD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"what is the capital of France?", "how many roads must a man walk down",
        "list notes purple monkey", "how many notes mention", "remember that x is y", "17 * 23",
        "list notes from the last 0 days", "how many notes mention \"\"", "tell me about notes",
        "list notes tagged", "how many"})
    void unrecognisedQuestionsAreRefusedWithWhatIsUnderstood(String question) {
        ToolResult result = run(question);
        assertThat(result.status()).isEqualTo(Status.REFUSED);
        assertThat(result.reason()).isEqualTo(QueryTool.UNDERSTOOD);
    }

    @Test
    void countsReadAsASentence() {
        assertThat(run("how many notes mention PPO?").output()).isEqualTo("You have 2 notes mentioning \"PPO\".");
        assertThat(run("how many notes do I have").output()).isEqualTo("You have 5 notes.");
        assertThat(run("how many documents mention cache").output())
                .isEqualTo("You have 1 document mentioning \"cache\".");
        assertThat(run("count notes tagged infra from today").output())
                .isEqualTo("You have 1 note tagged infra from today.");
        assertThat(run("how many notes mention zebra").output()).isEqualTo("You have 0 notes mentioning \"zebra\".");
    }

    @Test
    void listsAreNumberedNewestFirstWithDates() {
        ToolResult result = run("list notes mentioning PPO");
        String[] lines = result.output().split("\n");
        assertThat(lines[0]).isEqualTo("You have 2 notes mentioning \"PPO\":");
        assertThat(lines[1]).isEqualTo("1. [note-5] 2024-05-15 PPO needs a value head for GAE");
        assertThat(lines[2]).isEqualTo("2. [note-7] 2024-05-08 PPO learning rate 3e-4 works");
        assertThat(result.sources()).containsExactly("note-5", "note-7");
    }

    @Test
    void longListsAreCutAtTheLimitWithARemainder() {
        tool = new QueryTool(new QueryConfig(2, 20, 500, ZoneOffset.UTC), fixture.store, fixture.clock);
        fixture.store.add("a very long note that goes on and on about nothing in particular", Shard.Kind.NOTE,
                "note", List.of());
        ToolResult result = run("list notes");
        String[] lines = result.output().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).isEqualTo("1. [note-9] 2024-05-15 a very long note…");
        assertThat(lines[3]).isEqualTo("… and 4 more");
        assertThat(result.data()).containsEntry("count", "6");
    }

    @Test
    void aListExactlyAsLongAsTheLimitHasNoRemainder() {
        tool = new QueryTool(new QueryConfig(2, 60, 500, ZoneOffset.UTC), fixture.store, fixture.clock);
        ToolResult result = run("list notes mentioning PPO");
        assertThat(result.output().split("\n")).hasSize(3).doesNotContain("… and 0 more");
        assertThat(result.data()).containsEntry("count", "2");
        ToolResult shorter = run("list notes mentioning value head");
        assertThat(shorter.data()).containsEntry("count", "1");
        assertThat(shorter.output()).startsWith("You have 1 note mentioning \"value head\":");
    }

    @Test
    void emptyListSaysSo() {
        assertThat(run("list notes tagged nothing").output()).isEqualTo("You have 0 notes tagged nothing.");
    }

    @Test
    void daysBeginInTheClocksZone() {
        // 23:30 UTC on the 15th is already the 16th in Paris: nothing stored "today" there
        MutableClock paris = new MutableClock(Instant.parse("2024-05-15T23:30:00Z"), ZoneId.of("Europe/Paris"));
        tool = new QueryTool(UTC, fixture.store, paris);
        assertThat(run("how many notes from today").data()).containsEntry("count", "0");
        assertThat(run("how many notes from yesterday").data()).containsEntry("count", "2");
    }

    @Test
    void noteToQueryRoundTrip() {
        InMemoryMemoryStore store = fixture.store;
        var note = new io.hololoom.tool.note.NoteToolProvider().create(fixture.context("note", java.util.Map.of()));
        long before = Long.parseLong(run("how many notes mention PPO?").data().get("count"));
        assertThat(note.run(fixture.call("remember that PPO clip 0.2 works best #rl")).isOk()).isTrue();
        assertThat(note.run(fixture.call("take a note: PPO entropy bonus 0.01, tags: rl, tuning")).isOk()).isTrue();
        assertThat(run("how many notes mention PPO?").data()).containsEntry("count", Long.toString(before + 2));
        assertThat(run("how many notes tagged tuning").data()).containsEntry("count", "1");
        fixture.clock.advance(java.time.Duration.ofDays(1));
        assertThat(note.run(fixture.call("jot down tomorrow's PPO run #rl")).isOk()).isTrue();
        ToolResult today = run("list notes from today");
        assertThat(today.data()).containsEntry("count", "1");
        assertThat(today.output()).contains("tomorrow's PPO run");
        assertThat(run("list notes tagged rl from yesterday").data()).containsEntry("count", "3");
        assertThat(store.size()).isEqualTo(11);
    }

    @Test
    void storageFailureIsAnError() {
        tool = new QueryTool(UTC, new FailingMemoryStore(), fixture.clock);
        ToolResult result = run("how many notes do I have");
        assertThat(result.status()).isEqualTo(Status.ERROR);
        assertThat(result.reason()).isEqualTo("memory query failed");
    }

    @Test
    void tooLongQuestionsAreRefused() {
        assertThat(run("how many notes mention " + "x".repeat(600)).reason())
                .isEqualTo("question too long (limit 500 characters)");
    }
}
