package io.hololoom.policy.bandit;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.Policy;
import io.hololoom.api.plugin.PolicyProvider;
import io.hololoom.policy.epsilongreedy.EpsilonGreedyPolicy;
import io.hololoom.policy.linucb.LinUcbPolicy;
import io.hololoom.policy.thompson.ThompsonPolicy;
import io.hololoom.policy.uniform.UniformPolicy;
import io.hololoom.testkit.FakePluginContext;
import io.hololoom.testkit.MapPluginConfig;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** Discovery: ServiceLoader finds the four providers and each name selects its policy. */
class BanditPolicyDiscoveryTest {
    private static FakePluginContext context(String policy, Map<String, String> settings, long seed) {
        return FakePluginContext.of(MapPluginConfig.of("policy", policy, settings), seed);
    }

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
        Policy eg = byName("epsilon-greedy").create(context("epsilon-greedy", Map.of("epsilon", "0.3"), 1));
        assertThat(eg).isInstanceOfSatisfying(EpsilonGreedyPolicy.class,
                p -> assertThat(p.config().epsilon()).isEqualTo(0.3));

        Policy ts = byName("thompson").create(context("thompson", Map.of("samples", "50"), 1));
        assertThat(ts).isInstanceOfSatisfying(ThompsonPolicy.class,
                p -> assertThat(p.config().samples()).isEqualTo(50));

        Policy lin = byName("linucb").create(context("linucb", Map.of("alpha", "0.25"), 1));
        assertThat(lin).isInstanceOfSatisfying(LinUcbPolicy.class,
                p -> assertThat(p.config().alpha()).isEqualTo(0.25));

        assertThat(byName("uniform").create(context("uniform", Map.of(), 1)))
                .isInstanceOf(UniformPolicy.class);
    }
}
