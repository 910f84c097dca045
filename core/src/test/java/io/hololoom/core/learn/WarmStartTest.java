package io.hololoom.core.learn;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.Observation;
import io.hololoom.api.Policy;
import io.hololoom.core.Hololoom;
import io.hololoom.core.loom.Loom;
import io.hololoom.core.testing.FastTempDir;
import io.hololoom.core.testing.FixedPolicy;
import io.hololoom.core.testing.LinearPolicy;
import io.hololoom.core.testing.TestHololoom;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fresh policy is fitted on the shipped labelled workload (the stand-in tools carry the built-in names). */
class WarmStartTest {
    private static final Map<String, String> WORKLOAD_TOOLS = Map.of("hololoom.tools", "answer,search,calc,note,query",
            "hololoom.policy.warm-start", "true");

    @TempDir(factory = FastTempDir.class)
    Path home;

    @Test
    void aBanditGetsFullInformationUpdatesOnceAndTheResultIsSaved() {
        int examples = Workload.read("builtin:train").size();
        try (Hololoom h = TestHololoom.open(home, WORKLOAD_TOOLS)) {
            FixedPolicy policy = (FixedPolicy) h.loom().learner().policy();
            List<FixedPolicy.Update> updates = policy.updates();
            assertThat(updates).hasSize(examples * 5);
            assertThat(updates.subList(0, 5)).extracting(FixedPolicy.Update::reward)
                    .containsOnly(1.0, -1.0).containsOnlyOnce(1.0);
            assertThat(h.loom().learner().store().stateFile()).exists();
        }
        try (Hololoom h = TestHololoom.open(home, WORKLOAD_TOOLS)) {
            FixedPolicy policy = (FixedPolicy) h.loom().learner().policy();
            assertThat(policy.updates()).as("restored, not warm-started again").isEmpty();
            assertThat(policy.restoredUpdates()).isEqualTo(examples * 5);
        }
    }

    @Test
    void examplesForToolsThatAreNotConfiguredAreSkipped() {
        try (Hololoom h = TestHololoom.open(home)) {
            Loom loom = h.loom();
            FixedPolicy policy = (FixedPolicy) loom.learner().policy();
            List<Workload.Example> examples = List.of(new Workload.Example("what is 2+2", "calc", Optional.of("4")),
                    new Workload.Example("echo this", "test-echo", Optional.empty()));
            assertThat(WarmStart.run(loom, policy, examples, 1)).isEqualTo(1);
            assertThat(policy.updates()).singleElement().extracting(FixedPolicy.Update::reward).isEqualTo(1.0);
            assertThat(WarmStart.run(loom, policy, List.of(examples.get(0)), 1)).isZero();
        }
    }

    @Test
    void aTrainablePolicyIsFittedByBehaviourCloningAndRoutesHeldOutQueriesWell() {
        try (Hololoom h = TestHololoom.open(home, Map.of("hololoom.tools", "answer,search,calc,note,query",
                "hololoom.policy.warm-start", "true", "hololoom.policy", "test-linear"))) {
            Loom loom = h.loom();
            LinearPolicy policy = (LinearPolicy) loom.learner().policy();
            assertThat(policy.updateCalls()).isZero();
            assertThat(policy.version()).isGreaterThan(1);
            List<Workload.Example> test = Workload.read("builtin:test");
            int right = 0;
            for (Workload.Example e : test) {
                Observation o = loom.observe(e.query(), null);
                if (policy.decide(o, Policy.Mode.GREEDY).tool().equals(e.tool())) {
                    right++;
                }
            }
            double accuracy = right / (double) test.size();
            assertThat(accuracy).as("held-out accuracy (chance is 0.2)").isGreaterThan(0.8);
            assertThat(loom.learner().store().checkpointFile()).exists();
        }
    }

    @Test
    void softmaxIsAProbabilityDistribution() {
        double[] p = WarmStart.softmax(new float[] {1000f, 1000f, -1000f});
        assertThat(p[0]).isEqualTo(0.5);
        assertThat(p[1]).isEqualTo(0.5);
        assertThat(p[2]).isZero();
    }
}
