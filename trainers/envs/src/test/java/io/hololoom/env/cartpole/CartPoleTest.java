package io.hololoom.env.cartpole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.env.Step;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CartPoleTest {
    @Test
    void matchesTheReferenceTrajectoriesBitForBit() throws IOException {
        // 40 trajectories written by reference_trajectories.py (same equations in CPython, glibc sin/cos)
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                CartPoleTest.class.getResourceAsStream("cartpole-reference.txt"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                rows.add(line.trim().split(" "));
            }
        }
        CartPole env = new CartPole();
        int steps = 0;
        for (String[] row : rows) {
            double[] state = {Double.parseDouble(row[3]), Double.parseDouble(row[4]), Double.parseDouble(row[5]),
                    Double.parseDouble(row[6])};
            if (row[1].equals("0")) {
                env.setState(state);
                continue;
            }
            Step step = env.step(Integer.parseInt(row[2]));
            assertThat(step.state()).as("case %s step %s", row[0], row[1]).containsExactly(state);
            assertThat(step.terminated()).isEqualTo(Boolean.parseBoolean(row[7].toLowerCase()));
            assertThat(step.reward()).isEqualTo(1.0);
            steps++;
        }
        assertThat(steps).isGreaterThan(4000);
    }

    @Test
    void constantsAreGymnasiums() {
        assertThat(CartPole.THETA_THRESHOLD).isEqualTo(0.20943951023931953);
        assertThat(CartPole.TOTAL_MASS).isEqualTo(1.1);
        assertThat(CartPole.POLE_MASS_LENGTH).isEqualTo(0.05);
    }

    @Test
    void terminatesPastTheAngleLimitAndRewardsTheLastStep() {
        CartPole env = new CartPole();
        env.setState(new double[] {0, 0, 0.2094, 0.1});
        Step step = env.step(1);
        assertThat(step.terminated()).isTrue();
        assertThat(step.reward()).isEqualTo(1.0);
        assertThatThrownBy(() -> env.step(0)).isInstanceOf(IllegalStateException.class).hasMessageContaining("reset");
        env.setState(new double[] {2.39, 1.0, 0, 0});
        assertThat(env.step(0).terminated()).isTrue();
    }

    @Test
    void truncatesAtTheTimeLimit() {
        CartPole env = new CartPole(3);
        env.setState(new double[] {0, 0, 0, 0});
        assertThat(env.step(0).truncated()).isFalse();
        assertThat(env.step(1).truncated()).isFalse();
        Step last = env.step(0);
        assertThat(last.truncated()).isTrue();
        assertThat(last.terminated()).isFalse();
        assertThat(new CartPole().maxEpisodeSteps()).isEqualTo(500);
    }

    @Test
    void resetIsUniformInTheSmallBoxAndSeeded() {
        CartPole env = new CartPole();
        for (long seed = 0; seed < 200; seed++) {
            double[] s = env.reset(seed);
            assertThat(s).hasSize(4);
            for (double v : s) {
                assertThat(v).isBetween(-0.05, 0.05);
            }
            assertThat(new CartPole().reset(seed)).containsExactly(s);
        }
        assertThat(env.reset(1)).isNotEqualTo(env.reset(2));
    }

    @Test
    void badInputsAreRejected() {
        CartPole env = new CartPole();
        assertThatThrownBy(() -> env.step(0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("never started");
        env.reset(1);
        assertThatThrownBy(() -> env.step(2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 (left) or 1 (right)");
        assertThatThrownBy(() -> env.setState(new double[] {0, 0, 0})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> env.setState(new double[] {0, Double.NaN, 0, 0}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CartPole(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void snapshotRestoresEverythingIncludingTheStepCount() {
        CartPole a = new CartPole(5);
        a.reset(3);
        a.step(1);
        a.step(0);
        double[] snapshot = a.snapshot();
        CartPole b = new CartPole(5);
        b.restore(snapshot);
        for (int i = 0; i < 3; i++) {
            Step sa = a.step(i % 2);
            Step sb = b.step(i % 2);
            assertThat(sb.state()).containsExactly(sa.state());
            assertThat(sb.truncated()).isEqualTo(sa.truncated());
        }
        assertThat(b.snapshot()[4]).isEqualTo(5.0);
        assertThatThrownBy(() -> b.restore(new double[] {1, 2})).isInstanceOf(IllegalArgumentException.class);
    }
}
