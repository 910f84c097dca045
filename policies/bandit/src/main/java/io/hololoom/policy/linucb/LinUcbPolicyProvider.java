package io.hololoom.policy.linucb;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Policy;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.PolicyProvider;

/** Provides the {@code linucb} policy; settings in {@link LinUcbPolicyConfig}. */
public final class LinUcbPolicyProvider implements PolicyProvider {
    @Override
    public String name() {
        return LinUcbPolicy.NAME;
    }

    @Override
    public Policy create(PluginContext context) {
        requireNonNull(context, "context is null");
        return new LinUcbPolicy(LinUcbPolicyConfig.from(context.config()), context.seed());
    }

    @Override
    public String description() {
        return "Contextual bandit: disjoint LinUCB over the observation vector (alpha 1.0, ridge 1.0)";
    }
}
