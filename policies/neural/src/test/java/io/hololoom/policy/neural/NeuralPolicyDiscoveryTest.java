package io.hololoom.policy.neural;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.Policy;
import io.hololoom.api.learn.TrainablePolicy;
import io.hololoom.api.plugin.PolicyProvider;
import io.hololoom.testkit.FakePluginContext;
import io.hololoom.testkit.MapPluginConfig;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class NeuralPolicyDiscoveryTest {
    @Test
    void serviceLoaderFindsTheProviderAndItsNameSelectsIt() {
        PolicyProvider provider = ServiceLoader.load(PolicyProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("neural")).findFirst().orElseThrow();
        assertThat(provider).isInstanceOf(NeuralPolicyProvider.class);
        assertThat(provider.description()).isNotBlank();

        Policy policy = provider.create(FakePluginContext.of(MapPluginConfig.of("policy", "neural", Map.of(
                "backend", "java", "observation-size", "3", "action-count", "2")), 4));
        assertThat(policy).isInstanceOf(TrainablePolicy.class);
        assertThat(((TrainablePolicy) policy).network().shape().observationSize()).isEqualTo(3);
    }
}
