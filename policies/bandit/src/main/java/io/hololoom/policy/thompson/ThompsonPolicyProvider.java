package io.hololoom.policy.thompson;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Policy;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.PolicyProvider;

/** Provides the {@code thompson} policy; settings in {@link ThompsonPolicyConfig}. */
public final class ThompsonPolicyProvider implements PolicyProvider {
    @Override
    public String name() {
        return ThompsonPolicy.NAME;
    }

    @Override
    public Policy create(PluginContext context) {
        requireNonNull(context, "context is null");
        return new ThompsonPolicy(ThompsonPolicyConfig.from(context.config()), context.seed());
    }

    @Override
    public String description() {
        return "Context-free Thompson sampling with a Beta(1,1) prior per tool";
    }
}
