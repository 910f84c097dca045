package io.hololoom.policy.uniform;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.Observation;
import io.hololoom.api.Policy;
import io.hololoom.api.Policy.Mode;
import io.hololoom.testkit.FakePluginContext;
import io.hololoom.testkit.MapPluginConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code uniform} has no settings: the provider reads no key (so the core's configuration check reports any
 * {@code hololoom.policy.uniform.*} key as unknown), and only the context's seed shapes its behaviour.
 */
class UniformPolicyConfigTest {
    private static final Observation OBS = new Observation(new float[] {1f}, List.of("answer", "search", "calc"));

    private static FakePluginContext context(String policy, Map<String, String> settings, long seed) {
        return FakePluginContext.of(MapPluginConfig.of("policy", policy, settings), seed);
    }

    private static List<String> choices(Policy policy) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            out.add(policy.decide(OBS, Mode.EXPLORE).tool());
        }
        return out;
    }

    @Test
    void theProviderReadsNoKeyEvenWhenSomeAreSet() {
        FakePluginContext context = context("uniform", Map.of("epsilon", "0.5", "seed", "3"), 11);
        Policy policy = new UniformPolicyProvider().create(context);
        assertThat(policy).isInstanceOf(UniformPolicy.class);
        assertThat(((MapPluginConfig) context.config()).read()).isEmpty();
    }

    @Test
    void onlyTheContextSeedMatters() {
        Policy withKeys = new UniformPolicyProvider().create(context("uniform", Map.of("x", "1"), 11));
        Policy without = new UniformPolicyProvider().create(context("uniform", Map.of(), 11));
        assertThat(choices(withKeys)).isEqualTo(choices(without)).isEqualTo(choices(new UniformPolicy(11)));
    }
}
