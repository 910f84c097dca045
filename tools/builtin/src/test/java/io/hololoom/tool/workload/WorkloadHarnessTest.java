package io.hololoom.tool.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hololoom.api.Tool;
import io.hololoom.api.ToolCall;
import io.hololoom.api.ToolResult;
import io.hololoom.api.memory.ScoredShard;
import io.hololoom.api.memory.Shard;
import io.hololoom.api.memory.ShardFilter;
import io.hololoom.testkit.FixedEmbedder;
import io.hololoom.testkit.InMemoryMemoryStore;
import io.hololoom.tool.answer.AnswerConfig;
import io.hololoom.tool.answer.AnswerTool;
import io.hololoom.tool.calc.CalcConfig;
import io.hololoom.tool.calc.CalcTool;
import io.hololoom.tool.query.QueryConfig;
import io.hololoom.tool.query.QueryTools;
import io.hololoom.tool.search.SearchConfig;
import io.hololoom.tool.search.SearchTool;
import io.hololoom.tool.testkit.MutableClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs each tool over every workload line labelled with it (train and test, see docs/workload.md) and checks
 * floors on the rates: calc evaluates its lines and prints the labelled value, query understands its lines,
 * answer's response contains the labelled fact, search finds something. It also runs calc and query over the
 * lines labelled for the other tools, where they should mostly refuse.
 *
 * <p>The world is the one the workload describes: the 40 seed notes dated {@code daysAgo} days before a fixed
 * clock, and the corpus documents split into paragraphs. The loom's retrieved context is stood in for by a BM25
 * ranking of those shards ({@link Bm25}, top 6 as for the FAST card); answer scores lexically (no embedder). The
 * rates are printed and written to {@code target/workload-harness.txt}. Skipped when the core resources are not
 * next to this module.
 */
class WorkloadHarnessTest {

    static final double CALC_OK_FLOOR = 0.97;
    static final double CALC_VALUE_FLOOR = 0.97;
    static final double QUERY_OK_FLOOR = 0.95;
    static final double ANSWER_CONTAINS_FLOOR = 0.85;
    static final double SEARCH_HIT_FLOOR = 0.97;
    /** calc evaluating a line meant for another tool (e.g. "jot this down: 17 * 23 is 391") is rare. */
    static final double CALC_FOREIGN_REFUSED_FLOOR = 0.97;
    /**
     * query understanding an answer, note or calc line is rare too. Search lines are left out of this check:
     * "find pages about reinforcement learning" is a fair listing question for query as well.
     */
    static final double QUERY_FOREIGN_REFUSED_FLOOR = 0.97;

    private static final Instant NOW = Instant.parse("2024-05-15T12:00:00Z");
    private static final int CONTEXT_K = 6;

    private static List<WorkloadFiles.Line> lines;
    private static InMemoryMemoryStore store;
    private static FixedEmbedder embedder;
    private static MutableClock clock;
    private static Bm25 retriever;
    private static final List<String> report = new ArrayList<>();

    @BeforeAll
    static void loadWorld() {
        assumeTrue(WorkloadFiles.present(), "workload files not found under " + WorkloadFiles.WORKLOAD.toAbsolutePath());
        lines = WorkloadFiles.lines();
        embedder = new FixedEmbedder(256);
        clock = new MutableClock(NOW, ZoneOffset.UTC);
        store = new InMemoryMemoryStore(embedder, clock);
        for (WorkloadFiles.Paragraph p : WorkloadFiles.paragraphs()) {
            store.add(p.text(), Shard.Kind.DOCUMENT, p.source(), List.of());
        }
        for (WorkloadFiles.Note n : WorkloadFiles.notes()) {
            clock.set(NOW.minus(Duration.ofDays(n.daysAgo())));
            store.add(n.text(), Shard.Kind.NOTE, "note", n.tags());
        }
        clock.set(NOW);
        retriever = new Bm25(store.find(ShardFilter.ALL.withLimit(10_000)));
    }

    @AfterAll
    static void writeReport() throws IOException {
        if (report.isEmpty()) {
            return;
        }
        String text = String.join("\n", report) + "\n";
        System.out.print(text);
        Path out = Path.of("target", "workload-harness.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
    }

    private static ToolCall call(String query) {
        List<ScoredShard> context = retriever.search(query, CONTEXT_K);
        return new ToolCall("wl-1", query, embedder.embed(query), context, Duration.ofSeconds(4));
    }

    private static List<WorkloadFiles.Line> labelled(String tool) {
        return lines.stream().filter(l -> l.tool().equals(tool)).toList();
    }

    private static List<WorkloadFiles.Line> others(String tool) {
        return lines.stream().filter(l -> !l.tool().equals(tool)).toList();
    }

    /** Counts lines whose result passes the check; records up to 40 lines that do not for the report. */
    private static Rate rate(String name, Tool tool, List<WorkloadFiles.Line> subset,
            java.util.function.BiPredicate<WorkloadFiles.Line, ToolResult> check) {
        int passed = 0;
        List<String> failures = new ArrayList<>();
        for (WorkloadFiles.Line line : subset) {
            ToolResult r = tool.run(call(line.query()));
            if (check.test(line, r)) {
                passed++;
            } else if (failures.size() < 40) {
                failures.add("    " + line.query() + "  ->  " + (r.isOk()
                        ? "OK " + r.output().replace('\n', ' ') : r.status() + " " + r.reason()));
            }
        }
        Rate rate = new Rate(name, passed, subset.size());
        report.add(rate.toString());
        report.addAll(failures.stream().map(f -> f.length() > 200 ? f.substring(0, 200) + "…" : f).toList());
        return rate;
    }

    private record Rate(String name, int passed, int total) {
        double value() {
            return total == 0 ? 0 : (double) passed / total;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-48s %4d / %4d = %5.1f %%", name, passed, total, 100 * value());
        }
    }

    @Test
    void calcEvaluatesItsLinesAndPrintsTheLabelledValue() {
        Tool calc = new CalcTool(CalcConfig.DEFAULTS);
        List<WorkloadFiles.Line> mine = labelled("calc");
        assertThat(mine).hasSizeGreaterThan(100);
        List<WorkloadFiles.Line> withAnswer = mine.stream().filter(l -> l.answer().isPresent()).toList();
        Rate ok = rate("calc OK on labelled-answer calc lines", calc, withAnswer, (l, r) -> r.isOk());
        Rate value = rate("calc value == labelled answer", calc, withAnswer,
                (l, r) -> r.isOk() && r.output().equals(l.answer().get()));
        rate("calc OK on word problems (no answer; info)", calc,
                mine.stream().filter(l -> l.answer().isEmpty()).toList(), (l, r) -> r.isOk());
        Rate foreign = rate("calc refuses other tools' lines", calc, others("calc"), (l, r) -> !r.isOk());
        assertThat(ok.value()).as(ok.toString()).isGreaterThanOrEqualTo(CALC_OK_FLOOR);
        assertThat(value.value()).as(value.toString()).isGreaterThanOrEqualTo(CALC_VALUE_FLOOR);
        assertThat(foreign.value()).as(foreign.toString()).isGreaterThanOrEqualTo(CALC_FOREIGN_REFUSED_FLOOR);
    }

    @Test
    void queryUnderstandsItsLines() {
        Tool query = QueryTools.withClock(new QueryConfig(10, 100, 500, ZoneOffset.UTC), store, clock);
        List<WorkloadFiles.Line> mine = labelled("query");
        assertThat(mine).hasSizeGreaterThan(100);
        Rate ok = rate("query OK on query lines", query, mine, (l, r) -> r.isOk());
        Rate foreign = rate("query refuses answer/note/calc lines", query,
                others("query").stream().filter(l -> !l.tool().equals("search")).toList(), (l, r) -> !r.isOk());
        rate("query refuses search lines (info)", query, labelled("search"), (l, r) -> !r.isOk());
        assertThat(ok.value()).as(ok.toString()).isGreaterThanOrEqualTo(QUERY_OK_FLOOR);
        assertThat(foreign.value()).as(foreign.toString()).isGreaterThanOrEqualTo(QUERY_FOREIGN_REFUSED_FLOOR);
    }

    @Test
    void answerContainsTheLabelledFact() {
        Tool answer = new AnswerTool(AnswerConfig.DEFAULTS, store, Optional::empty);
        List<WorkloadFiles.Line> mine = labelled("answer");
        assertThat(mine).hasSizeGreaterThan(100);
        List<WorkloadFiles.Line> withAnswer = mine.stream().filter(l -> l.answer().isPresent()).toList();
        rate("answer OK on answer lines", answer, mine, (l, r) -> r.isOk());
        Rate contains = rate("answer response contains labelled answer", answer, withAnswer,
                (l, r) -> r.isOk() && contains(r.output(), l.answer().get()));
        assertThat(contains.value()).as(contains.toString()).isGreaterThanOrEqualTo(ANSWER_CONTAINS_FLOOR);
    }

    @Test
    void searchFindsSomethingForItsLines() {
        Tool search = new SearchTool(SearchConfig.DEFAULTS, store);
        List<WorkloadFiles.Line> mine = labelled("search");
        assertThat(mine).hasSizeGreaterThan(100);
        Predicate<ToolResult> hit = r -> r.isOk() && r.quality() > 0 && !r.sources().isEmpty();
        Rate found = rate("search OK with at least one hit", search, mine, (l, r) -> hit.test(r));
        assertThat(found.value()).as(found.toString()).isGreaterThanOrEqualTo(SEARCH_HIT_FLOOR);
    }

    private static boolean contains(String output, String answer) {
        return output.toLowerCase(Locale.ROOT).contains(answer.toLowerCase(Locale.ROOT));
    }
}
