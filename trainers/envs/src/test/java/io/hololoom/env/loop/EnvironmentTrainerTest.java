package io.hololoom.env.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.env.cartpole.CartPole;
import io.hololoom.policy.neural.Backend;
import io.hololoom.policy.neural.NeuralPolicy;
import io.hololoom.policy.neural.NeuralPolicyConfig;
import io.hololoom.trainer.ppo.PpoTrainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentTrainerTest {
    /** Small, fast settings for the mechanics tests. */
    private static PpoTrainer smallPpo() {
        return Fixtures.ppo(3, "batch-size", "64", "minibatch-size", "32", "epochs", "2");
    }

    @Test
    void ppoReachesAMeanReturnOf195OnCartPoleWithinABoundedBudget() throws IOException {
        NeuralPolicy policy = Fixtures.policy(1);
        PpoTrainer trainer = Fixtures.ppo(1);
        TrainingOptions options = TrainingOptions.defaults(1).withSolvedThreshold(195).withMaxSteps(60_000);
        List<TrainingProgress> progress = new ArrayList<>();

        TrainingResult result = new EnvironmentTrainer(new CartPole(), policy, trainer, options).run(progress::add);

        assertThat(result.solved()).as(result.toJson()).isTrue();
        assertThat(result.meanReturn100()).isGreaterThanOrEqualTo(195);
        assertThat(result.steps()).isLessThanOrEqualTo(60_000).isEqualTo(result.solvedAtStep());
        assertThat(progress).isNotEmpty();
        assertThat(progress.get(progress.size() - 1).report().metrics()).containsKey("approx_kl");
    }

    @Test
    void resumingIsBitIdenticalEvenWhenTheFirstRunStoppedBetweenUpdates(@TempDir Path dir) throws IOException {
        TrainingOptions base = TrainingOptions.defaults(7).withMaxSteps(640);
        NeuralPolicy uninterrupted = Fixtures.policy(5);
        TrainingResult expected = new EnvironmentTrainer(new CartPole(), uninterrupted, smallPpo(), base)
                .run(p -> { });

        NeuralPolicy first = Fixtures.policy(5);
        // 300 steps: 4 updates (256 steps) and 44 steps of a rollout that is dropped; the checkpoint is update 4
        new EnvironmentTrainer(new CartPole(), first, smallPpo(),
                base.withMaxSteps(300).withCheckpoints(dir, 3, false)).run(p -> { });
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("loop.state",
                    "trainer-4.ckpt");
        }

        NeuralPolicy resumed = Fixtures.policy(99);
        TrainingResult actual = new EnvironmentTrainer(new CartPole(), resumed, smallPpo(),
                base.withCheckpoints(dir, 3, true)).run(p -> { });

        assertThat(resumed.network().parameters()).containsExactly(uninterrupted.network().parameters());
        assertThat(actual.steps()).isEqualTo(expected.steps());
        assertThat(actual.episodes()).isEqualTo(expected.episodes());
        assertThat(actual.meanReturn100()).isEqualTo(expected.meanReturn100());
        assertThat(actual.updates()).isEqualTo(10);
    }

    @Test
    void resumeWithoutACheckpointIsAClearError(@TempDir Path dir) {
        EnvironmentTrainer loop = new EnvironmentTrainer(new CartPole(), Fixtures.policy(1), smallPpo(),
                TrainingOptions.defaults(1).withCheckpoints(dir, 1, true));
        assertThatThrownBy(() -> loop.run(p -> { })).isInstanceOf(IOException.class)
                .hasMessageContaining("no training checkpoint").hasMessageContaining("loop.state");
    }

    @Test
    void aLazilyBuiltPolicyGetsItsNetworkFromTheEnvironment() throws IOException {
        NeuralPolicy lazy = new NeuralPolicy(new NeuralPolicyConfig(Backend.JAVA, List.of(16), 1, 0, 0));
        new EnvironmentTrainer(new CartPole(), lazy, smallPpo(), TrainingOptions.defaults(1).withMaxSteps(64))
                .run(p -> { });
        assertThat(lazy.network().shape().observationSize()).isEqualTo(4);
        assertThat(lazy.network().shape().actionCount()).isEqualTo(2);

        NeuralPolicy wrong = new NeuralPolicy(new NeuralPolicyConfig(Backend.JAVA, List.of(16), 1, 3, 2));
        assertThatThrownBy(() -> new EnvironmentTrainer(new CartPole(), wrong, smallPpo(),
                TrainingOptions.defaults(1)).run(p -> { })).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[3] inputs");
    }

    @Test
    void stopFromTheProgressCallbackEndsTheRunAfterThatUpdate() throws IOException {
        EnvironmentTrainer[] loop = new EnvironmentTrainer[1];
        loop[0] = new EnvironmentTrainer(new CartPole(), Fixtures.policy(1), smallPpo(), TrainingOptions.defaults(1));
        TrainingResult result = loop[0].run(p -> {
            if (p.updates() == 2) {
                loop[0].stop();
            }
        });
        assertThat(result.updates()).isEqualTo(2);
        assertThat(result.steps()).isEqualTo(128);
        assertThat(result.toJson()).startsWith("{\"solved\":false, \"steps\":128, \"episodes\":")
                .contains("\"mean_return_100\":").contains("\"seconds\":");
    }

    @Test
    void greedyEvaluationStopsEarlyWhenTheTargetIsOutOfReach() {
        NeuralPolicy untrained = Fixtures.policy(1);
        Evaluation.Result r = Evaluation.greedy(new CartPole(), untrained.network(), 100, 1, 475, 500);
        assertThat(r.reached()).isFalse();
        assertThat(r.episodes()).isLessThan(100);
        assertThat(r.meanReturn()).isPositive();
    }
}
