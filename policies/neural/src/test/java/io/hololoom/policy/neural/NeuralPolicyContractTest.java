package io.hololoom.policy.neural;

import io.hololoom.api.Policy;
import io.hololoom.testkit.PolicyContractTest;
import java.util.List;
import org.junit.jupiter.api.Nested;

/** The policy family's shared contract, for both backends. */
class NeuralPolicyContractTest {
    @Nested
    class Java extends PolicyContractTest {
        @Override
        protected Policy createPolicy(long seed) {
            return new NeuralPolicy(new NeuralPolicyConfig(Backend.JAVA, List.of(16, 16), seed, 0, 0));
        }

        @Override
        protected boolean learnsOnUpdate() {
            return false;
        }
    }

    @Nested
    class Nd4j extends PolicyContractTest {
        @Override
        protected Policy createPolicy(long seed) {
            return new NeuralPolicy(new NeuralPolicyConfig(Backend.ND4J, List.of(16, 16), seed, 0, 0));
        }

        @Override
        protected boolean learnsOnUpdate() {
            return false;
        }
    }
}
