package io.hololoom.policy.neural;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.learn.ActorCriticNetwork;
import io.hololoom.api.learn.ForwardPass;
import org.junit.jupiter.api.Test;

class BackendAgreementTest {
    private static final double TOLERANCE = 1e-5;

    private static void assertClose(float actual, float expected, String what) {
        assertThat((double) Math.abs(actual - expected)).as(what + ": " + actual + " vs " + expected)
                .isLessThanOrEqualTo(TOLERANCE * Math.max(1.0, Math.abs(expected)));
    }

    @Test
    void forwardAndBackwardAgreeGivenTheSameParameters() {
        NetworkLayout layout = new NetworkLayout(40, 5, new int[] {32, 16});
        float[] parameters = GradientCheck.randomParameters(layout.parameterCount(), 7, 0.2);
        ActorCriticNetwork java = ActorCriticNetworks.create(Backend.JAVA, layout, parameters);
        ActorCriticNetwork nd4j = ActorCriticNetworks.create(Backend.ND4J, layout, parameters);
        float[][] x = GradientCheck.randomMatrix(8, 40, 8);
        float[][] dLogits = GradientCheck.randomMatrix(8, 5, 9);
        float[] dValues = GradientCheck.randomMatrix(1, 8, 10)[0];

        ForwardPass pj = java.forward(x);
        ForwardPass pn = nd4j.forward(x);
        for (int b = 0; b < 8; b++) {
            for (int a = 0; a < 5; a++) {
                assertClose(pn.logits()[b][a], pj.logits()[b][a], "logit " + b + "," + a);
            }
            assertClose(pn.values()[b], pj.values()[b], "value " + b);
        }
        float[] gj = java.backward(pj, dLogits, dValues);
        float[] gn = nd4j.backward(pn, dLogits, dValues);
        assertThat(gn).hasSameSizeAs(gj);
        for (int i = 0; i < gj.length; i++) {
            assertClose(gn[i], gj[i], "gradient " + i);
        }
    }

    @Test
    void theSameSeedGivesTheSameInitialParametersOnBothBackends() {
        NetworkLayout layout = new NetworkLayout(6, 3, new int[] {8, 8});
        assertThat(ActorCriticNetworks.create(Backend.ND4J, layout, 5L).parameters())
                .containsExactly(ActorCriticNetworks.create(Backend.JAVA, layout, 5L).parameters());
    }
}
