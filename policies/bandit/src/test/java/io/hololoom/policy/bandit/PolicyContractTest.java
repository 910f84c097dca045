package io.hololoom.policy.bandit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hololoom.api.Decision;
import io.hololoom.api.Observation;
import io.hololoom.api.Policy;
import io.hololoom.api.Policy.Mode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The {@link Policy} contract, for any policy: valid decisions, determinism from the seed, exact state
 * round trips, rejection of corrupt state and bad arguments, thread safety and versioning. Subclasses
 * supply the policy.
 */
public abstract class PolicyContractTest {
    protected static final List<String> TOOLS = SyntheticBandits.TOOLS;
    protected static final int SIZE = 6;

    /** A new policy of the type under test. */
    protected abstract Policy create(long seed, Map<String, String> settings);

    /** The policy's plugin name (its state kind). */
    protected abstract String name();

    protected Policy create(long seed) {
        return create(seed, Map.of());
    }

    protected static Observation observation(BanditRandom random, List<String> tools) {
        float[] x = new float[SIZE];
        for (int i = 0; i < SIZE; i++) {
            // some exact zeros, as one-hot parts of real observations have
            x[i] = random.nextInt(4) == 0 ? 0f : (float) (random.nextDouble() * 2 - 1);
        }
        return new Observation(x, tools);
    }

    /** A deterministic reward that makes tool 2 good when x[0] > 0 and tool 1 good otherwise. */
    protected static double reward(Observation o, int action) {
        int good = o.get(0) > 0 ? 2 : 1;
        return action == good ? 0.8 : -0.4 + 0.1 * o.get(1);
    }

    /** Decides and updates {@code steps} times on a seeded stream of observations. */
    protected static List<Decision> run(Policy policy, long envSeed, int steps, Mode mode) {
        BanditRandom env = new BanditRandom(envSeed);
        List<Decision> out = new ArrayList<>();
        for (int t = 0; t < steps; t++) {
            Observation o = observation(env, TOOLS);
            Decision d = policy.decide(o, mode);
            policy.update(o, d.action(), reward(o, d.action()));
            out.add(d);
        }
        return out;
    }

    protected static byte[] state(Policy policy) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        policy.writeState(out);
        return out.toByteArray();
    }

    protected static void load(Policy policy, byte[] state) throws IOException {
        policy.readState(new ByteArrayInputStream(state));
    }

    private static void assertValid(Decision d, Observation o) {
        double[] p = d.probabilities();
        assertThat(p).hasSize(o.actions().size());
        assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(Arrays.stream(p).boxed()).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
        assertThat(d.action()).isBetween(0, o.actions().size() - 1);
        assertThat(d.tool()).isEqualTo(o.actions().get(d.action()));
        assertThat(d.strategy()).isNotBlank();
        assertThat(Double.isNaN(d.value()) || Double.isFinite(d.value())).isTrue();
    }

    @Test
    void decisionsAreValidDistributionsWithTheActionInRange() {
        Policy policy = create(1);
        BanditRandom env = new BanditRandom(11);
        for (int t = 0; t < 300; t++) {
            Observation o = observation(env, TOOLS);
            Decision explore = policy.decide(o, Mode.EXPLORE);
            assertValid(explore, o);
            assertThat(explore.probability()).as("the chosen action's propensity").isPositive();
            assertValid(policy.decide(o, Mode.GREEDY), o);
            assertValid(policy.decide(o), o);
            policy.update(o, explore.action(), reward(o, explore.action()));
        }
    }

    @Test
    void theSameSeedGivesTheSameDecisions() {
        assertThat(run(create(7), 3, 300, Mode.EXPLORE)).isEqualTo(run(create(7), 3, 300, Mode.EXPLORE));
        assertThat(run(create(7), 3, 100, Mode.GREEDY)).isEqualTo(run(create(7), 3, 100, Mode.GREEDY));
    }

    @Test
    void stateRoundTripGivesIdenticalDecisions() throws IOException {
        Policy trained = create(7);
        run(trained, 3, 250, Mode.EXPLORE);
        byte[] saved = state(trained);

        Policy restored = create(12345);
        load(restored, saved);
        assertThat(state(restored)).as("re-written state").isEqualTo(saved);
        assertThat(restored.version()).isEqualTo(trained.version());

        assertThat(run(restored, 4, 200, Mode.EXPLORE)).isEqualTo(run(trained, 4, 200, Mode.EXPLORE));
        assertThat(run(restored, 5, 50, Mode.GREEDY)).isEqualTo(run(trained, 5, 50, Mode.GREEDY));
    }

    @Test
    void stateOfAFreshPolicyRoundTrips() throws IOException {
        Policy fresh = create(3);
        Policy other = create(3);
        load(other, state(fresh));
        assertThat(run(other, 8, 50, Mode.EXPLORE)).isEqualTo(run(fresh, 8, 50, Mode.EXPLORE));
    }

    @Test
    void corruptStateIsRejectedAndLeavesThePolicyUnchanged() throws IOException {
        Policy source = create(7);
        run(source, 3, 120, Mode.EXPLORE);
        byte[] saved = state(source);

        Policy target = create(21);
        Policy twin = create(21);
        run(target, 9, 60, Mode.EXPLORE);
        run(twin, 9, 60, Mode.EXPLORE);

        for (int length : new int[] {0, 1, 3, 4, 8, 12, saved.length / 2, saved.length - 8, saved.length - 1}) {
            byte[] truncated = Arrays.copyOf(saved, length);
            assertThatThrownBy(() -> load(target, truncated)).as("truncated to %s", length)
                    .isInstanceOf(IOException.class).hasMessageNotContaining("null");
        }
        for (int i = 0; i < saved.length; i++) {
            byte[] flipped = saved.clone();
            flipped[i] ^= (byte) (1 << (i % 8));
            int at = i;
            assertThatThrownBy(() -> load(target, flipped)).as("bit flipped in byte %s", at)
                    .isInstanceOf(IOException.class);
        }
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
            data.write(Arrays.copyOfRange(saved, payloadStart(saved), saved.length - 8));
            data.writeInt(0);
        });
        assertThatThrownBy(() -> load(target, trailing.toByteArray())).isInstanceOf(IOException.class)
                .hasMessageContaining("trailing");

        assertThat(target.version()).isEqualTo(twin.version());
        assertThat(state(target)).isEqualTo(state(twin));
        assertThat(run(target, 10, 50, Mode.EXPLORE)).isEqualTo(run(twin, 10, 50, Mode.EXPLORE));
    }

    /** Where the payload starts in an envelope: magic, format, UTF kind, length. */
    private int payloadStart(byte[] envelope) {
        return 4 + 4 + 2 + name().getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 4;
    }

    @Test
    void versionIncreasesOnEveryUpdateAndOnLoadButNotOnDecide() throws IOException {
        Policy policy = create(1);
        long v0 = policy.version();
        BanditRandom env = new BanditRandom(2);
        for (int t = 1; t <= 20; t++) {
            Observation o = observation(env, TOOLS);
            Decision d = policy.decide(o);
            assertThat(policy.version()).isEqualTo(v0 + t - 1);
            policy.update(o, d.action(), reward(o, d.action()));
            assertThat(policy.version()).isEqualTo(v0 + t);
        }
        Policy fresh = create(1);
        long before = fresh.version();
        load(fresh, state(create(9)));
        assertThat(fresh.version()).isGreaterThan(before);
        load(policy, state(create(9)));
        assertThat(policy.version()).isGreaterThan(v0 + 20);
    }

    @Test
    void badRewardsAndActionsAreRejected() {
        Policy policy = create(1);
        Observation o = observation(new BanditRandom(1), TOOLS);
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
        BanditRandom env = new BanditRandom(6);
        for (int t = 0; t < 400; t++) {
            Observation o = observation(env, TOOLS);
            Decision d = policy.decide(o);
            policy.update(o, d.action(), d.tool().equals("search") ? 0.9 : -0.9);
        }
        List<String> reordered = List.of("calc", "search", "answer");
        Decision greedy = policy.decide(observation(env, reordered), Mode.GREEDY);
        assertThat(greedy.tool()).isEqualTo("search");
        assertThat(greedy.action()).isEqualTo(1);

        List<String> grown = List.of("note", "answer", "calc", "search");
        Observation o = observation(env, grown);
        Decision d = policy.decide(o);
        assertValid(d, o);
        policy.update(o, 0, 0.5);
    }

    @Test
    void concurrentDecideAndUpdateStayConsistent() throws Exception {
        Policy policy = create(8);
        int threads = 4;
        int steps = 250;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long seed = 100 + t;
                futures.add(pool.submit(() -> {
                    BanditRandom env = new BanditRandom(seed);
                    int valid = 0;
                    for (int s = 0; s < steps; s++) {
                        Observation o = observation(env, TOOLS);
                        Decision d = policy.decide(o, s % 5 == 0 ? Mode.GREEDY : Mode.EXPLORE);
                        assertValid(d, o);
                        policy.update(o, d.action(), reward(o, d.action()));
                        if (s % 50 == 0) {
                            state(policy);
                        }
                        valid++;
                    }
                    return valid;
                }));
            }
            for (Future<Integer> f : futures) {
                assertThat(f.get()).isEqualTo(steps);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(policy.version()).isEqualTo((long) threads * steps);
        Policy copy = create(0);
        load(copy, state(policy));
        assertThat(state(copy)).isEqualTo(state(policy));
    }
}
