package io.hololoom.trainer.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hololoom.api.learn.ExperienceBatch;
import io.hololoom.api.learn.Transition;
import java.util.List;
import org.junit.jupiter.api.Test;

class RolloutTest {
    private final LinearPolicy policy = new LinearPolicy(2, 2, 1);

    private double value(float... x) {
        return policy.network().forward(new float[][] {x}).values()[0];
    }

    @Test
    void missingValuesAreComputedWithTheNetwork() {
        ExperienceBatch batch = new ExperienceBatch(List.of(
                new Transition(new float[] {1, 0}, 0, Math.log(0.5), Double.NaN, 1.0, true, false, null),
                new Transition(new float[] {0, 1}, 1, Math.log(0.5), Double.NaN, -1.0, true, false, null)));
        Rollout r = Rollout.prepare(policy.network(), batch, 0.99, 0.95);
        assertThat(r.values()).containsExactly(new double[] {value(1, 0), value(0, 1)}, within(1e-7));
        // one-step episodes: advantage = reward - value, return = reward
        assertThat(r.returns()).containsExactly(1.0, -1.0);
        assertThat(r.advantages()[0]).isCloseTo(1.0 - value(1, 0), within(1e-7));
    }

    @Test
    void aNextObservationThatIsNotTheNextRowEndsTheSegmentAndBootstraps() {
        float[] a = {1, 0};
        float[] b = {0, 1};
        float[] c = {1, 1};
        ExperienceBatch batch = new ExperienceBatch(List.of(
                new Transition(a, 0, -0.7, 0.0, 1.0, false, false, c),
                new Transition(b, 0, -0.7, 0.0, 1.0, true, false, null)));
        Rollout r = Rollout.prepare(policy.network(), batch, 0.5, 1.0);
        // step 0 bootstraps from V(c) instead of flowing into step 1
        assertThat(r.advantages()[0]).isCloseTo(1.0 + 0.5 * value(c), within(1e-6));
        assertThat(r.advantages()[1]).isEqualTo(1.0);
    }

    @Test
    void aContinuingLastTransitionNeedsANextObservation() {
        ExperienceBatch batch = new ExperienceBatch(List.of(
                new Transition(new float[] {1, 0}, 0, -0.7, 0.0, 1.0, false, false, null)));
        assertThatThrownBy(() -> Rollout.prepare(policy.network(), batch, 0.99, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nextObservation");
    }

    @Test
    void observationsAndActionsMustFitTheNetwork() {
        assertThatThrownBy(() -> Rollout.prepare(policy.network(), new ExperienceBatch(List.of(
                new Transition(new float[] {1, 0, 0}, 0, -0.7, 0.0, 1.0, true, false, null))), 0.99, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length [3]");
        assertThatThrownBy(() -> Rollout.prepare(policy.network(), new ExperienceBatch(List.of(
                new Transition(new float[] {1, 0}, 2, -0.7, 0.0, 1.0, true, false, null))), 0.99, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("action [2]");
    }
}
