package io.hololoom.policy.linucb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hololoom.api.Decision;
import io.hololoom.api.Observation;
import io.hololoom.api.Policy;
import io.hololoom.api.Policy.Mode;
import io.hololoom.policy.bandit.BanditPolicyContractTest;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinUcbPolicyTest extends BanditPolicyContractTest {
    @Override
    protected Policy create(long seed, Map<String, String> settings) {
        return new LinUcbPolicyProvider().create(context(settings, seed));
    }

    @Override
    protected String name() {
        return "linucb";
    }

    private static Observation obs(float... x) {
        return new Observation(x, TOOLS);
    }

    @Test
    void dimensionComesFromTheFirstObservationAndOtherLengthsAreRejected() {
        LinUcbPolicy policy = new LinUcbPolicy(LinUcbPolicyConfig.defaults(), 1);
        assertThat(policy.dimension()).isEqualTo(-1);
        policy.decide(obs(1, 0, 0));
        assertThat(policy.dimension()).isEqualTo(3);
        assertThatThrownBy(() -> policy.decide(obs(1, 0, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[4] values but this linucb policy was built for [3]");
        assertThatThrownBy(() -> policy.update(obs(1, 0), 0, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[2] values");
        assertThat(policy.version()).isZero();
    }

    @Test
    void observationsLongerThanTheMaximumAreRejected() {
        LinUcbPolicy policy = new LinUcbPolicy(new LinUcbPolicyConfig(1, 1, 0.02, 4), 1);
        assertThatThrownBy(() -> policy.decide(obs(1, 2, 3, 4, 5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hololoom.policy.linucb.max-dimension");
        assertThat(policy.decide(obs(1, 2, 3, 4)).probabilities()).hasSize(3);
    }

    @Test
    void stateOfAnotherDimensionIsRejected() throws IOException {
        LinUcbPolicy six = new LinUcbPolicy(LinUcbPolicyConfig.defaults(), 1);
        six.update(obs(1, 0, 0, 0, 0, 1), 0, 0.5);
        byte[] saved = state(six);

        LinUcbPolicy three = new LinUcbPolicy(LinUcbPolicyConfig.defaults(), 1);
        three.update(obs(1, 0, 0), 0, 0.5);
        assertThatThrownBy(() -> load(three, saved)).isInstanceOf(IOException.class)
                .hasMessageContaining("observations of [6] values but this policy already uses [3]");

        LinUcbPolicy fresh = new LinUcbPolicy(LinUcbPolicyConfig.defaults(), 1);
        load(fresh, saved);
        assertThat(fresh.dimension()).isEqualTo(6);
        assertThatThrownBy(() -> fresh.decide(obs(1, 0, 0))).isInstanceOf(IllegalArgumentException.class);

        LinUcbPolicy small = new LinUcbPolicy(new LinUcbPolicyConfig(1, 1, 0.02, 4), 1);
        assertThatThrownBy(() -> load(small, saved)).isInstanceOf(IOException.class)
                .hasMessageContaining("max-dimension [4]");
    }

    @Test
    void probabilitiesPutTheFloorOnTheNonBestTools() {
        LinUcbPolicy policy = new LinUcbPolicy(new LinUcbPolicyConfig(0.5, 1, 0.02, 64), 1);
        Observation o = obs(1, 0, 1);
        assertThat(policy.decide(o).probabilities()).containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3},
                within(1e-12));
        for (int i = 0; i < 50; i++) {
            policy.update(o, 0, -0.5);
            policy.update(o, 1, 0.7);
            policy.update(o, 2, 0.1);
        }
        Decision d = policy.decide(o);
        assertThat(d.probabilities()).containsExactly(new double[] {0.01, 0.98, 0.01}, within(1e-12));
        assertThat(policy.predict(o, "search")).isCloseTo(0.7, within(0.02));
        assertThat(d.value()).isCloseTo(0.98 * 0.7 + 0.01 * (-0.5 + 0.1), within(0.02));
        Decision greedy = policy.decide(o, Mode.GREEDY);
        assertThat(greedy.tool()).isEqualTo("search");
        assertThat(greedy.strategy()).isEqualTo("greedy");
    }

    @Test
    void anUntriedToolGetsTheFullPriorBonus() {
        LinUcbPolicy policy = new LinUcbPolicy(new LinUcbPolicyConfig(1, 1, 0.02, 64), 1);
        Observation o = obs(1, 0, 0);
        for (int i = 0; i < 20; i++) {
            policy.update(o, 0, 0.5);
            policy.update(o, 1, 0.5);
        }
        // calc was never tried: its UCB alpha·|x| = sqrt(2) beats 0.5 plus a shrunken bonus
        assertThat(policy.decide(o).probabilities()[2]).isCloseTo(0.98, within(1e-12));
        assertThat(policy.decide(o, Mode.GREEDY).tool()).isNotEqualTo("calc");
    }

    @Test
    void zeroFloorGivesAOneHotDistribution() {
        LinUcbPolicy policy = new LinUcbPolicy(new LinUcbPolicyConfig(1, 1, 0, 64), 1);
        Observation o = obs(0, 1);
        policy.update(o, 2, 1.0);
        policy.update(o, 0, -1.0);
        policy.update(o, 1, -1.0);
        assertThat(policy.decide(o).probabilities()).containsExactly(0.0, 0.0, 1.0);
    }
}
