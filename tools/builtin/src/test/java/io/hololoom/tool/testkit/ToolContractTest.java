package io.hololoom.tool.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.hololoom.api.Tool;
import io.hololoom.api.ToolCall;
import io.hololoom.api.ToolResult;
import io.hololoom.api.ToolResult.Status;
import io.hololoom.api.memory.ScoredShard;
import io.hololoom.api.memory.Shard;
import io.hololoom.api.plugin.ToolProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every tool must keep (see {@link Tool}): a result for every input, never an exception, a reason
 * for every REFUSED / ERROR / TIMEOUT that does not echo the query, interruption honoured, safe concurrent use.
 * Each tool's test extends this and names its provider and a query it handles.
 */
public abstract class ToolContractTest {

    /** A marker put into hostile queries; no reason may echo it (reasons never contain user text). */
    protected static final String MARKER = "Xyzzy42Marker";

    private static final String JUNK_ALPHABET = "0123456789+-*/^%()., abcdefghijklmnopqrstuvwxyz#:?";

    protected Fixture fixture;
    protected Tool tool;

    /** The provider under test. */
    protected abstract ToolProvider provider();

    /** The expected plugin name. */
    protected abstract String expectedName();

    /** A query the tool handles with status OK in {@link Fixture#withSampleData()}. */
    protected abstract String workingQuery();

    @BeforeEach
    void createTool() {
        fixture = new Fixture().withSampleData();
        tool = provider().create(fixture.context(expectedName(), Map.of()));
    }

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    /** Runs the tool and checks the invariants every result must satisfy. */
    protected ToolResult run(ToolCall call) {
        ToolResult[] holder = new ToolResult[1];
        assertThatCode(() -> holder[0] = tool.run(call)).doesNotThrowAnyException();
        ToolResult result = holder[0];
        assertWellFormed(result);
        return result;
    }

    protected ToolResult run(String query) {
        return run(fixture.call(query));
    }

    protected static void assertWellFormed(ToolResult result) {
        assertThat(result).isNotNull();
        if (result.status() == Status.OK) {
            assertThat(result.reason()).isEmpty();
        } else {
            assertThat(result.reason()).as("reason of a %s result", result.status()).isNotBlank();
            assertThat(result.reason()).doesNotContain(MARKER).hasSizeLessThan(300);
        }
        assertThat(result.quality()).satisfiesAnyOf(q -> assertThat(q).isNaN(), q -> assertThat(q).isBetween(0.0, 1.0));
    }

    @Test
    void providerNameIsTheToolName() {
        assertThat(provider().name()).isEqualTo(expectedName()).matches("[a-z][a-z0-9-]*");
    }

    @Test
    void descriptionsAreOneLine() {
        assertThat(tool.description()).isNotBlank().doesNotContain("\n");
        assertThat(provider().description()).isNotBlank().doesNotContain("\n");
    }

    @Test
    void workingQueryIsHandled() {
        ToolResult result = run(workingQuery());
        assertThat(result.status()).as(result.reason()).isEqualTo(Status.OK);
        assertThat(result.output()).isNotBlank();
    }

    @Test
    void blankQueriesAreNotOk() {
        for (String blank : List.of("", " ", "\t\n  ")) {
            ToolResult result = run(blank);
            assertThat(result.status()).isNotEqualTo(Status.OK);
        }
    }

    @Test
    void megabyteQueryGetsAResult() {
        String huge = (MARKER + " what is 1 + 1 and remember that ").repeat(1_000_000 / 40);
        run(huge);
        run(fixture.callWithContext(huge, 3));
    }

    @Test
    void deeplyNestedQueryGetsAResult() {
        run("(".repeat(100_000) + "1" + ")".repeat(100_000));
    }

    @Test
    void controlCharactersAndUnpairedSurrogatesGetAResult() {
        for (String q : List.of("\u0000\u0007what is 2+2\u001b[31m" + MARKER, "\uD800 remember \uDC00 " + MARKER,
                "\uDFFF\uD800", "note: \u0000" + MARKER + "\uD83D", "how many notes mention \uD800?",
                "\u202Eevil\u202C " + MARKER, "list notes tagged \u0000")) {
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
                        : JUNK_ALPHABET.charAt(random.nextInt(JUNK_ALPHABET.length())));
            }
            run(sb.toString());
        }
    }

    /**
     * Long runs of one pattern at the sizes the tools accept (query 500, calc 1000, note 4000 characters), run on
     * a thread with a small stack: a regular expression that repeats a group, or a recursive parser, would
     * overflow here. Context shards get the same treatment.
     */
    @Test
    void longRepetitiveInputOnASmallStackGetsAResult() throws Exception {
        List<String> units = List.of("tagged a ", "#a ", "please ", "my ", "from ", "- ", "1,", "(", ")", ". ",
                "\n", "1+", "2^", "what ", "tags: a, ", "about ", "sqrt(", "a", " ", "?", "!");
        List<String> queries = new ArrayList<>();
        for (String unit : units) {
            for (int size : new int[] {480, 990, 3990}) {
                queries.add(unit.repeat(size / unit.length()));
                queries.add("remember that " + unit.repeat((size - 30) / unit.length()));
                queries.add("list notes " + unit.repeat((size - 15) / unit.length()));
            }
        }
        Shard big = new Shard("big-1", ". \n".repeat(30_000) + "staging " + "server. ".repeat(5_000),
                Shard.Kind.DOCUMENT, "big.md", List.of(), Instant.EPOCH);
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(null, () -> {
            try {
                for (String q : queries) {
                    ToolResult result = tool.run(fixture.call(q));
                    assertWellFormed(result);
                }
                assertWellFormed(tool.run(fixture.callWithContext("what is the staging server",
                        List.of(new ScoredShard(big, 0.5)))));
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "small-stack", 256 * 1024);
        thread.start();
        thread.join(60_000);
        assertThat(thread.isAlive()).isFalse();
        assertThat(failure[0]).isNull();
    }

    @Test
    void contextWithOddShardsGetsAResult() {
        Shard odd = new Shard("odd-1", "\u0000\uD800 " + MARKER + " \n\n...", Shard.Kind.DOCUMENT, "x", List.of(),
                Instant.EPOCH);
        Shard empty = new Shard("odd-2", "", Shard.Kind.NOTE, "note", List.of(), Instant.EPOCH);
        List<ScoredShard> context = List.of(new ScoredShard(odd, 0.9), new ScoredShard(empty, -1.0));
        run(fixture.callWithContext(workingQuery(), context));
        run(fixture.callWithContext(MARKER, context));
    }

    @Test
    void embeddingOfAnotherDimensionGetsAResult() {
        run(new ToolCall("st-1", workingQuery(), new float[3], List.of(), Duration.ofSeconds(1)));
        run(new ToolCall("st-1", workingQuery(), new float[0], List.of(), Duration.ofSeconds(1)));
    }

    @Test
    void interruptedThreadGetsAResultAndKeepsItsFlag() {
        Thread.currentThread().interrupt();
        ToolResult result = run(workingQuery());
        assertThat(Thread.currentThread().isInterrupted()).as("the interrupt flag is preserved").isTrue();
        assertThat(result.status()).isIn(Status.OK, Status.TIMEOUT);
    }

    @Test
    void concurrentUseGivesTheSameStatusesAsSequentialUse() throws Exception {
        List<String> queries = List.of(workingQuery(), "", "what is 17 * 23?", "remember that x is y",
                "how many notes do I have", "what is the capital of France?", MARKER);
        List<Status> expected = new ArrayList<>();
        for (String q : queries) {
            expected.add(run(q).status());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Status>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Callable<List<Status>> task = () -> {
                    List<Status> statuses = new ArrayList<>();
                    for (String q : queries) {
                        statuses.add(tool.run(fixture.call(q)).status());
                    }
                    return statuses;
                };
                futures.add(pool.submit(task));
            }
            for (Future<List<Status>> f : futures) {
                assertThat(f.get(30, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
