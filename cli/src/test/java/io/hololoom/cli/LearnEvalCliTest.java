package io.hololoom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's learning steps end to end through the command line: {@code learn} with the neural policy and PPO
 * (the hashing embedder keeps it fast), then {@code eval} and {@code ope} on what it saved.
 */
class LearnEvalCliTest {
    @TempDir
    Path home;

    private CliRun run(String... args) {
        return CliRun.run(home, args);
    }

    @Test
    void learnThenEvalThenOpeWithTheNeuralPolicyAndPpo() throws IOException {
        CliRun learn = run("learn", "--policy", "neural", "--trainer", "ppo", "--episodes", "192", "--seed", "1",
                "--no-progress");
        assertThat(learn.code()).as(learn.err()).isZero();
        assertThat(learn.out()).contains("learned 192 episodes").contains("with policy neural (now v")
                .contains("success per window:").contains("tools chosen:").contains("label\\chose")
                .contains("last trainer update:").contains("behaviour_weight");
        JsonNode summary = new ObjectMapper().readTree(learn.lastLine());
        assertThat(summary.get("episodes").asInt()).isEqualTo(192);
        assertThat(summary.get("policy").asText()).isEqualTo("neural");
        Path curve = Path.of(summary.get("curve").asText());
        assertThat(curve).exists().hasParent(curve.getParent());
        assertThat(Files.readAllLines(curve.resolveSibling("curve.csv"))).hasSize(193)
                .first().isEqualTo("episode,success,running_success,window_success");
        assertThat(Files.readString(home.resolve("learned.properties"))).contains("hololoom.policy=neural");
        try (Stream<Path> saved = Files.list(home.resolve("policies"))) {
            assertThat(saved.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("neural-")
                    && n.endsWith(".ckpt"));
        }

        CliRun eval = run("eval");
        assertThat(eval.code()).as(eval.err()).isZero();
        assertThat(eval.out()).contains("policy neural v").contains("on 304 queries").contains("precision");
        JsonNode last = new ObjectMapper().readTree(eval.lastLine());
        assertThat(last.get("n").asInt()).isEqualTo(304);
        assertThat(last.get("accuracy").asDouble()).as("192 episodes (seed 1 gives 0.93; chance is 0.2)")
                .isGreaterThan(0.8);
        CliRun again = run("eval");
        assertThat(again.lastLine()).as("eval does not learn").isEqualTo(eval.lastLine());

        CliRun ope = run("ope", "--candidate", "uniform");
        assertThat(ope.code()).as(ope.err()).isZero();
        assertThat(ope.out()).contains("logged experiences: 192").contains("IPS").contains("SNIPS").contains("DR");
    }

    @Test
    void badLearnAndEvalInputsAreClearErrors() {
        CliRun zero = run("learn", "--episodes", "0", "--no-progress");
        assertThat(zero.code()).isEqualTo(2);
        assertThat(zero.err()).contains("--episodes").doesNotContain("\tat ");
        CliRun missing = run("eval", "--workload", home.resolve("nope.jsonl").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.jsonl").doesNotContain("\tat ");
    }
}
