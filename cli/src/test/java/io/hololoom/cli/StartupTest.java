package io.hololoom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The start-up work of the CLI: the archive's training run and the embedder warm-up of weave. */
class StartupTest {
    @TempDir
    Path dir;

    @Test
    void aRunOfOneSubcommandBuildsOnlyThatOne() {
        assertThat(Main.commandLine("config", "--home", "x").getSubcommands()).containsOnlyKeys("config");
        assertThat(Main.commandLine("weave", "hi").getSubcommands()).containsOnlyKeys("weave");
    }

    @Test
    void helpTyposAndNoArgumentsGetEverySubcommand() {
        for (String[] args : List.of(new String[0], new String[] {"help", "weave"}, new String[] {"--help"},
                new String[] {"wave", "hi"})) {
            assertThat(Main.commandLine(args).getSubcommands()).as(String.join(" ", args))
                    .hasSize(Main.SUBCOMMANDS.size()).containsKeys("weave", "config", "learn", "help");
        }
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine("wave", "hi");
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("wave", "hi")).isEqualTo(Main.USER_ERROR);
        assertThat(err.toString()).contains("Did you mean: hololoom weave?");
    }

    @Test
    void everyTrainingCommandSucceeds() {
        // a training command that fails (a renamed option, a removed command) would silently leave the
        // launcher without a start-up archive: this is where it shows
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        int failed = StartupTraining.train(dir, List.of("--set", "hololoom.embedder=hashing"),
                new PrintStream(report, true, StandardCharsets.UTF_8));
        assertThat(report.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(failed).isZero();
    }

    @Test
    void aTrainingCommandThatFailsIsCountedAndReported() {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        int failed = StartupTraining.train(dir, List.of("--set", "hololoom.embedder=nope"),
                new PrintStream(report, true, StandardCharsets.UTF_8));
        assertThat(failed).isPositive();
        assertThat(report.toString(StandardCharsets.UTF_8)).contains("weave").contains("exited with 2");
    }

    @Test
    void weaveWithAnUnknownEmbedderStillSaysSoAfterTheWarmUp() {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("weave", "--home", dir.toString(), "--set", "hololoom.embedder=minlm", "hi");
        assertThat(code).isEqualTo(Main.USER_ERROR);
        assertThat(err.toString()).contains("Unknown embedder [minlm]").doesNotContain("Exception");
    }

    @Test
    void weaveAnswersWithTheWarmUpRunning() {
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        int code = cli.execute("weave", "--home", dir.toString(), "--set", "hololoom.embedder=hashing", "--set",
                "hololoom.memory.builtin-corpus=false", "--set", "hololoom.policy.warm-start=false", "--stats",
                "what is 17 * 23?");
        assertThat(code).isZero();
        // the warm-up embeds past the cache: the run's one query is the embedding cache's only miss (a new data
        // directory without corpus and warm start, so nothing else is embedded)
        assertThat(out.toString()).contains("answer:").containsPattern("cache embedding +hits 0, misses 1,");
    }
}
