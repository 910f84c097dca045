package io.hololoom.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.hololoom.api.Tool;
import io.hololoom.api.ToolCall;
import io.hololoom.api.ToolResult;
import io.hololoom.api.ToolResult.Status;
import io.hololoom.api.memory.ScoredShard;
import io.hololoom.api.memory.Shard;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.ToolProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Tool} keeps, as its javadoc states it: a {@link ToolResult} for every input and
 * never an exception; a reason for every REFUSED / ERROR / TIMEOUT that does not repeat the user's text; an
 * interrupt is not swallowed; safe concurrent use; a lower-kebab-case provider name.
 *
 * <p>Extend it in your tool's tests and name your provider, its name and one query it handles:
 * <pre>{@code
 * class UnitConvertToolContractTest extends ToolContractTest {
 *     protected ToolProvider provider() { return new UnitConvertToolProvider(); }
 *     protected String expectedName() { return "unit-convert"; }
 *     protected String workingQuery() { return "convert 10 km to miles"; }
 * }
 * }</pre>
 * The tool is created with {@link #settings()} through a {@link FakePluginContext} that has an
 * {@link InMemoryMemoryStore} (filled by {@link #sampleShards()}) and a {@link FixedEmbedder}; a test that needs
 * its own world overrides {@link #pluginContext()} and {@link #call(String)}. Stricter promises are opt-in:
 * {@link #refusesBlankQueries()}, {@link #maxReasonLength()}, {@link #statusesWhenInterrupted()}.
 */
public abstract class ToolContractTest {
    /** Put into hostile queries; no reason may repeat it (reasons never contain user text). */
    protected static final String MARKER = "Xyzzy42Marker";

    private static final String JUNK = "0123456789+-*/^%()., abcdefghijklmnopqrstuvwxyz#:?";

    /** The embedder of the test world. */
    protected final FixedEmbedder embedder = new FixedEmbedder(64);
    /** The memory store of the test world, on a fixed clock (2024-05-15 12:00 UTC). */
    protected final InMemoryMemoryStore memory = new InMemoryMemoryStore(embedder,
            Clock.fixed(Instant.parse("2024-05-15T12:00:00Z"), ZoneOffset.UTC));
    /** The tool under test, created before each test. */
    protected Tool tool;

    /** The provider under test. */
    protected abstract ToolProvider provider();

    /** The name the provider must report. */
    protected abstract String expectedName();

    /** A query the tool answers with status OK and a non-blank output. */
    protected abstract String workingQuery();

    /** The plugin's settings for the test (names without the {@code hololoom.tool.<name>.} prefix). */
    protected Map<String, String> settings() {
        return Map.of();
    }

    /** Shards put into the memory store before the tool is created: {@code text -> kind}. */
    protected Map<String, Shard.Kind> sampleShards() {
        return Map.of("Paris is the capital of France.", Shard.Kind.DOCUMENT,
                "the staging server is db-7", Shard.Kind.NOTE);
    }

    /** Queries whose statuses must be the same when run concurrently as when run one by one. */
    protected List<String> concurrentQueries() {
        return List.of(workingQuery(), "", "what is the capital of France?", MARKER);
    }

    /** Whether a blank query must get a status other than OK (a tool that needs a question: yes). */
    protected boolean refusesBlankQueries() {
        return false;
    }

    /** The longest reason a non-OK result may give; reasons are short, one sentence. */
    protected int maxReasonLength() {
        return 499;
    }

    /** The statuses a call from an interrupted thread may get. */
    protected Set<Status> statusesWhenInterrupted() {
        return Set.of(Status.OK, Status.TIMEOUT, Status.ERROR);
    }

    /**
     * The context the tool is created with: {@link #settings()}, {@link #memory} and {@link #embedder}. Called
     * before each test, after {@link #sampleShards()} went into {@link #memory}.
     */
    protected PluginContext pluginContext() {
        return FakePluginContext.builder().config(MapPluginConfig.of("tool", expectedName(), settings()))
                .memory(memory).embedder(embedder).build();
    }

    @BeforeEach
    void createTool() {
        sampleShards().forEach((text, kind) -> memory.add(text, kind, "test", List.of("sample")));
        tool = provider().create(pluginContext());
        assertThat(tool).as("the tool created by %s", provider().getClass().getName()).isNotNull();
    }

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    /** A call as the loom makes it: the query's embedding, the store's top 3 as context, a 2 s budget. */
    protected ToolCall call(String query) {
        float[] e = embedder.embed(query);
        List<ScoredShard> context = memory.search(e, 3);
        return new ToolCall("st-test", query, e, context, Duration.ofSeconds(2));
    }

    /** Runs the tool, asserting that it returned a well-formed result and threw nothing. */
    protected ToolResult run(ToolCall call) {
        ToolResult[] holder = new ToolResult[1];
        assertThatCode(() -> holder[0] = tool.run(call)).as("run([%s...])", abbreviate(call.query()))
                .doesNotThrowAnyException();
        assertWellFormed(holder[0]);
        if (holder[0].status() != Status.OK) {
            assertThat(holder[0].reason()).as("reason of a %s result", holder[0].status())
                    .hasSizeLessThanOrEqualTo(maxReasonLength());
        }
        return holder[0];
    }

    protected ToolResult run(String query) {
        return run(call(query));
    }

    /** The invariants of every result: present, a reason exactly when not OK, no user text in the reason. */
    protected static void assertWellFormed(ToolResult result) {
        assertThat(result).as("a tool must return a result, never null").isNotNull();
        if (result.status() == Status.OK) {
            assertThat(result.reason()).as("reason of an OK result").isEmpty();
        } else {
            assertThat(result.reason()).as("reason of a %s result", result.status()).isNotBlank()
                    .doesNotContain(MARKER).hasSizeLessThan(500);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40);
    }

    @Test
    void theProviderNameIsTheExpectedLowerKebabCaseName() {
        assertThat(provider().name()).isEqualTo(expectedName()).matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    @Test
    void descriptionsAreSingleLines() {
        assertThat(provider().description()).isNotNull().doesNotContain("\n");
        assertThat(tool.description()).isNotNull().doesNotContain("\n");
    }

    @Test
    void theWorkingQueryIsAnswered() {
        ToolResult result = run(workingQuery());
        assertThat(result.status()).as("status (reason: %s)", result.reason()).isEqualTo(Status.OK);
        assertThat(result.output()).isNotBlank();
    }

    @Test
    void everyRunOfTheSameQueryGivesTheSameStatus() {
        assertThat(run(workingQuery()).status()).isEqualTo(run(workingQuery()).status());
    }

    @Test
    void blankQueriesGetAResult() {
        for (String blank : List.of("", " ", "\t\n  ")) {
            ToolResult result = run(blank);
            if (refusesBlankQueries()) {
                assertThat(result.status()).as("status for a blank query").isNotEqualTo(Status.OK);
            }
        }
    }

    @Test
    void aMegabyteQueryGetsAResult() {
        String huge = (MARKER + " convert 10 km to miles and what is 1 + 1 ").repeat(1_000_000 / 45);
        run(huge);
        float[] e = embedder.embed(huge);
        run(new ToolCall("st-test", huge, e, memory.search(e, 3), Duration.ofSeconds(2)));
    }

    @Test
    void deeplyNestedInputGetsAResult() {
        run("(".repeat(100_000) + "1" + ")".repeat(100_000));
    }

    @Test
    void controlCharactersAndBrokenUnicodeGetAResult() {
        for (String q : List.of("\u0000\u0007" + workingQuery() + "\u001b[31m" + MARKER, "\uD800 " + MARKER + " \uDC00",
                "\uDFFF\uD800", "\u202Eevil\u202C " + MARKER, "🎉 " + workingQuery() + " 🎉",
                "\uD800 remember \uDC00 " + MARKER, "note: \u0000" + MARKER + "\uD83D", "how many notes mention \uD800?",
                "list notes tagged \u0000")) {
            run(q);
        }
    }

    @Test
    void randomJunkNeverBreaksTheTool() {
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(80);
            for (int j = 0; j < length; j++) {
                sb.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x10000)
                        : JUNK.charAt(random.nextInt(JUNK.length())));
            }
            run(sb.toString());
        }
    }

    @Test
    void oddContextAndEmbeddingsGetAResult() {
        Shard odd = new Shard("odd-1", "\u0000\uD800 " + MARKER + " \n\n...", Shard.Kind.DOCUMENT, "x", List.of(),
                Instant.EPOCH);
        Shard empty = new Shard("odd-2", "", Shard.Kind.NOTE, "note", List.of(), Instant.EPOCH);
        List<ScoredShard> context = List.of(new ScoredShard(odd, 0.9), new ScoredShard(empty, -1.0));
        run(new ToolCall("st-test", workingQuery(), embedder.embed(workingQuery()), context, Duration.ofSeconds(2)));
        run(new ToolCall("st-test", MARKER, embedder.embed(MARKER), context, Duration.ofSeconds(2)));
        run(new ToolCall("st-test", workingQuery(), new float[3], List.of(), Duration.ofSeconds(2)));
        run(new ToolCall("st-test", workingQuery(), new float[0], List.of(), Duration.ofMillis(1)));
    }

    @Test
    void anInterruptedCallerGetsAResultAndKeepsItsInterrupt() {
        Thread.currentThread().interrupt();
        ToolResult result = run(workingQuery());
        assertThat(Thread.currentThread().isInterrupted()).as("the interrupt must not be swallowed").isTrue();
        assertThat(result.status()).isIn(statusesWhenInterrupted());
    }

    @Test
    void concurrentUseGivesTheSameStatusesAsSequentialUse() throws Exception {
        List<String> queries = concurrentQueries();
        List<Status> expected = new ArrayList<>();
        for (String q : queries) {
            expected.add(run(q).status());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Status>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    List<Status> statuses = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        statuses.clear();
                        for (String q : queries) {
                            statuses.add(tool.run(call(q)).status());
                        }
                    }
                    return statuses;
                }));
            }
            for (Future<List<Status>> f : futures) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Long runs of one pattern at sizes tools commonly accept (about 500, 1000 and 4000 characters), run on a
     * thread with a small stack: a regular expression that repeats a group, or a recursive parser, overflows
     * here. A context shard gets the same treatment.
     */
    @Test
    void longRepetitiveInputOnASmallStackGetsAResult() throws Exception {
        List<String> units = List.of("tagged a ", "#a ", "please ", "my ", "from ", "- ", "1,", "(", ")", ". ",
                "\n", "1+", "2^", "what ", "tags: a, ", "about ", "sqrt(", "a", " ", "?", "!");
        List<ToolCall> calls = new ArrayList<>();
        for (String unit : units) {
            for (int size : new int[] {480, 990, 3990}) {
                calls.add(call(unit.repeat(size / unit.length())));
                calls.add(call("remember that " + unit.repeat((size - 30) / unit.length())));
                calls.add(call("list notes " + unit.repeat((size - 15) / unit.length())));
            }
        }
        Shard big = new Shard("big-1", ". \n".repeat(30_000) + "staging " + "server. ".repeat(5_000),
                Shard.Kind.DOCUMENT, "big.md", List.of(), Instant.EPOCH);
        String query = "what is the staging server";
        calls.add(new ToolCall("st-test", query, embedder.embed(query), List.of(new ScoredShard(big, 0.5)),
                Duration.ofSeconds(2)));
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(null, () -> {
            try {
                for (ToolCall c : calls) {
                    assertWellFormed(tool.run(c));
                }
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "small-stack", 256 * 1024);
        thread.start();
        thread.join(60_000);
        assertThat(thread.isAlive()).as("still running after 60 s").isFalse();
        assertThat(failure[0]).as("failure on the small stack").isNull();
    }

    @Test
    void cacheableDoesNotThrow() {
        assertThatCode(tool::cacheable).doesNotThrowAnyException();
    }
}
