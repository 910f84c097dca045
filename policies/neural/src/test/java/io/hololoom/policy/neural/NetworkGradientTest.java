package io.hololoom.policy.neural;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.learn.ActorCriticNetwork;
import io.hololoom.api.learn.ForwardPass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NetworkGradientTest {
    private static final double TOLERANCE = 2e-2;

    private static ActorCriticNetwork network(Backend backend, int[] hidden) {
        NetworkLayout layout = new NetworkLayout(5, 3, hidden);
        return ActorCriticNetworks.create(backend, layout, GradientCheck.randomParameters(layout.parameterCount(), 11,
                0.5));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void backwardMatchesFiniteDifferences(Backend backend) {
        ActorCriticNetwork network = network(backend, new int[] {7, 6});
        float[][] x = GradientCheck.randomMatrix(4, 5, 1);
        float[][] c = GradientCheck.randomMatrix(4, 3, 2);
        float[] d = GradientCheck.randomMatrix(1, 4, 3)[0];

        float[] analytic = network.backward(network.forward(x), c, d);
        double[] numeric = GradientCheck.numerical(network, x, c, d);

        assertThat(GradientCheck.maxError(analytic, numeric)).isLessThan(TOLERANCE);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void backwardMatchesFiniteDifferencesWithOneAndThreeHiddenLayers(Backend backend) {
        for (int[] hidden : new int[][] {{9}, {6, 5, 4}}) {
            ActorCriticNetwork network = network(backend, hidden);
            float[][] x = GradientCheck.randomMatrix(3, 5, 4);
            float[][] c = GradientCheck.randomMatrix(3, 3, 5);
            float[] d = GradientCheck.randomMatrix(1, 3, 6)[0];
            float[] analytic = network.backward(network.forward(x), c, d);
            assertThat(GradientCheck.maxError(analytic, GradientCheck.numerical(network, x, c, d)))
                    .as("hidden %s", java.util.Arrays.toString(hidden)).isLessThan(TOLERANCE);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theCheckRejectsAWrongGradient(Backend backend) {
        ActorCriticNetwork network = network(backend, new int[] {7, 6});
        float[][] x = GradientCheck.randomMatrix(4, 5, 1);
        float[][] c = GradientCheck.randomMatrix(4, 3, 2);
        float[] d = GradientCheck.randomMatrix(1, 4, 3)[0];
        float[] analytic = network.backward(network.forward(x), c, d);
        analytic[3] *= 1.1f;

        assertThat(GradientCheck.maxError(analytic, GradientCheck.numerical(network, x, c, d)))
                .isGreaterThan(TOLERANCE);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void backwardUsesTheWeightsOfItsForwardPassEvenAfterAnUpdate(Backend backend) {
        ActorCriticNetwork network = network(backend, new int[] {7, 6});
        float[][] x = GradientCheck.randomMatrix(4, 5, 1);
        float[][] c = GradientCheck.randomMatrix(4, 3, 2);
        float[] d = GradientCheck.randomMatrix(1, 4, 3)[0];
        float[] expected = network.backward(network.forward(x), c, d);

        ForwardPass pass = network.forward(x);
        network.setParameters(GradientCheck.randomParameters(network.shape().parameterCount(), 99, 0.5));

        assertThat(network.backward(pass, c, d)).containsExactly(expected);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void backwardIsNotAccumulated(Backend backend) {
        ActorCriticNetwork network = network(backend, new int[] {7, 6});
        float[][] x = GradientCheck.randomMatrix(2, 5, 1);
        float[][] c = GradientCheck.randomMatrix(2, 3, 2);
        float[] d = {1f, -1f};
        ForwardPass pass = network.forward(x);
        float[] first = network.backward(pass, c, d);

        assertThat(network.backward(pass, c, d)).containsExactly(first);
    }
}
