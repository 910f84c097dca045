package io.hololoom.core.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hololoom.api.Decision;
import io.hololoom.api.Feedback;
import io.hololoom.api.PatternCard;
import io.hololoom.api.Policy;
import io.hololoom.api.learn.Experience;
import io.hololoom.core.testing.FixedPolicy;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OffPolicyEvaluatorTest {
    private static final List<String> ACTIONS = List.of("a", "b");

    private static Experience logged(int action, double probability, double reward) {
        return new Experience(0, "s", Instant.EPOCH, new float[] {1f}, ACTIONS, action, probability, reward, 1,
                PatternCard.BARE, Feedback.NONE);
    }

    /** A uniform logging policy: a earned 1, b earned 0. */
    private static final List<Experience> LOG = List.of(logged(0, 0.5, 1), logged(1, 0.5, 0));

    @Test
    void aGreedyCandidateIsValuedByItsImportanceWeights() {
        OffPolicyEvaluator.Estimate e = new OffPolicyEvaluator(1e-9, 100).estimate(LOG, new FixedPolicy("a"),
                Policy.Mode.GREEDY);
        assertThat(e.n()).isEqualTo(2);
        assertThat(e.logged()).isEqualTo(0.5);
        // weights 1/0.5 = 2 and 0/0.5 = 0
        assertThat(e.ips()).isCloseTo(1, within(1e-12));
        assertThat(e.snips()).isCloseTo(1, within(1e-12));
        assertThat(e.meanWeight()).isCloseTo(1, within(1e-12));
        assertThat(e.clipped()).isZero();
        // the reward model learns q(a) = 1, q(b) = 0, so doubly robust agrees
        assertThat(e.dr()).isCloseTo(1, within(1e-6));

        OffPolicyEvaluator.Estimate bad = new OffPolicyEvaluator(1e-9, 100).estimate(LOG, new FixedPolicy("b"),
                Policy.Mode.GREEDY);
        assertThat(bad.ips()).isCloseTo(0, within(1e-12));
        assertThat(bad.dr()).isCloseTo(0, within(1e-6));
    }

    @Test
    void anExploringCandidateUsesItsProbabilities() {
        // FixedPolicy explores with 0.7 / 0.3: weights 1.4 and 0.6
        OffPolicyEvaluator.Estimate e = new OffPolicyEvaluator(1e-9, 100).estimate(LOG, new FixedPolicy("a"),
                Policy.Mode.EXPLORE);
        assertThat(e.ips()).isCloseTo(0.7, within(1e-12));
        assertThat(e.snips()).isCloseTo(0.7, within(1e-12));
        assertThat(e.meanWeight()).isCloseTo(1.0, within(1e-12));
        assertThat(e.dr()).isCloseTo(0.7, within(1e-6));
    }

    @Test
    void largeWeightsAreClippedAndCounted() {
        OffPolicyEvaluator.Estimate e = new OffPolicyEvaluator(1e-9, 1.5).estimate(LOG, new FixedPolicy("a"),
                Policy.Mode.GREEDY);
        assertThat(e.clipped()).isEqualTo(1);
        assertThat(e.ips()).isCloseTo(0.75, within(1e-12));
        assertThat(e.snips()).isCloseTo(1, within(1e-12));
    }

    @Test
    void greedyTargetsPutAllMassOnTheChoice() {
        Decision d = new Decision(1, "b", new double[] {0.2, 0.5, 0.3}, Double.NaN, "x");
        assertThat(OffPolicyEvaluator.targetProbabilities(d, Policy.Mode.GREEDY)).containsExactly(0, 1, 0);
        assertThat(OffPolicyEvaluator.targetProbabilities(d, Policy.Mode.EXPLORE)).containsExactly(0.2, 0.5, 0.3);
    }

    @Test
    void emptyOrMixedLogsAreRejected() {
        OffPolicyEvaluator ope = new OffPolicyEvaluator(1, 10);
        assertThatThrownBy(() -> ope.estimate(List.of(), new FixedPolicy("a"), Policy.Mode.GREEDY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reflection buffer is empty");
        Experience other = new Experience(0, "s", Instant.EPOCH, new float[] {1f}, List.of("a", "c"), 0, 0.5, 1, 1,
                PatternCard.BARE, Feedback.NONE);
        assertThatThrownBy(() -> ope.estimate(List.of(LOG.get(0), other), new FixedPolicy("a"), Policy.Mode.GREEDY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different setups");
    }
}
