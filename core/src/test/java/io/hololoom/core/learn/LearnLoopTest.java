package io.hololoom.core.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.core.Hololoom;
import io.hololoom.core.loom.Loom;
import io.hololoom.core.testing.FastTempDir;
import io.hololoom.core.testing.FixedPolicy;
import io.hololoom.core.testing.TestHololoom;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnLoopTest {
    private static final Map<String, String> TOOLS = Map.of("hololoom.tools", "answer,search,calc,note,query");

    @TempDir(factory = FastTempDir.class)
    Path home;

    private static final List<Workload.Example> WORKLOAD = List.of(
            new Workload.Example("what is 2 + 2?", "calc", Optional.of("4")),
            new Workload.Example("explain caching", "answer", Optional.of("explain")),
            new Workload.Example("remember milk", "note", Optional.empty()),
            new Workload.Example("find docs on tls", "search", Optional.empty()),
            new Workload.Example("how many notes?", "query", Optional.empty()));

    @Test
    void everyEpisodeIsWovenJudgedAndLearnedFrom() {
        try (Hololoom h = TestHololoom.open(home, TOOLS)) {
            Loom loom = h.loom();
            FixedPolicy policy = (FixedPolicy) loom.learner().policy();
            List<Integer> progress = new ArrayList<>();
            LearnLoop.Report r = LearnLoop.run(loom, WORKLOAD, 12, 7, 4, (done, running) -> progress.add(done));

            // the fixed policy always answers, so exactly the "answer" episodes succeed
            int[] order1 = LearnLoop.shuffled(5, new SplittableRandom(7));
            List<String> labels = new ArrayList<>();
            SplittableRandom rng = new SplittableRandom(7);
            int[] order = LearnLoop.shuffled(5, rng);
            for (int i = 0; i < 12; i++) {
                if (i % 5 == 0 && i > 0) {
                    order = LearnLoop.shuffled(5, rng);
                }
                labels.add(WORKLOAD.get(order[i % 5]).tool());
            }
            assertThat(order1).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
            assertThat(r.episodes()).isEqualTo(12);
            assertThat(r.success()).containsExactlyElementsOf(labels.stream().map("answer"::equals).toList());
            assertThat(r.windows()).hasSize(3);
            assertThat(r.toolCounts()).containsExactly(Map.entry("answer", 12));
            assertThat(r.confusion().total()).isEqualTo(12);
            assertThat(r.lastSuccess(100)).isEqualTo(labels.stream().filter("answer"::equals).count() / 12.0);
            assertThat(progress).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
            assertThat(h.buffer().size()).isEqualTo(12);
            assertThat(policy.updates()).hasSize(12);
            assertThat(r.meanReward()).isBetween(-1.0, 1.0);
            assertThat(r.seconds()).isNotNegative();
        }
    }

    @Test
    void evaluationIsGreedyAndDoesNotLearn() {
        try (Hololoom h = TestHololoom.open(home, TOOLS)) {
            Loom loom = h.loom();
            FixedPolicy policy = (FixedPolicy) loom.learner().policy();
            Evaluation e = Evaluation.run(loom, WORKLOAD, null);
            assertThat(e.accuracy()).isEqualTo(1 / 5.0);
            assertThat(e.answered()).isEqualTo(1);
            assertThat(e.correct()).as("the answer stand-in echoes the query, which contains 'explain'").isEqualTo(1);
            assertThat(policy.updates()).isEmpty();
            assertThat(h.buffer().size()).isZero();
        }
    }

    @Test
    void episodesMustBePositive() {
        try (Hololoom h = TestHololoom.open(home, TOOLS)) {
            assertThatThrownBy(() -> LearnLoop.run(h.loom(), WORKLOAD, 0, 1, 1, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("episodes must be at least 1");
        }
    }

    @Test
    void windowAndWorkloadAreValidated() {
        try (Hololoom h = TestHololoom.open(home, TOOLS)) {
            assertThatThrownBy(() -> LearnLoop.run(h.loom(), WORKLOAD, 3, 1, 0, null))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> LearnLoop.run(h.loom(), List.of(), 3, 1, 1, null))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
