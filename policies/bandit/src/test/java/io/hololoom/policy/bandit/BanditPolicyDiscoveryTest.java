package io.hololoom.policy.bandit;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.Policy;
import io.hololoom.api.plugin.PolicyProvider;
import io.hololoom.policy.epsilongreedy.EpsilonGreedyPolicy;
import io.hololoom.policy.linucb.LinUcbPolicy;
import io.hololoom.policy.thompson.ThompsonPolicy;
import io.hololoom.policy.uniform.UniformPolicy;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** Discovery: ServiceLoader finds the four providers and each name selects its policy. */
class BanditPolicyDiscoveryTest {
    private static List<PolicyProvider> providers() {
        return ServiceLoader.load(PolicyProvider.class).stream().map(ServiceLoader.Provider::get).toList();
    }

    private static PolicyProvider byName(String name) {
        return providers().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void serviceLoaderFindsAllFourWithUniqueNames() {
        assertThat(providers()).extracting(PolicyProvider::name)
                .containsExactlyInAnyOrder("epsilon-greedy", "thompson", "linucb", "uniform");
        assertThat(providers()).allSatisfy(p -> assertThat(p.description()).isNotBlank());
    }

    @Test
    void namesSelectThePoliciesWithTheirSettings() {
        Policy eg = byName("epsilon-greedy").create(new FakePluginContext("epsilon-greedy", Map.of("epsilon", "0.3"), 1));
        assertThat(eg).isInstanceOfSatisfying(EpsilonGreedyPolicy.class,
                p -> assertThat(p.config().epsilon()).isEqualTo(0.3));

        Policy ts = byName("thompson").create(new FakePluginContext("thompson", Map.of("samples", "50"), 1));
        assertThat(ts).isInstanceOfSatisfying(ThompsonPolicy.class,
                p -> assertThat(p.config().samples()).isEqualTo(50));

        Policy lin = byName("linucb").create(new FakePluginContext("linucb", Map.of("alpha", "0.25"), 1));
        assertThat(lin).isInstanceOfSatisfying(LinUcbPolicy.class,
                p -> assertThat(p.config().alpha()).isEqualTo(0.25));

        assertThat(byName("uniform").create(new FakePluginContext("uniform", Map.of(), 1)))
                .isInstanceOf(UniformPolicy.class);
    }
}
