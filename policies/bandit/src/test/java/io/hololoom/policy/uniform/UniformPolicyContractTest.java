package io.hololoom.policy.uniform;

import io.hololoom.api.Policy;
import io.hololoom.policy.bandit.FakePluginContext;
import io.hololoom.testkit.PolicyContractTest;
import java.util.Map;

/** The testkit's policy contract for {@code uniform}: it neither learns on update nor reads the observation. */
class UniformPolicyContractTest extends PolicyContractTest {
    @Override
    protected Policy createPolicy(long seed) {
        return new UniformPolicyProvider().create(new FakePluginContext(UniformPolicy.NAME, Map.of(), seed));
    }

    @Override
    protected boolean learnsOnUpdate() {
        return false;
    }

    @Override
    protected boolean contextual() {
        return false;
    }
}
