package io.hololoom.core.loom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.Feedback;
import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.api.Spacetime;
import io.hololoom.api.learn.Experience;
import io.hololoom.core.Hololoom;
import io.hololoom.core.reflect.Learner;
import io.hololoom.core.reward.WeightedReward;
import io.hololoom.core.reward.WeightedRewardConfig;
import io.hololoom.core.testing.FastTempDir;
import io.hololoom.core.testing.FixedPolicy;
import io.hololoom.core.testing.LinearPolicy;
import io.hololoom.core.testing.RecordingTrainer;
import io.hololoom.core.testing.TestHololoom;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReflectTest {
    private static final Map<String, String> TWO_TOOLS = Map.of("hololoom.tools", "test-echo,test-refuse");

    @TempDir(factory = FastTempDir.class)
    Path home;

    @Test
    void reflectionStoresAnExperienceWithPropensityAndRewardAndUpdatesABandit() {
        try (Hololoom h = TestHololoom.open(home, TWO_TOOLS)) {
            FixedPolicy policy = (FixedPolicy) h.loom().learner().policy();
            Spacetime s = h.loom().weave("what is 2 + 2?");
            Experience e = h.loom().reflect(s, Feedback.rating(5)).orElseThrow();

            assertThat(e.spacetimeId()).isEqualTo(s.id());
            assertThat(e.tool()).isEqualTo("test-echo");
            assertThat(e.actions()).containsExactly("test-echo", "test-refuse");
            assertThat(e.action()).isZero();
            assertThat(e.probability()).isEqualTo(FixedPolicy.CHOSEN_PROBABILITY);
            assertThat(e.reward()).isEqualTo(1.0);
            assertThat(e.observation()).containsExactly(s.trace().observation());
            assertThat(e.policyVersion()).isEqualTo(s.trace().policyVersion());
            assertThat(e.card()).isEqualTo(s.card());
            assertThat(e.feedback()).isEqualTo(Feedback.rating(5));
            assertThat(e.sequence()).isPositive();
            assertThat(h.buffer().size()).isEqualTo(1);

            assertThat(policy.updates()).singleElement().satisfies(u -> {
                assertThat(u.action()).isZero();
                assertThat(u.reward()).isEqualTo(1.0);
                assertThat(u.observation().vector()).containsExactly(s.trace().observation());
                assertThat(u.observation().actions()).containsExactly("test-echo", "test-refuse");
            });
            Learner learner = h.loom().learner();
            assertThat(learner.isTrained()).isFalse();
            assertThat(Files.exists(learner.store().stateFile())).as("saved after the update").isTrue();
        }
    }

    @Test
    void withoutFeedbackTheConfiguredRewardFunctionJudgesTheOutcome() {
        try (Hololoom h = TestHololoom.open(home)) {
            Spacetime s = h.loom().weave("judge me");
            Experience e = h.loom().reflect(s, Feedback.NONE).orElseThrow();
            assertThat(e.reward()).isEqualTo(new WeightedReward(WeightedRewardConfig.DEFAULTS).reward(s, Feedback.NONE));
            assertThat(h.loom().learner().reward(s, Feedback.NONE)).isEqualTo(e.reward());
        }
    }

    @Test
    void aSpacetimeThatFailedBeforeDecidingIsNotLearnedFrom() {
        try (Hololoom h = TestHololoom.open(home)) {
            FixedPolicy policy = (FixedPolicy) h.loom().learner().policy();
            Spacetime bad = h.loom().weave(" ");
            assertThat(h.loom().reflect(bad, Feedback.rating(0))).isEmpty();
            assertThat(h.buffer().size()).isZero();
            assertThat(policy.updates()).isEmpty();
        }
    }

    @Test
    void aNonFiniteRewardIsAConfigurationErrorAndNothingIsStored() {
        try (Hololoom h = TestHololoom.open(home, Map.of("hololoom.reward", "test-nan"))) {
            Spacetime s = h.loom().weave("nan please");
            assertThatThrownBy(() -> h.loom().reflect(s, Feedback.NONE))
                    .isInstanceOfSatisfying(HololoomException.class, e -> {
                        assertThat(e.category()).isEqualTo(Category.CONFIGURATION);
                        assertThat(e.getMessage()).isEqualTo("The reward function [test-nan] returned [NaN]; rewards"
                                + " must be finite and within [-1, 1]. Check hololoom.reward.test-nan.*");
                    });
            assertThat(h.buffer().size()).isZero();
            assertThat(((FixedPolicy) h.loom().learner().policy()).updates()).isEmpty();
        }
    }

    @Test
    void thePolicyAndTheBufferArePersistedAndRestoredOnTheSameHome() {
        long version;
        String id;
        try (Hololoom h = TestHololoom.open(home, TWO_TOOLS)) {
            Spacetime s = h.loom().weave("remember me");
            id = s.id();
            h.loom().reflect(s, Feedback.rating(4));
            h.loom().reflect(s, Feedback.rating(2));
            version = h.loom().learner().policy().version();
        }
        try (Hololoom h = TestHololoom.open(home, TWO_TOOLS)) {
            FixedPolicy restored = (FixedPolicy) h.loom().learner().policy();
            assertThat(restored.version()).isEqualTo(version);
            assertThat(restored.restoredUpdates()).isEqualTo(2);
            assertThat(restored.updates()).isEmpty();
            assertThat(h.buffer().size()).isEqualTo(2);
            assertThat(h.loom().find(id)).isPresent();
        }
        try (Hololoom h = TestHololoom.open(home, Map.of("hololoom.tools", "test-echo"))) {
            FixedPolicy fresh = (FixedPolicy) h.loom().learner().policy();
            assertThat(fresh.restoredUpdates()).as("another tool set is another policy").isZero();
            assertThat(fresh.version()).isEqualTo(1);
        }
    }

    @Test
    void aCorruptSavedPolicyIsAStorageError() throws Exception {
        Path state;
        try (Hololoom h = TestHololoom.open(home)) {
            state = h.loom().learner().store().stateFile();
        }
        assertThat(state).exists();
        Files.writeString(state, "garbage");
        try (Hololoom h = TestHololoom.open(home)) {
            assertThatThrownBy(h::loom).isInstanceOfSatisfying(HololoomException.class, e -> {
                assertThat(e.category()).isEqualTo(Category.STORAGE);
                assertThat(e.getMessage()).startsWith("Cannot restore the saved policy from [")
                        .endsWith("Move the file away to start a fresh policy.");
            });
        }
    }

    @Test
    void aTrainablePolicyLearnsFromItsTrainerEveryNExperiencesNotFromUpdates() {
        Map<String, String> flags = Map.of("hololoom.policy", "test-linear", "hololoom.train.every", "3",
                "hololoom.tools", "test-echo,test-refuse");
        float[] parameters;
        try (Hololoom h = TestHololoom.open(home, flags)) {
            Learner learner = h.loom().learner();
            LinearPolicy policy = (LinearPolicy) learner.policy();
            RecordingTrainer trainer = (RecordingTrainer) learner.trainer().orElseThrow();
            assertThat(learner.isTrained()).isTrue();
            long before = policy.version();
            for (int i = 0; i < 2; i++) {
                h.loom().reflect(h.loom().weave("question " + i), Feedback.rating(5));
            }
            assertThat(trainer.batches()).isEmpty();
            h.loom().reflect(h.loom().weave("question 2"), Feedback.rating(5));
            assertThat(trainer.batches()).containsExactly(3);
            assertThat(policy.updateCalls()).isZero();
            assertThat(policy.version()).isGreaterThan(before);
            assertThat(learner.reports()).hasSize(1);
            assertThat(learner.lastMetrics()).containsEntry("batch", 3.0);
            assertThat(learner.store().checkpointFile()).exists();
            assertThat(learner.train()).isPresent();
            assertThat(trainer.batches()).containsExactly(3, 3);
            parameters = policy.network().parameters();
        }
        try (Hololoom h = TestHololoom.open(home, flags)) {
            Learner learner = h.loom().learner();
            RecordingTrainer trainer = (RecordingTrainer) learner.trainer().orElseThrow();
            assertThat(trainer.restoredCalls()).isEqualTo(2);
            assertThat(learner.policy()).isInstanceOfSatisfying(LinearPolicy.class,
                    p -> assertThat(p.network().parameters()).containsExactly(parameters));
        }
    }

    @Test
    void theTrainerSeesEveryNewExperienceAndALongerWindowWhenItsBatchSizeAsks() {
        Map<String, String> flags = Map.of("hololoom.policy", "test-linear", "hololoom.train.every", "2",
                "hololoom.trainer.test-trainer.batch-size", "5", "hololoom.tools", "test-echo,test-refuse");
        try (Hololoom h = TestHololoom.open(home, flags)) {
            RecordingTrainer trainer = (RecordingTrainer) h.loom().learner().trainer().orElseThrow();
            for (int i = 0; i < 6; i++) {
                h.loom().reflect(h.loom().weave("question " + i), Feedback.rating(5));
            }
            // every 2 experiences, on the newest max(2, 5) the buffer holds
            assertThat(trainer.batches()).containsExactly(2, 4, 5);
        }
        Map<String, String> small = Map.of("hololoom.policy", "test-linear", "hololoom.train.every", "3",
                "hololoom.trainer.test-trainer.batch-size", "1", "hololoom.tools", "test-echo,test-refuse");
        try (Hololoom h = TestHololoom.open(home.resolve("small"), small)) {
            RecordingTrainer trainer = (RecordingTrainer) h.loom().learner().trainer().orElseThrow();
            for (int i = 0; i < 6; i++) {
                h.loom().reflect(h.loom().weave("question " + i), Feedback.rating(5));
            }
            // a batch size below train.every never drops experiences that arrived since the last update
            assertThat(trainer.batches()).containsExactly(3, 3);
        }
    }

    @Test
    void closingSavesThePolicyEvenWithoutFeedback() {
        Path state;
        try (Hololoom h = TestHololoom.open(home)) {
            h.loom().weave("just one");
            state = h.loom().learner().store().stateFile();
        }
        assertThat(state).exists();
        assertThat(state.getParent()).isEqualTo(home.resolve("policies"));
        assertThat(state.getFileName().toString()).startsWith("test-fixed-").endsWith(".state");
    }

    @Test
    void concurrentReflectionsAreAllStored() throws Exception {
        try (Hololoom h = TestHololoom.open(home)) {
            Spacetime s = h.loom().weave("shared");
            List<Thread> threads = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Thread t = new Thread(() -> h.loom().reflect(s, Feedback.rating(3)));
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
            assertThat(h.buffer().size()).isEqualTo(8);
            assertThat(((FixedPolicy) h.loom().learner().policy()).updates()).hasSize(8);
        }
    }
}
