package io.hololoom.env.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.env.Step;
import io.hololoom.env.cartpole.CartPole;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvironmentScriptTest {
    @Test
    void printsOneJsonLinePerStepAndStopsAtTermination() {
        double[] start = EnvironmentScript.parseState("0.01, 0, -0.02, 0");
        int[] actions = EnvironmentScript.parseActions(String.join(",", java.util.Collections.nCopies(200, "1")));
        List<String> lines = EnvironmentScript.run(new CartPole(), start, actions);

        CartPole reference = new CartPole();
        reference.setState(start);
        Step first = reference.step(1);
        assertThat(lines.get(0)).isEqualTo("{\"t\":1, \"state\":[" + first.state()[0] + ", " + first.state()[1] + ", "
                + first.state()[2] + ", " + first.state()[3] + "], \"reward\":1.0, \"terminated\":false,"
                + " \"truncated\":false}");
        assertThat(lines.size()).isLessThan(200);
        assertThat(lines.get(lines.size() - 1)).contains("\"terminated\":true").startsWith("{\"t\":" + lines.size()
                + ",");
    }

    @Test
    void lineUsesDoubleToString() {
        assertThat(EnvironmentScript.line(3, new Step(new double[] {1e-10, -0.5, 0, 2}, 1.0, false, true)))
                .isEqualTo("{\"t\":3, \"state\":[1.0E-10, -0.5, 0.0, 2.0], \"reward\":1.0, \"terminated\":false,"
                        + " \"truncated\":true}");
    }

    @Test
    void badInputsNameTheItem() {
        assertThatThrownBy(() -> EnvironmentScript.parseState("0,x,0,0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[x] at position [2]");
        assertThatThrownBy(() -> EnvironmentScript.parseActions("1,0,right"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[right] at position [3]");
        assertThatThrownBy(() -> EnvironmentScript.run(new CartPole(), new double[] {0, 0, 0, 0}, new int[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
