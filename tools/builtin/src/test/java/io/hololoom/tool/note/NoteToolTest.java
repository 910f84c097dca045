package io.hololoom.tool.note;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.ToolResult;
import io.hololoom.api.ToolResult.Status;
import io.hololoom.api.memory.Shard;
import io.hololoom.api.memory.ShardFilter;
import io.hololoom.api.plugin.ToolProvider;
import io.hololoom.tool.testkit.BuiltinToolContractTest;
import io.hololoom.tool.testkit.FailingMemoryStore;
import io.hololoom.tool.testkit.Fixture;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NoteToolTest extends BuiltinToolContractTest {

    @Override
    protected ToolProvider provider() {
        return new NoteToolProvider();
    }

    @Override
    protected String expectedName() {
        return "note";
    }

    @Override
    protected String workingQuery() {
        return "remember that the staging server is db-7";
    }

    private Shard newest() {
        return fixture.store.find(ShardFilter.ALL.withKind(Shard.Kind.NOTE).withLimit(1)).get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "remember that the staging server is db-7|the staging server is db-7|",
        "Remember: the staging server is db-7|the staging server is db-7|",
        "remember the staging server is db-7|the staging server is db-7|",
        "note: buy milk|buy milk|",
        "Note that the demo is at 3pm|the demo is at 3pm|",
        "take a note: call Bob tomorrow|call Bob tomorrow|",
        "take a note that call Bob tomorrow|call Bob tomorrow|",
        "make a note that invoices go out on the 1st|invoices go out on the 1st|",
        "save a note that the VPN cert expires in June|the VPN cert expires in June|",
        "jot down the wifi password rotates monthly|the wifi password rotates monthly|",
        "jot down: the wifi password rotates monthly|the wifi password rotates monthly|",
        "note to self: rotate keys (tags: security)|rotate keys|security",
        "please remember that deploys freeze on Friday #infra #ops|deploys freeze on Friday|infra,ops",
        "remember the #staging server is db-7|the staging server is db-7|staging",
        "remember that backups run at 2am, tags: infra, ops|backups run at 2am|infra,ops",
        "remember that backups run at 2am tagged infra|backups run at 2am|infra",
        "remember that backups run at 2am tagged with infra and ops|backups run at 2am|infra,ops",
        "remember that the bill is 20 #Finance.|the bill is 20|finance",
        "the staging server is db-7|the staging server is db-7|",
        "remember that issue #42 is fixed|issue #42 is fixed|",
        "remember that C# is nice|C# is nice|",
        "remember that the box was tagged v1.2|the box was tagged v1.2|",
        "remember that the notes folder is /srv/notes thanks|the notes folder is /srv/notes|",
        "Could you remember that lunch is at noon, please?|lunch is at noon, please?|",
        "notes are in the drawer|notes are in the drawer|"
    })
    void storesTheNoteTextAndTags(String query, String text, String tags) {
        ToolResult result = run(query);
        assertThat(result.status()).as(result.reason()).isEqualTo(Status.OK);
        Shard stored = newest();
        assertThat(stored.text()).isEqualTo(text);
        List<String> expectedTags = tags == null ? List.of() : Arrays.asList(tags.split(","));
        assertThat(stored.tags()).containsExactlyElementsOf(expectedTags);
        assertThat(stored.kind()).isEqualTo(Shard.Kind.NOTE);
        assertThat(stored.source()).isEqualTo("note");
        assertThat(stored.createdAt()).isEqualTo(Fixture.NOW);
    }

    @Test
    void outputDataAndSourcesCarryTheShard() {
        ToolResult result = run("remember that the staging server is db-7 #infra");
        Shard stored = newest();
        assertThat(result.output()).isEqualTo("Noted: the staging server is db-7 (tags: infra)");
        assertThat(result.sources()).containsExactly(stored.id());
        assertThat(result.data()).containsEntry("id", stored.id()).containsEntry("tags", "infra")
                .containsEntry("created_at", Fixture.NOW.toString());
        assertThat(result.quality()).isEqualTo(1.0);
        assertThat(run("note: buy milk").output()).isEqualTo("Noted: buy milk");
    }

    @ParameterizedTest
    @ValueSource(strings = {"remember that", "note:", "take a note:", "#infra", "remember that #infra #ops",
        "jot down", "note: \u0000\u0001", "remember that, thanks"})
    void blankNotesAreRefused(String query) {
        long before = fixture.store.size();
        ToolResult result = run(query);
        assertThat(result.status()).isEqualTo(Status.REFUSED);
        assertThat(result.reason()).startsWith("nothing to note");
        assertThat(fixture.store.size()).isEqualTo(before);
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreNotStored() {
        run("remember that a\u0000b\uD800c\u202Ed");
        assertThat(newest().text()).isEqualTo("a b c d");
    }

    @Test
    void tooLongNotesAreRefused() {
        ToolResult result = run("remember " + "x".repeat(5000));
        assertThat(result.reason()).isEqualTo("note too long (limit 4000 characters)");
    }

    @Test
    void tagsAreCappedByConfig() {
        tool = provider().create(fixture.context("note", Map.of("max-tags", "2", "source", "chat")));
        run("remember that x is y #a #b #c");
        assertThat(newest().tags()).containsExactly("a", "b");
        assertThat(newest().source()).isEqualTo("chat");
    }

    @Test
    void storageFailureIsAnError() {
        tool = new NoteTool(NoteConfig.DEFAULTS, new FailingMemoryStore());
        ToolResult result = run("remember that x is y");
        assertThat(result.status()).isEqualTo(Status.ERROR);
        assertThat(result.reason()).isEqualTo("could not save the note to the memory store");
    }

    @Test
    void interruptedThreadStoresNothing() {
        long before = fixture.store.size();
        Thread.currentThread().interrupt();
        ToolResult result = run("remember that x is y");
        assertThat(result.status()).isEqualTo(Status.TIMEOUT);
        assertThat(fixture.store.size()).isEqualTo(before);
    }
}
