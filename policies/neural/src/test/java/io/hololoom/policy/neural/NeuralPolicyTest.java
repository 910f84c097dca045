package io.hololoom.policy.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hololoom.api.Decision;
import io.hololoom.api.Observation;
import io.hololoom.api.Policy.Mode;
import io.hololoom.api.learn.ActorCriticNetwork;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NeuralPolicyTest {
    private static final List<String> TOOLS = List.of("answer", "search", "calc");

    private static NeuralPolicy policy(Backend backend, long seed) {
        return new NeuralPolicy(new NeuralPolicyConfig(backend, List.of(8, 8), seed, 0, 0));
    }

    private static Observation observation(float... values) {
        return new Observation(values, TOOLS);
    }

    @Test
    void networkIsBuiltAtTheFirstDecideFromTheObservation() {
        NeuralPolicy policy = policy(Backend.JAVA, 1);
        assertThat(policy.isBuilt()).isFalse();
        assertThatThrownBy(policy::network).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("observation-size");

        policy.decide(observation(1, 2, 3, 4));

        assertThat(policy.network().shape().observationSize()).isEqualTo(4);
        assertThat(policy.network().shape().actionCount()).isEqualTo(3);
        assertThatThrownBy(() -> policy.decide(observation(1, 2))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("length [2]");
        assertThatThrownBy(() -> policy.decide(new Observation(new float[] {1, 2, 3, 4}, List.of("a", "b"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void decisionsCarryTheSoftmaxAndTheCriticValue(Backend backend) {
        NeuralPolicy policy = policy(backend, 3);
        Observation o = observation(0.5f, -1f, 2f, 0f);
        Decision d = policy.decide(o, Mode.EXPLORE);
        var pass = policy.network().forward(new float[][] {o.vector()});

        double[] expected = NeuralPolicy.softmax(pass.logits()[0]);
        assertThat(d.probabilities()).containsExactly(expected, within(1e-12));
        assertThat(d.value()).isEqualTo(pass.values()[0]);
        assertThat(d.tool()).isEqualTo(TOOLS.get(d.action()));
        assertThat(d.strategy()).isEqualTo("neural-sample");
    }

    @Test
    void greedyTakesTheMostProbableAction() {
        NeuralPolicy policy = policy(Backend.JAVA, 3);
        Observation o = observation(0.5f, -1f, 2f, 0f);
        policy.decide(o);
        // make action 2 clearly best by raising the bias of its logit
        ActorCriticNetwork n = policy.network();
        float[] p = n.parameters();
        NetworkLayout layout = new NetworkLayout(4, 3, new int[] {8, 8});
        p[layout.actorOffset(2) + 8 * 3 + 2] = 5f;
        n.setParameters(p);

        Decision d = policy.decide(o, Mode.GREEDY);
        assertThat(d.action()).isEqualTo(2);
        assertThat(d.strategy()).isEqualTo("neural-greedy");
    }

    @Test
    void sampledActionsFollowTheProbabilitiesAndTheSeed() {
        NeuralPolicy a = policy(Backend.JAVA, 5);
        NeuralPolicy b = policy(Backend.JAVA, 5);
        Observation o = observation(1, 1, 1, 1);
        int[] counts = new int[3];
        List<Integer> first = new ArrayList<>();
        List<Integer> second = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            int action = a.decide(o).action();
            counts[action]++;
            first.add(action);
            second.add(b.decide(o).action());
        }
        assertThat(first).isEqualTo(second);
        // the initial actor head has gain 0.01, so the policy is near uniform
        for (int c : counts) {
            assertThat(c).isBetween(850, 1150);
        }
    }

    @Test
    void samplingNeverPicksAZeroProbabilityAction() {
        assertThat(NeuralPolicy.sample(new double[] {0.0, 1.0, 0.0}, 0.999999)).isEqualTo(1);
        assertThat(NeuralPolicy.sample(new double[] {0.5, 0.5, 0.0}, 0.9999999999)).isEqualTo(1);
        assertThat(NeuralPolicy.sample(new double[] {0.25, 0.75}, 0.2)).isZero();
    }

    @Test
    void updateIgnoresRewardsButRejectsNonFiniteOnes() {
        NeuralPolicy policy = policy(Backend.JAVA, 1);
        Observation o = observation(1, 2, 3, 4);
        policy.decide(o);
        long version = policy.version();
        policy.update(o, 1, 1.0);
        assertThat(policy.version()).isEqualTo(version);
        assertThatThrownBy(() -> policy.update(o, 1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void versionIncreasesWhenParametersAreReplaced() {
        NeuralPolicy policy = policy(Backend.JAVA, 1);
        policy.decide(observation(1, 2, 3, 4));
        long before = policy.version();
        policy.network().setParameters(policy.network().parameters());
        assertThat(policy.version()).isEqualTo(before + 1);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void stateRoundTripsExactlyAndAcrossBackends(Backend backend) throws IOException {
        NeuralPolicy original = policy(backend, 8);
        Observation o = observation(0.1f, 0.2f, 0.3f, 0.4f);
        original.decide(o);
        float[] trained = GradientCheck.randomParameters(original.network().shape().parameterCount(), 4, 0.3);
        original.network().setParameters(trained);
        byte[] state = state(original);
        long storedVersion = original.version();

        for (Backend target : Backend.values()) {
            NeuralPolicy restored = policy(target, 99);
            restored.readState(new ByteArrayInputStream(state));
            assertThat(restored.network().parameters()).containsExactly(trained);
            assertThat(restored.version()).isEqualTo(storedVersion);
            NeuralPolicy again = policy(backend, 8);
            again.readState(new ByteArrayInputStream(state));
            // the sampling stream continues where the original's is
            for (int i = 0; i < 20; i++) {
                Decision expected = original.decide(o);
                Decision actual = restored.decide(o);
                assertThat(actual.action()).isEqualTo(expected.action());
                assertThat(actual.probabilities()).containsExactly(expected.probabilities(), within(1e-5));
            }
            original.readState(new ByteArrayInputStream(state));
        }
    }

    @Test
    void corruptStatesAreIoExceptions() throws IOException {
        NeuralPolicy policy = policy(Backend.JAVA, 2);
        policy.decide(observation(1, 2, 3, 4));
        byte[] state = state(policy);

        byte[] flipped = state.clone();
        flipped[40] ^= 0x10;
        assertThatThrownBy(() -> policy(Backend.JAVA, 2).readState(new ByteArrayInputStream(flipped)))
                .isInstanceOf(IOException.class).hasMessageContaining("checksum");
        byte[] truncated = java.util.Arrays.copyOf(state, state.length - 9);
        assertThatThrownBy(() -> policy(Backend.JAVA, 2).readState(new ByteArrayInputStream(truncated)))
                .isInstanceOf(IOException.class).hasMessageContaining("truncated");
        byte[] badMagic = state.clone();
        badMagic[0] = 'X';
        assertThatThrownBy(() -> policy(Backend.JAVA, 2).readState(new ByteArrayInputStream(badMagic)))
                .isInstanceOf(IOException.class).hasMessageContaining("magic");
        byte[] future = state.clone();
        future[7] = 9;
        assertThatThrownBy(() -> policy(Backend.JAVA, 2).readState(new ByteArrayInputStream(future)))
                .isInstanceOf(IOException.class).hasMessageContaining("format");
    }

    @Test
    void stateOfAnotherShapeIsRejected() throws IOException {
        NeuralPolicy small = policy(Backend.JAVA, 2);
        small.decide(observation(1, 2));
        NeuralPolicy large = policy(Backend.JAVA, 2);
        large.decide(observation(1, 2, 3, 4));
        byte[] state = state(small);
        float[] before = large.network().parameters();

        assertThatThrownBy(() -> large.readState(new ByteArrayInputStream(state))).isInstanceOf(IOException.class)
                .hasMessageContaining("obs=2");
        assertThat(large.network().parameters()).containsExactly(before);
        NeuralPolicy otherHidden = new NeuralPolicy(new NeuralPolicyConfig(Backend.JAVA, List.of(16), 2, 0, 0));
        assertThatThrownBy(() -> otherHidden.readState(new ByteArrayInputStream(state)))
                .isInstanceOf(IOException.class).hasMessageContaining("hidden-sizes");
    }

    @Test
    void unbuiltStateRoundTrips() throws IOException {
        NeuralPolicy policy = policy(Backend.JAVA, 2);
        NeuralPolicy other = policy(Backend.JAVA, 3);
        other.readState(new ByteArrayInputStream(state(policy)));
        assertThat(other.isBuilt()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void decidesConcurrentlyWhileParametersAreReplaced(Backend backend) throws Exception {
        NeuralPolicy policy = policy(backend, 2);
        Observation o = observation(1, 2, 3, 4);
        policy.decide(o);
        ActorCriticNetwork n = policy.network();
        float[] a = GradientCheck.randomParameters(n.shape().parameterCount(), 1, 0.3);
        float[] b = GradientCheck.randomParameters(n.shape().parameterCount(), 2, 0.3);
        n.setParameters(a);
        double valueA = policy.decide(o).value();
        n.setParameters(b);
        double valueB = policy.decide(o).value();

        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Void>> deciders = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                deciders.add(pool.submit(() -> {
                    for (int i = 0; i < 300; i++) {
                        double v = policy.decide(o).value();
                        // every decision sees one whole parameter set, never a mix
                        assertThat(v == valueA || v == valueB).as("value " + v).isTrue();
                    }
                    return null;
                }));
            }
            for (int i = 0; i < 300; i++) {
                n.setParameters(i % 2 == 0 ? a : b);
            }
            for (Future<Void> f : deciders) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] state(NeuralPolicy policy) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        policy.writeState(out);
        return out.toByteArray();
    }
}
