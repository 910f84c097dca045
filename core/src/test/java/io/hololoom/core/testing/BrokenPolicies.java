package io.hololoom.core.testing;

import io.hololoom.api.Policy;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.PolicyProvider;

/** Providers that fail to create their plugin, to test how core reports it. */
public final class BrokenPolicies {
    private BrokenPolicies() {
    }

    /** {@code test-throwing}: its {@code create} throws. */
    public static final class Throwing implements PolicyProvider {
        @Override
        public String name() {
            return "test-throwing";
        }

        @Override
        public Policy create(PluginContext context) {
            throw new IllegalStateException("cannot start");
        }
    }

    /** {@code test-nothing}: its {@code create} returns null. */
    public static final class Nothing implements PolicyProvider {
        @Override
        public String name() {
            return "test-nothing";
        }

        @Override
        public Policy create(PluginContext context) {
            return null;
        }
    }
}
