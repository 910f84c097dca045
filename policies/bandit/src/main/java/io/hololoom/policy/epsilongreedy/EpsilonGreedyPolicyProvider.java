package io.hololoom.policy.epsilongreedy;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Policy;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.PolicyProvider;

/** Provides the {@code epsilon-greedy} policy; settings in {@link EpsilonGreedyPolicyConfig}. */
public final class EpsilonGreedyPolicyProvider implements PolicyProvider {
    @Override
    public String name() {
        return EpsilonGreedyPolicy.NAME;
    }

    @Override
    public Policy create(PluginContext context) {
        requireNonNull(context, "context is null");
        return new EpsilonGreedyPolicy(EpsilonGreedyPolicyConfig.from(context.config()), context.seed());
    }

    @Override
    public String description() {
        return "Context-free epsilon-greedy over the mean reward of each tool (epsilon 0.1)";
    }
}
