package io.hololoom.policy.bandit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.Decision;
import io.hololoom.api.Observation;
import io.hololoom.api.Policy;
import io.hololoom.api.Policy.Mode;
import io.hololoom.testkit.FakePluginContext;
import io.hololoom.testkit.MapPluginConfig;
import io.hololoom.testkit.PolicyContractTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The testkit's {@link PolicyContractTest} with the bandits' stricter promises switched on (the state carries the
 * random stream, the version counts updates, probabilities sum to 1 within 1e-9), plus what the shared
 * {@link BanditState} envelope and the bandits' argument checks add: every bit flip and truncation is caught with
 * a clear message and leaves the policy as it was, rewards outside [-1, 1] are rejected, state is keyed by tool
 * name. Subclasses supply the policy.
 */
public abstract class BanditPolicyContractTest extends PolicyContractTest {
    protected static final List<String> TOOLS = SyntheticBandits.TOOLS;

    /** A new policy of the type under test. */
    protected abstract Policy create(long seed, Map<String, String> settings);

    /** The policy's plugin name (its state kind). */
    protected abstract String name();

    protected Policy create(long seed) {
        return create(seed, Map.of());
    }

    @Override
    protected final Policy createPolicy(long seed) {
        return create(seed);
    }

    /** The context a provider gets: this policy's settings and the seed. */
    protected FakePluginContext context(Map<String, String> settings, long seed) {
        return FakePluginContext.of(MapPluginConfig.of("policy", name(), settings), seed);
    }

    @Override
    protected boolean stateIncludesRandomness() {
        return true;
    }

    @Override
    protected boolean versionCountsUpdates() {
        return true;
    }

    @Override
    protected double probabilityTolerance() {
        return 1e-9;
    }

    protected static void load(Policy policy, byte[] state) throws IOException {
        restore(policy, state);
    }

    private static Observation withActions(Observation o, List<String> actions) {
        return new Observation(o.vector(), actions);
    }

    @Test
    void corruptStateIsRejectedAndLeavesThePolicyUnchanged() throws IOException {
        Policy source = create(7);
        play(source, 3, 120, Mode.EXPLORE);
        byte[] saved = state(source);

        Policy target = create(21);
        Policy twin = create(21);
        play(target, 9, 60, Mode.EXPLORE);
        play(twin, 9, 60, Mode.EXPLORE);

        for (int length : new int[] {0, 1, 3, 4, 8, 12, saved.length / 2, saved.length - 8, saved.length - 1}) {
            byte[] truncated = Arrays.copyOf(saved, length);
            assertThatThrownBy(() -> load(target, truncated)).as("truncated to %s", length)
                    .isInstanceOf(IOException.class).hasMessageNotContaining("null");
        }
        StateCorruption.assertEveryBitFlipIsRejected(target, saved);
        byte[] garbage = new byte[200];
        new BanditRandom(5).nextBytes(garbage);
        assertThatThrownBy(() -> load(target, garbage)).isInstanceOf(IOException.class)
                .hasMessageContaining("Not a HoloLoom bandit policy state");

        ByteArrayOutputStream foreign = new ByteArrayOutputStream();
        BanditState.write(foreign, "some-other-policy", data -> data.writeLong(1));
        assertThatThrownBy(() -> load(target, foreign.toByteArray())).isInstanceOf(IOException.class)
                .hasMessageContaining("[some-other-policy]").hasMessageContaining("[" + name() + "]");

        ByteArrayOutputStream trailing = new ByteArrayOutputStream();
        BanditState.write(trailing, name(), data -> {
            data.write(Arrays.copyOfRange(saved, payloadStart(), saved.length - 8));
            data.writeInt(0);
        });
        assertThatThrownBy(() -> load(target, trailing.toByteArray())).isInstanceOf(IOException.class)
                .hasMessageContaining("trailing");

        assertThat(target.version()).isEqualTo(twin.version());
        assertThat(state(target)).isEqualTo(state(twin));
        assertThat(play(target, 10, 50, Mode.EXPLORE)).isEqualTo(play(twin, 10, 50, Mode.EXPLORE));
    }

    /** Where the payload starts in an envelope: magic, format, UTF kind, length. */
    private int payloadStart() {
        return 4 + 4 + 2 + name().getBytes(StandardCharsets.UTF_8).length + 4;
    }

    @Test
    void loadingStateMovesTheVersion() throws IOException {
        Policy fresh = create(1);
        long before = fresh.version();
        load(fresh, state(create(9)));
        assertThat(fresh.version()).isGreaterThan(before);

        Policy used = create(1);
        play(used, 2, 20, Mode.EXPLORE);
        long trained = used.version();
        load(used, state(create(9)));
        assertThat(used.version()).isGreaterThan(trained);
    }

    @Test
    void badRewardsAndActionsAreRejected() {
        Policy policy = create(1);
        Observation o = observation(new Random(1));
        for (double bad : new double[] {1.0001, -1.5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThatThrownBy(() -> policy.update(o, 0, bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("[" + bad + "]").hasMessageContaining("[-1, 1]");
        }
        assertThatThrownBy(() -> policy.update(o, 3, 0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("action [3]");
        assertThatThrownBy(() -> policy.update(o, -1, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.decide(null)).isInstanceOf(NullPointerException.class);
        assertThat(policy.version()).isZero();
        policy.update(o, 0, 1.0);
        policy.update(o, 1, -1.0);
        assertThat(policy.version()).isEqualTo(2);
    }

    @Test
    void stateIsKeyedByToolNameNotIndex() {
        Policy policy = create(4);
        Random env = new Random(6);
        for (int t = 0; t < 400; t++) {
            Observation o = observation(env);
            Decision d = policy.decide(o);
            policy.update(o, d.action(), d.tool().equals("search") ? 0.9 : -0.9);
        }
        List<String> reordered = List.of("calc", "search", "answer");
        Decision greedy = policy.decide(withActions(observation(env), reordered), Mode.GREEDY);
        assertThat(greedy.tool()).isEqualTo("search");
        assertThat(greedy.action()).isEqualTo(1);

        List<String> grown = List.of("note", "answer", "calc", "search");
        Observation o = withActions(observation(env), grown);
        Decision d = policy.decide(o);
        assertValid(d, o, probabilityTolerance());
        policy.update(o, 0, 0.5);
    }
}
