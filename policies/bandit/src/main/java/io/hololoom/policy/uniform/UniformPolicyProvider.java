package io.hololoom.policy.uniform;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Policy;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.PolicyProvider;

/**
 * Provides the {@code uniform} random baseline. It has no settings: nothing under
 * {@code hololoom.policy.uniform.} is read (so a key set there is reported as unknown by the configuration
 * check); its randomness comes from {@link PluginContext#seed()}.
 */
public final class UniformPolicyProvider implements PolicyProvider {
    @Override
    public String name() {
        return UniformPolicy.NAME;
    }

    @Override
    public Policy create(PluginContext context) {
        requireNonNull(context, "context is null");
        return new UniformPolicy(context.seed());
    }

    @Override
    public String description() {
        return "Random baseline: every tool with equal probability, never learns";
    }
}
