package io.hololoom.core.learn;

import static io.hololoom.core.testing.Spacetimes.spacetime;
import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.Feedback;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SimulatedUserTest {
    @Test
    void theRightToolEarnsFiveStarsAndTheAnswerIsChecked() {
        Workload.Example label = new Workload.Example("what is 17 * 23?", "calc", Optional.of("391"));
        Feedback f = SimulatedUser.judge(spacetime().tool("calc").build(), label);
        assertThat(f).isEqualTo(new Feedback(OptionalInt.of(5), Optional.of(true), Optional.of(false),
                Optional.of("calc"), ""));
        Feedback wrong = SimulatedUser.judge(spacetime().tool("search").build(), label);
        assertThat(wrong).isEqualTo(new Feedback(OptionalInt.of(1), Optional.of(false), Optional.empty(),
                Optional.of("calc"), ""));
        Feedback noAnswer = SimulatedUser.judge(spacetime().tool("calc").build(),
                new Workload.Example("q", "calc", Optional.empty()));
        assertThat(noAnswer.correct()).isEmpty();
    }

    @Test
    void answersMatchIgnoringCaseAccentsAndSpacing() {
        assertThat(SimulatedUser.contains("17 * 23 = 391", "391")).isTrue();
        assertThat(SimulatedUser.contains("The default is  G1\n(garbage first)", "g1 (garbage")).isTrue();
        assertThat(SimulatedUser.contains("Café au lait", "cafe")).isTrue();
        assertThat(SimulatedUser.contains("rating / 5 * 2 - 1", "rating / 5 * 2 - 1")).isTrue();
        assertThat(SimulatedUser.contains("about 42", "43")).isFalse();
    }
}
