package io.hololoom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user steps of the README, end to end through the command line, on a temporary data directory. */
class CliTest {
    @TempDir
    static Path home;

    static CliRun run(String... args) {
        return CliRun.run(home, args);
    }

    @BeforeAll
    static void warmUp() {
        assertThat(run("weave", "what is 2 + 2?").code()).isZero();
    }

    @Test
    void weaveRoutesArithmeticToCalc() {
        CliRun r = run("weave", "what is 17 * 23?");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("tool:       calc").contains("answer:     391").contains("confidence:")
                .contains("card:").contains("stages ms:");
    }

    @Test
    void weaveJsonHasTheDocumentedFields() throws Exception {
        CliRun r = run("weave", "--json", "what is 17 * 23?");
        assertThat(r.code()).isZero();
        JsonNode s = new ObjectMapper().readTree(r.out());
        assertThat(s.get("tool").asText()).isEqualTo("calc");
        assertThat(s.get("response").asText()).isEqualTo("391");
        for (String field : List.of("id", "query", "confidence")) {
            assertThat(s.has(field)).as(field).isTrue();
        }
        JsonNode t = s.get("trace");
        for (String field : List.of("stages_ms", "motifs", "scales", "context_ids", "policy", "policy_version", "errors",
                "warnings", "caches")) {
            assertThat(t.has(field)).as(field).isTrue();
        }
    }

    @Test
    void aNoteIsFoundInALaterRun() {
        CliRun stored = run("weave", "remember that the staging server is db-7");
        assertThat(stored.out()).contains("tool:       note");
        CliRun found = run("weave", "how many notes mention staging?");
        assertThat(found.out()).contains("tool:       query").contains("1 note");
    }

    @Test
    void feedbackBecomesAReward() {
        CliRun w = run("weave", "what is 6 * 7?");
        String id = w.out().lines().filter(l -> l.startsWith("id:")).findFirst().orElseThrow().split("\\s+")[1];
        CliRun f = run("feedback", id, "--rating", "5");
        assertThat(f.code()).isZero();
        assertThat(f.out()).contains("reward 1.000");
        assertThat(run("feedback", "no-such-id", "--rating", "5").code()).isEqualTo(Main.USER_ERROR);
        assertThat(run("feedback", id, "--rating", "9").err()).contains("between 0 and 5");
    }

    @Test
    void ingestAddsDocuments() throws Exception {
        Path doc = home.resolveSibling(home.getFileName() + "-doc.md");
        Files.writeString(doc, "# Zebra facts\n\nThe quagga was a subspecies of the plains zebra that lived in South Africa.\n");
        CliRun r = run("ingest", doc.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("1 shard(s)");
        assertThat(run("ingest", "/no/such/file.md").err()).contains("no such file or directory");
        assertThat(run("ingest", home.resolve("hololoom.mv.db").toString()).err()).contains("unsupported file type");
    }

    @Test
    void pluginsAndConfigList() {
        CliRun plugins = run("plugins");
        assertThat(plugins.out()).contains("calc").contains("linucb").contains("hashing").contains("caffeine")
                .contains("weighted");
        CliRun config = run("config");
        assertThat(config.out()).contains("hololoom.embedder").contains("flag --set").contains("default");
        assertThat(config.code()).isZero();
    }

    @Test
    void configMarksUnknownKeysAndFailsLikeEveryOtherCommand() {
        CliRun typo = run("config", "--set", "hololoom.polcy=x");
        assertThat(typo.code()).isEqualTo(Main.USER_ERROR);
        assertThat(typo.out()).containsPattern("hololoom.polcy +=.*flag --set +<- UNKNOWN KEY");
        assertThat(typo.err()).contains("Unknown configuration key [hololoom.polcy] (from flag --set")
                .contains("did you mean [hololoom.policy]?");
        // a key under a discovered plugin's prefix is that plugin's to judge when it is created
        CliRun plugin = run("config", "--set", "hololoom.policy.linucb.alpha=0.5");
        assertThat(plugin.code()).isZero();
        assertThat(plugin.out()).contains("hololoom.policy.linucb.alpha").doesNotContain("UNKNOWN");
    }

    @Test
    void userMistakesGiveClearErrorsAndExitCode2() {
        assertThat(run("weave", " ").err()).contains("query is blank");
        assertThat(run("weave", "x".repeat(1_048_576)).err()).contains("1048576 characters").contains("limit is 4096");
        CliRun typo = run("weave", "--set", "hololoom.polcy=x", "hi");
        assertThat(typo.code()).isEqualTo(Main.USER_ERROR);
        assertThat(typo.err()).contains("Unknown configuration key [hololoom.polcy]").contains("hololoom.policy")
                .doesNotContain("Exception");
        CliRun unknown = run("weave", "--set", "hololoom.policy=linucbb", "hi");
        assertThat(unknown.err()).contains("Unknown policy [linucbb]; known policies [");
        CliRun bad = run("weave", "--set", "hololoom.query.max-length=abc", "hi");
        assertThat(bad.err()).contains("Invalid value [abc] for [hololoom.query.max-length]");
    }

    @Test
    void hostileInputDoesNotCrash() {
        assertThat(run("weave", "what is 1/0").code()).isIn(0, 1);
        assertThat(run("weave", "compute 10^10^10").code()).isIn(0, 1);
        assertThat(run("weave", "(".repeat(100_000) + "1" + ")".repeat(100_000)).err()).contains("limit is 4096");
        CliRun controls = run("weave", "what is 2\u0000+\u00072?\uD800");
        assertThat(controls.code()).isIn(0, 1);
        assertThat(controls.err()).doesNotContain("Exception");
    }
}
