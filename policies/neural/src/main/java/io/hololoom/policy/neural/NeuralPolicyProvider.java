package io.hololoom.policy.neural;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Policy;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.PolicyProvider;

/** Provides the {@code neural} policy; settings in {@link NeuralPolicyConfig}. */
public final class NeuralPolicyProvider implements PolicyProvider {
    @Override
    public String name() {
        return NeuralPolicy.NAME;
    }

    @Override
    public Policy create(PluginContext context) {
        requireNonNull(context, "context is null");
        return new NeuralPolicy(NeuralPolicyConfig.from(context.config(), context.seed()));
    }

    @Override
    public String description() {
        return "Actor-critic MLP (tanh, orthogonal init) trained by a gradient trainer such as ppo";
    }
}
