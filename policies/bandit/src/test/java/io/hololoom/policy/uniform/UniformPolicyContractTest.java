package io.hololoom.policy.uniform;

import io.hololoom.api.Policy;
import io.hololoom.testkit.FakePluginContext;
import io.hololoom.testkit.MapPluginConfig;
import io.hololoom.testkit.PolicyContractTest;

/** The testkit's policy contract for {@code uniform}: it neither learns on update nor reads the
 * observation, and its state is its random stream. */
class UniformPolicyContractTest extends PolicyContractTest {
    @Override
    protected Policy createPolicy(long seed) {
        return new UniformPolicyProvider().create(FakePluginContext.of(
                MapPluginConfig.empty("policy", UniformPolicy.NAME), seed));
    }

    @Override
    protected boolean learnsOnUpdate() {
        return false;
    }

    @Override
    protected boolean contextual() {
        return false;
    }

    /** Its whole state is the random stream. */
    @Override
    protected boolean stateIncludesRandomness() {
        return true;
    }
}
