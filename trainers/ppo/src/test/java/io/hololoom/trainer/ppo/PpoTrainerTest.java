package io.hololoom.trainer.ppo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hololoom.api.learn.ExperienceBatch;
import io.hololoom.api.learn.TrainingReport;
import io.hololoom.api.learn.Transition;
import io.hololoom.trainer.a2c.A2cTrainer;
import io.hololoom.trainer.a2c.A2cTrainerConfig;
import io.hololoom.trainer.common.LinearPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PpoTrainerTest {
    /** Reward 1 when the action equals the context, else 0. */
    private static int reward(int context, int action) {
        return context == action ? 1 : 0;
    }

    private static PpoTrainerConfig config(long seed, int epochs, double targetKl) {
        return config(seed, epochs, targetKl, PpoTrainerConfig.defaults(seed).entropyCoef(), true,
                PpoTrainerConfig.Baseline.CRITIC, false);
    }

    /** Without an entropy bonus, so that only the surrogate moves the policy. */
    private static PpoTrainerConfig config(long seed, int epochs, double targetKl, boolean normalise,
            PpoTrainerConfig.Baseline baseline, boolean decoupled) {
        return config(seed, epochs, targetKl, 0, normalise, baseline, decoupled);
    }

    private static PpoTrainerConfig config(long seed, int epochs, double targetKl, double entropy, boolean normalise,
            PpoTrainerConfig.Baseline baseline, boolean decoupled) {
        PpoTrainerConfig d = PpoTrainerConfig.defaults(seed);
        return new PpoTrainerConfig(0.05, 0, false, d.clipRange(), 0, d.gamma(), d.gaeLambda(), d.valueCoef(),
                entropy, d.maxGradNorm(), epochs, 16, targetKl, 64, normalise, baseline, decoupled, 1,
                d.adamEpsilon(), seed);
    }

    /** One-step transitions of context {@code [1, 0]} choosing {@code action}, logged with {@code logP}. */
    private static ExperienceBatch sameChoice(int n, int action, double logP, double reward, double value) {
        List<Transition> transitions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            transitions.add(new Transition(new float[] {1, 0}, action, logP, value, reward, true, false, null));
        }
        return new ExperienceBatch(transitions);
    }

    @Test
    void onFreshExperiencesTheDecoupledObjectiveIsPlainPpo() {
        // logged by the policy as it is now: pi_prox = mu, every weight 1, the same steps bit for bit
        List<float[]> plain = fiveUpdates(false);
        List<float[]> decoupled = fiveUpdates(true);
        for (int i = 0; i < plain.size(); i++) {
            assertThat(decoupled.get(i)).as("parameters after update %d", i + 1).containsExactly(plain.get(i));
        }
    }

    private static List<float[]> fiveUpdates(boolean decoupled) {
        LinearPolicy policy = new LinearPolicy(3, 3, 1);
        PpoTrainer trainer = new PpoTrainer(config(2, 4, 0, true, PpoTrainerConfig.Baseline.CRITIC, decoupled));
        Random random = new Random(3);
        List<float[]> after = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            TrainingReport report = trainer.train(policy, policy.banditBatch(64, random, PpoTrainerTest::reward));
            assertThat(report.metrics().get("behaviour_weight")).isCloseTo(1.0, within(1e-6));
            after.add(policy.network().parameters());
        }
        return after;
    }

    @Test
    void decoupledKeepsLearningFromExperiencesThePolicyHasMovedPastTheClipRange() {
        // logged when action 0 had probability 0.05; the policy now gives it ~1/3 (ratio ~6.7, far past 1 + 0.2)
        LinearPolicy plainPolicy = new LinearPolicy(2, 3, 1);
        LinearPolicy decoupledPolicy = new LinearPolicy(2, 3, 1);
        ExperienceBatch stale = sameChoice(32, 0, Math.log(0.05), 1.0, Double.NaN);
        double before = plainPolicy.probability(0, 0);
        PpoTrainer plain = new PpoTrainer(config(1, 4, 0, false, PpoTrainerConfig.Baseline.NONE, false));
        PpoTrainer decoupled = new PpoTrainer(config(1, 4, 0, false, PpoTrainerConfig.Baseline.NONE, true));

        plain.train(plainPolicy, stale);
        TrainingReport report = decoupled.train(decoupledPolicy, stale);

        assertThat(plainPolicy.probability(0, 0)).as("plain PPO: every ratio is clipped, no policy gradient")
                .isCloseTo(before, within(1e-6));
        assertThat(decoupledPolicy.probability(0, 0)).as("decoupled: clipped around the proximal policy instead")
                .isGreaterThan(before * 1.1);
        assertThat(report.metrics().get("behaviour_weight")).as("pi_prox / mu ~ 6.7, truncated at 1").isEqualTo(1.0);
    }

    @Test
    void withoutABaselineAWrongChoiceIsPushedDownEvenWhereTheCriticExpectsItsReward() {
        // the critic already predicts the wrong tool's -0.6: its advantage r - V is 0 and a critic baseline
        // leaves the policy where it is; the return itself (no baseline) pushes the wrong choice down
        LinearPolicy withCritic = new LinearPolicy(2, 3, 1);
        LinearPolicy noBaseline = new LinearPolicy(2, 3, 1);
        double logP = Math.log(withCritic.probability(0, 1));
        ExperienceBatch wrong = sameChoice(32, 1, logP, -0.6, -0.6);
        double before = withCritic.probability(0, 1);

        new PpoTrainer(config(1, 4, 0, false, PpoTrainerConfig.Baseline.CRITIC, false)).train(withCritic, wrong);
        new PpoTrainer(config(1, 4, 0, false, PpoTrainerConfig.Baseline.NONE, false)).train(noBaseline, wrong);

        assertThat(withCritic.probability(0, 1)).isCloseTo(before, within(1e-6));
        assertThat(noBaseline.probability(0, 1)).isLessThan(before * 0.9);
    }

    @Test
    void theRoutingSettingsLearnAContextualBanditWithSignedRewards() {
        // the loom's routing defaults (no baseline, raw rewards, decoupled replay of the newest 256): right 1,
        // wrong -0.6, an update every 32 choices the policy sampled itself
        PpoTrainerConfig d = PpoTrainerConfig.defaults(4);
        PpoTrainer trainer = new PpoTrainer(new PpoTrainerConfig(3e-3, 0, false, 0.2, 0, d.gamma(), d.gaeLambda(),
                d.valueCoef(), 0, d.maxGradNorm(), 8, 16, 0, 256, false, PpoTrainerConfig.Baseline.NONE, true, 1,
                d.adamEpsilon(), 4));
        LinearPolicy policy = new LinearPolicy(4, 4, 4);
        Random random = new Random(5);
        java.util.ArrayDeque<Transition> recent = new java.util.ArrayDeque<>();
        for (int i = 0; i < 40; i++) {
            for (Transition t : policy.banditBatch(32, random, (c, a) -> c == a ? 1 : 0).transitions()) {
                recent.addLast(new Transition(t.observation(), t.action(), t.logProbability(), t.value(),
                        t.reward() > 0 ? 1.0 : -0.6, true, false, null));
                if (recent.size() > 256) {
                    recent.removeFirst();
                }
            }
            trainer.train(policy, new ExperienceBatch(List.copyOf(recent)));
        }
        for (int c = 0; c < 4; c++) {
            assertThat(policy.probability(c, c)).as("context %d", c).isGreaterThan(0.9);
        }
    }

    @Test
    void learnsOneStepToolRoutingFromTerminatedTransitionsWithoutValues() {
        LinearPolicy policy = new LinearPolicy(3, 3, 1);
        PpoTrainer trainer = new PpoTrainer(config(2, 4, 0));
        Random random = new Random(3);
        for (int i = 0; i < 40; i++) {
            TrainingReport report = trainer.train(policy, policy.banditBatch(64, random, PpoTrainerTest::reward));
            assertThat(report.updates()).isEqualTo(16);
            assertThat(report.metrics()).containsKeys("policy_loss", "value_loss", "entropy", "approx_kl",
                    "clip_fraction", "explained_variance");
        }
        for (int c = 0; c < 3; c++) {
            assertThat(policy.probability(c, c)).as("context %d", c).isGreaterThan(0.9);
        }
        assertThat(trainer.trainCalls()).isEqualTo(40);
    }

    @Test
    void a2cLearnsTheSameTaskThroughTheSameContract() {
        LinearPolicy policy = new LinearPolicy(3, 3, 1);
        A2cTrainerConfig d = A2cTrainerConfig.defaults(2);
        A2cTrainer trainer = new A2cTrainer(new A2cTrainerConfig(0.05, 0, d.gamma(), d.gaeLambda(), d.valueCoef(),
                d.entropyCoef(), d.maxGradNorm(), 32, false, d.adamEpsilon(), 2));
        Random random = new Random(3);
        for (int i = 0; i < 300; i++) {
            assertThat(trainer.train(policy, policy.banditBatch(trainer.batchSize(), random, PpoTrainerTest::reward))
                    .updates()).isEqualTo(1);
        }
        for (int c = 0; c < 3; c++) {
            assertThat(policy.probability(c, c)).as("context %d", c).isGreaterThan(0.9);
        }
    }

    @Test
    void approximateKlAboveOneAndAHalfTargetsStopsBeforeTheStep() {
        LinearPolicy policy = new LinearPolicy(2, 2, 1);
        float[] before = policy.network().parameters();
        // the logged policy gave the actions probability 0.05, the current one about 0.5: KL ~ 7.6 >> 0.015
        List<Transition> transitions = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            transitions.add(new Transition(new float[] {1, 0}, i % 2, Math.log(0.05), 0.0, i % 2, true, false, null));
        }
        PpoTrainer trainer = new PpoTrainer(config(1, 4, 0.01));
        TrainingReport report = trainer.train(policy, new ExperienceBatch(transitions));

        assertThat(report.updates()).isZero();
        assertThat(report.metrics().get("early_stopped")).isEqualTo(1.0);
        assertThat(report.metrics().get("approx_kl")).isGreaterThan(0.015);
        assertThat(policy.network().parameters()).containsExactly(before);

        PpoTrainer noStop = new PpoTrainer(config(1, 4, 0));
        assertThat(noStop.train(policy, new ExperienceBatch(transitions)).updates()).isEqualTo(4 * 2);
    }

    @Test
    void learningRateAndClipRangeAnnealLinearly() {
        PpoTrainerConfig d = PpoTrainerConfig.defaults(1);
        PpoTrainerConfig c = new PpoTrainerConfig(1e-3, 10, true, 0.2, 0, 0.99, 0.95, 0.5, 0, 0.5, 1, 8, 0, 8, true,
                PpoTrainerConfig.Baseline.CRITIC, false, 1, 1e-5, 1);
        assertThat(c.learningRate(0)).isEqualTo(1e-3);
        assertThat(c.learningRate(5)).isEqualTo(5e-4);
        assertThat(c.learningRate(12)).isZero();
        assertThat(c.clipRange(5)).isEqualTo(0.1);
        assertThat(d.learningRate(1000)).isEqualTo(3e-4);
    }

    @Test
    void resumingFromACheckpointIsBitIdentical(@TempDir Path dir) throws IOException {
        for (boolean ppo : new boolean[] {true, false}) {
            LinearPolicy uninterrupted = new LinearPolicy(3, 3, 5);
            var trainerA = ppo ? new PpoTrainer(config(9, 3, 0.02)) : new A2cTrainer(A2cTrainerConfig.defaults(9));
            Random dataA = new Random(4);
            for (int i = 0; i < 6; i++) {
                trainerA.train(uninterrupted, uninterrupted.banditBatch(64, dataA, PpoTrainerTest::reward));
            }

            LinearPolicy first = new LinearPolicy(3, 3, 5);
            var trainerB = ppo ? new PpoTrainer(config(9, 3, 0.02)) : new A2cTrainer(A2cTrainerConfig.defaults(9));
            Random dataB = new Random(4);
            for (int i = 0; i < 3; i++) {
                trainerB.train(first, first.banditBatch(64, dataB, PpoTrainerTest::reward));
            }
            Path file = dir.resolve(trainerB.name() + ".ckpt");
            trainerB.saveCheckpoint(first, file);

            LinearPolicy resumed = new LinearPolicy(3, 3, 77);
            var trainerC = ppo ? new PpoTrainer(config(9, 3, 0.02)) : new A2cTrainer(A2cTrainerConfig.defaults(9));
            trainerC.loadCheckpoint(resumed, file);
            assertThat(trainerC.trainCalls()).isEqualTo(3);
            for (int i = 0; i < 3; i++) {
                trainerC.train(resumed, resumed.banditBatch(64, dataB, PpoTrainerTest::reward));
            }
            assertThat(resumed.network().parameters()).as(trainerC.name())
                    .containsExactly(uninterrupted.network().parameters());
            assertThat(trainerC.gradientSteps()).isEqualTo(trainerA.gradientSteps());
        }
    }

    @Test
    void checkpointsAreAtomicAndCheckedOnLoad(@TempDir Path dir) throws IOException {
        LinearPolicy policy = new LinearPolicy(3, 3, 5);
        PpoTrainer trainer = new PpoTrainer(config(9, 1, 0));
        trainer.train(policy, policy.banditBatch(64, new Random(1), PpoTrainerTest::reward));
        Path file = dir.resolve("sub/ppo.ckpt");
        trainer.saveCheckpoint(policy, file);
        trainer.saveCheckpoint(policy, file);
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("ppo.ckpt");
        }
        assertThat(io.hololoom.trainer.common.Checkpoint.read(file).configuration())
                .containsEntry("minibatch-size", "16").containsEntry("seed", "9");

        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Path corrupt = dir.resolve("corrupt.ckpt");
        Files.write(corrupt, bytes);
        assertThatThrownBy(() -> trainer.loadCheckpoint(policy, corrupt)).isInstanceOf(IOException.class)
                .hasMessageContaining("checksum");
        Path truncated = dir.resolve("truncated.ckpt");
        Files.write(truncated, java.util.Arrays.copyOf(Files.readAllBytes(file), 8));
        assertThatThrownBy(() -> trainer.loadCheckpoint(policy, truncated)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> trainer.loadCheckpoint(policy, dir.resolve("missing.ckpt")))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> new A2cTrainer(A2cTrainerConfig.defaults(1)).loadCheckpoint(policy, file))
                .isInstanceOf(IOException.class).hasMessageContaining("trainer [ppo]");
        LinearPolicy other = new LinearPolicy(4, 3, 5);
        float[] before = other.network().parameters();
        assertThatThrownBy(() -> new PpoTrainer(config(9, 1, 0)).loadCheckpoint(other, file))
                .isInstanceOf(IOException.class).hasMessageContaining("observationSize=3");
        assertThat(other.network().parameters()).containsExactly(before);
    }
}
