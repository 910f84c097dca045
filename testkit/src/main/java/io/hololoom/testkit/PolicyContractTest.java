package io.hololoom.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Policy} keeps, as its javadoc states it: decisions are valid distributions over the
 * observation's actions with the chosen action in range; randomness comes only from the seed (the same seed and
 * inputs give the same decisions); {@code writeState} / {@code readState} restore the behaviour exactly; corrupt
 * state is an {@link IOException}; non-finite rewards and observations of the wrong length are an
 * {@link IllegalArgumentException}; the version never goes down and moves when the policy learns; concurrent
 * {@code decide} and {@code update} are safe. Two stricter promises are opt-in: {@link #stateIncludesRandomness()}
 * and {@link #versionCountsUpdates()}.
 *
 * <pre>{@code
 * class MyPolicyContractTest extends PolicyContractTest {
 *     protected Policy createPolicy(long seed) {
 *         return new MyPolicyProvider().create(FakePluginContext.builder().seed(seed).build());
 *     }
 * }
 * }</pre>
 */
public abstract class PolicyContractTest {
    /** The actions the policy chooses from. */
    protected static final List<String> ACTIONS = List.of("answer", "search", "calc");
    /** The observation length used by these tests. */
    protected static final int SIZE = 6;

    /** A new policy drawing its randomness from {@code seed}. */
    protected abstract Policy createPolicy(long seed);

    /**
     * Whether {@link Policy#update} changes the policy's behaviour (bandits: yes; a trainable policy that learns
     * only through its trainer: no). When true, the version must increase on every update.
     */
    protected boolean learnsOnUpdate() {
        return true;
    }

    /**
     * Whether the policy reads the observation vector (a contextual bandit, a network). Such a policy is built for
     * one vector length and must reject another with {@link IllegalArgumentException}; a context-free policy
     * (e.g. epsilon-greedy over tools) need not.
     */
    protected boolean contextual() {
        return true;
    }

    /**
     * Whether the written state carries the random stream too, so a policy created with another seed behaves,
     * after {@code readState}, exactly like the one that wrote it, exploration included (the bandits: yes).
     */
    protected boolean stateIncludesRandomness() {
        return false;
    }

    /**
     * Whether the version is exactly the number of updates (plus whatever a restored state carried): one step
     * per {@code update}, none per {@code decide}, and a restored policy reports the version it was saved with.
     */
    protected boolean versionCountsUpdates() {
        return false;
    }

    /** How far the sum of a decision's probabilities may be from 1; 1e-6 unless the policy promises more. */
    protected double probabilityTolerance() {
        return 1e-6;
    }

    /** A seeded observation; some components are exact zeros, as one-hot parts of real observations are. */
    protected static Observation observation(Random random) {
        float[] x = new float[SIZE];
        for (int i = 0; i < SIZE; i++) {
            x[i] = random.nextInt(4) == 0 ? 0f : (float) (random.nextDouble() * 2 - 1);
        }
        return new Observation(x, ACTIONS);
    }

    /** A deterministic reward: {@code calc} is good when x[0] > 0, {@code search} otherwise. */
    protected static double reward(Observation o, int action) {
        int good = o.get(0) > 0 ? 2 : 1;
        return action == good ? 0.8 : -0.4;
    }

    /** Decides and learns {@code steps} times on a seeded stream of observations. */
    protected static List<Decision> play(Policy policy, long seed, int steps, Mode mode) {
        Random env = new Random(seed);
        List<Decision> out = new ArrayList<>();
        for (int t = 0; t < steps; t++) {
            Observation o = observation(env);
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

    protected static void restore(Policy policy, byte[] state) throws IOException {
        policy.readState(new ByteArrayInputStream(state));
    }

    protected static void assertValid(Decision d, Observation o) {
        assertValid(d, o, 1e-6);
    }

    /** {@link #assertValid(Decision, Observation)} with the given tolerance for the sum of the probabilities. */
    protected static void assertValid(Decision d, Observation o, double tolerance) {
        double[] p = d.probabilities();
        assertThat(p).hasSize(o.actions().size());
        assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, within(tolerance));
        for (double v : p) {
            assertThat(v).isBetween(0.0, 1.0);
        }
        assertThat(d.action()).isBetween(0, o.actions().size() - 1);
        assertThat(d.tool()).isEqualTo(o.actions().get(d.action()));
        assertThat(d.strategy()).isNotBlank();
        assertThat(Double.isNaN(d.value()) || Double.isFinite(d.value())).as("value is NaN or finite").isTrue();
    }

    @Test
    void decisionsAreValidDistributionsWithTheChosenActionPossible() {
        Policy policy = createPolicy(1);
        Random env = new Random(11);
        for (int t = 0; t < 200; t++) {
            Observation o = observation(env);
            Decision explore = policy.decide(o, Mode.EXPLORE);
            assertValid(explore, o, probabilityTolerance());
            assertThat(explore.probability()).as("the chosen action's propensity").isPositive();
            assertValid(policy.decide(o, Mode.GREEDY), o, probabilityTolerance());
            assertValid(policy.decide(o), o, probabilityTolerance());
            policy.update(o, explore.action(), reward(o, explore.action()));
        }
    }

    @Test
    void theSameSeedGivesTheSameDecisions() {
        assertThat(play(createPolicy(7), 3, 200, Mode.EXPLORE)).isEqualTo(play(createPolicy(7), 3, 200, Mode.EXPLORE));
        assertThat(play(createPolicy(7), 3, 50, Mode.GREEDY)).isEqualTo(play(createPolicy(7), 3, 50, Mode.GREEDY));
    }

    @Test
    void aRestoredStateBehavesExactlyLikeTheOriginal() throws IOException {
        assertRestoredPolicyBehavesLikeTheOriginal(7, false);
    }

    /**
     * Trains a policy created with seed 7, restores its state into one created with {@code restoredSeed}, and
     * checks the state written again and the greedy decisions (and, if {@code explore}, the exploring ones).
     */
    private void assertRestoredPolicyBehavesLikeTheOriginal(long restoredSeed, boolean explore) throws IOException {
        Policy trained = createPolicy(7);
        play(trained, 3, 250, Mode.EXPLORE);
        byte[] saved = state(trained);

        Policy restored = createPolicy(restoredSeed);
        restore(restored, saved);
        assertThat(state(restored)).as("the state written again").isEqualTo(saved);
        if (explore) {
            assertThat(play(restored, 4, 200, Mode.EXPLORE)).isEqualTo(play(trained, 4, 200, Mode.EXPLORE));
        }
        assertThat(play(restored, 5, 50, Mode.GREEDY)).isEqualTo(play(trained, 5, 50, Mode.GREEDY));
    }

    @Test
    void theStateOfAFreshPolicyRoundTrips() throws IOException {
        Policy fresh = createPolicy(3);
        Policy other = createPolicy(3);
        restore(other, state(fresh));
        assertThat(play(other, 8, 50, Mode.EXPLORE)).isEqualTo(play(fresh, 8, 50, Mode.EXPLORE));
    }

    @Test
    void aRestoredStateCarriesTheRandomStream() throws IOException {
        assumeTrue(stateIncludesRandomness(), "the state does not promise to carry the random stream");
        assertRestoredPolicyBehavesLikeTheOriginal(12345, true);
    }

    @Test
    void theVersionCountsUpdatesExactly() throws IOException {
        assumeTrue(versionCountsUpdates(), "the version does not promise to count updates");
        Policy policy = createPolicy(1);
        long v0 = policy.version();
        Random env = new Random(2);
        for (int t = 1; t <= 20; t++) {
            Observation o = observation(env);
            Decision d = policy.decide(o);
            assertThat(policy.version()).as("version after decide number %s", t).isEqualTo(v0 + t - 1);
            policy.update(o, d.action(), reward(o, d.action()));
            assertThat(policy.version()).as("version after update number %s", t).isEqualTo(v0 + t);
        }
        Policy restored = createPolicy(5);
        restore(restored, state(policy));
        assertThat(restored.version()).as("the version of a restored policy").isEqualTo(policy.version());
    }

    @Test
    void corruptStateIsAnIoException() throws IOException {
        Policy policy = createPolicy(2);
        play(policy, 1, 30, Mode.EXPLORE);
        byte[] saved = state(policy);
        byte[] garbage = new byte[256];
        new Random(5).nextBytes(garbage);
        assertThatThrownBy(() -> restore(createPolicy(2), garbage)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> restore(createPolicy(2), new byte[0])).isInstanceOf(IOException.class);
        for (int length : new int[] {1, 3, 4, 8, 12, saved.length / 2, saved.length - 8, saved.length - 1}) {
            if (length > 0 && length < saved.length) {
                byte[] truncated = Arrays.copyOf(saved, length);
                assertThatThrownBy(() -> restore(createPolicy(2), truncated)).as("state truncated to %s bytes", length)
                        .isInstanceOf(IOException.class);
            }
        }
    }

    @Test
    void nonFiniteRewardsAreRejected() {
        Policy policy = createPolicy(1);
        Observation o = observation(new Random(1));
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThatThrownBy(() -> policy.update(o, 0, bad)).as("reward %s", bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aContextualPolicyRejectsAnObservationOfAnotherLength() {
        org.junit.jupiter.api.Assumptions.assumeTrue(contextual(), "the policy does not read the observation vector");
        Policy policy = createPolicy(1);
        Observation o = observation(new Random(1));
        policy.update(o, policy.decide(o).action(), 0.5);
        Observation longer = new Observation(new float[SIZE + 3], ACTIONS);
        assertThatThrownBy(() -> policy.decide(longer)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theVersionNeverGoesDownAndMovesWhenThePolicyLearns() {
        Policy policy = createPolicy(1);
        Random env = new Random(2);
        long last = policy.version();
        for (int t = 0; t < 20; t++) {
            Observation o = observation(env);
            Decision d = policy.decide(o);
            assertThat(policy.version()).isGreaterThanOrEqualTo(last);
            last = policy.version();
            policy.update(o, d.action(), reward(o, d.action()));
            if (learnsOnUpdate()) {
                assertThat(policy.version()).as("version after an update").isGreaterThan(last);
            } else {
                assertThat(policy.version()).isGreaterThanOrEqualTo(last);
            }
            last = policy.version();
        }
    }

    @Test
    void concurrentDecideAndUpdateAreSafe() throws Exception {
        Policy policy = createPolicy(8);
        long before = policy.version();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                long seed = 100 + t;
                futures.add(pool.submit(() -> {
                    Random env = new Random(seed);
                    int n = 0;
                    for (int s = 0; s < 200; s++) {
                        Observation o = observation(env);
                        Decision d = policy.decide(o, s % 5 == 0 ? Mode.GREEDY : Mode.EXPLORE);
                        assertValid(d, o, probabilityTolerance());
                        policy.update(o, d.action(), reward(o, d.action()));
                        if (s % 50 == 0) {
                            state(policy);
                        }
                        n++;
                    }
                    return n;
                }));
            }
            for (Future<Integer> f : futures) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        if (versionCountsUpdates()) {
            assertThat(policy.version()).as("version after 800 concurrent updates").isEqualTo(before + 800);
        } else if (learnsOnUpdate()) {
            assertThat(policy.version()).as("version after 800 concurrent updates").isGreaterThanOrEqualTo(before + 800);
        }
        Policy copy = createPolicy(0);
        restore(copy, state(policy));
        assertThat(state(copy)).isEqualTo(state(policy));
    }
}
