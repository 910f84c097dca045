package io.hololoom.policy.uniform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hololoom.api.Decision;
import io.hololoom.api.Observation;
import io.hololoom.api.Policy.Mode;
import io.hololoom.policy.bandit.BanditState;
import io.hololoom.policy.bandit.StateCorruption;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class UniformPolicyTest {
    private static final List<String> TOOLS = List.of("answer", "search", "calc", "note", "query");
    private static final Observation OBS = new Observation(new float[] {0.5f, -1f, 0f}, TOOLS);

    private static byte[] state(UniformPolicy policy) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        policy.writeState(out);
        return out.toByteArray();
    }

    private static void load(UniformPolicy policy, byte[] state) throws IOException {
        policy.readState(new ByteArrayInputStream(state));
    }

    private static List<String> choices(UniformPolicy policy, int n, Mode mode) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(policy.decide(OBS, mode).tool());
        }
        return out;
    }

    @Test
    void everyToolHasTheSameProbabilityInBothModes() {
        UniformPolicy policy = new UniformPolicy(1);
        for (Mode mode : Mode.values()) {
            Decision d = policy.decide(OBS, mode);
            assertThat(d.probabilities()).containsOnly(0.2);
            assertThat(d.probability()).isEqualTo(0.2);
            assertThat(d.value()).isNaN();
            assertThat(d.strategy()).isEqualTo("uniform");
        }
        Decision one = policy.decide(new Observation(new float[0], List.of("calc")), Mode.EXPLORE);
        assertThat(one.tool()).isEqualTo("calc");
        assertThat(one.probabilities()).containsExactly(1.0);
    }

    @Test
    void choicesAreUniformlyDistributedEvenWhenGreedy() {
        for (Mode mode : Mode.values()) {
            List<String> chosen = choices(new UniformPolicy(3), 10_000, mode);
            for (String tool : TOOLS) {
                double share = chosen.stream().filter(tool::equals).count() / 10_000.0;
                // binomial sd at n = 10000, p = 0.2 is 0.004: ±0.02 is five sd
                assertThat(share).as("%s share of %s", mode, tool).isCloseTo(0.2, within(0.02));
            }
        }
    }

    @Test
    void updatesChangeNothingButAreChecked() throws IOException {
        UniformPolicy updated = new UniformPolicy(5);
        UniformPolicy untouched = new UniformPolicy(5);
        for (int i = 0; i < 100; i++) {
            Decision d = updated.decide(OBS, Mode.EXPLORE);
            untouched.decide(OBS, Mode.EXPLORE);
            updated.update(OBS, d.action(), d.tool().equals("calc") ? 1.0 : -1.0);
        }
        assertThat(updated.version()).isZero();
        assertThat(state(updated)).isEqualTo(state(untouched));
        assertThat(choices(updated, 50, Mode.EXPLORE)).isEqualTo(choices(untouched, 50, Mode.EXPLORE));

        assertThatThrownBy(() -> updated.update(OBS, 5, 0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("action [5]");
        assertThatThrownBy(() -> updated.update(OBS, 0, 1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[-1, 1]");
        assertThatThrownBy(() -> updated.update(OBS, 0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> updated.decide(null, Mode.EXPLORE)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void differentSeedsGiveDifferentSequences() {
        assertThat(choices(new UniformPolicy(1), 50, Mode.EXPLORE))
                .isNotEqualTo(choices(new UniformPolicy(2), 50, Mode.EXPLORE));
    }

    @Test
    void stateRoundTripContinuesTheSequence() throws IOException {
        UniformPolicy original = new UniformPolicy(9);
        choices(original, 37, Mode.EXPLORE);
        byte[] saved = state(original);

        UniformPolicy restored = new UniformPolicy(12345);
        load(restored, saved);
        assertThat(state(restored)).isEqualTo(saved);
        assertThat(restored.version()).isZero();
        assertThat(choices(restored, 200, Mode.EXPLORE)).isEqualTo(choices(original, 200, Mode.EXPLORE));
    }

    @Test
    void corruptForeignAndTrailingStatesAreRejectedAndLeaveThePolicyUnchanged() throws IOException {
        byte[] saved = state(new UniformPolicy(7));
        UniformPolicy target = new UniformPolicy(21);
        UniformPolicy twin = new UniformPolicy(21);
        StateCorruption.assertEveryBitFlipIsRejected(target, saved);
        assertThatThrownBy(() -> load(target, Arrays.copyOf(saved, saved.length - 1)))
                .isInstanceOf(IOException.class);

        ByteArrayOutputStream foreign = new ByteArrayOutputStream();
        BanditState.write(foreign, "thompson", data -> data.writeLong(1));
        assertThatThrownBy(() -> load(target, foreign.toByteArray())).isInstanceOf(IOException.class)
                .hasMessageContaining("[thompson]").hasMessageContaining("[uniform]");

        ByteArrayOutputStream trailing = new ByteArrayOutputStream();
        BanditState.write(trailing, "uniform", data -> {
            data.writeLong(1);
            data.writeInt(3);
        });
        assertThatThrownBy(() -> load(target, trailing.toByteArray())).isInstanceOf(IOException.class)
                .hasMessageContaining("trailing");

        ByteArrayOutputStream shortPayload = new ByteArrayOutputStream();
        BanditState.write(shortPayload, "uniform", data -> data.writeInt(1));
        assertThatThrownBy(() -> load(target, shortPayload.toByteArray())).isInstanceOf(IOException.class)
                .hasMessageContaining("random state");

        assertThat(target.version()).isZero();
        assertThat(state(target)).isEqualTo(state(twin));
        assertThat(choices(target, 50, Mode.EXPLORE)).isEqualTo(choices(twin, 50, Mode.EXPLORE));
    }
}
