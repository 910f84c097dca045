package io.hololoom.core.plugin;

import io.hololoom.api.Policy;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.PolicyProvider;

/** Providers that only {@link ServicesClassLoader} lists: duplicates, bad names and failures. */
final class OddProviders {
    private OddProviders() {
    }

    abstract static class Named implements PolicyProvider {
        private final String name;

        Named(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Policy create(PluginContext context) {
            throw new UnsupportedOperationException("never created in these tests");
        }
    }

    public static final class DupA extends Named {
        public DupA() {
            super("dup");
        }
    }

    public static final class DupB extends Named {
        public DupB() {
            super("dup");
        }
    }

    public static final class Good extends Named {
        public Good() {
            super("good");
        }

        @Override
        public String description() {
            return "a good one";
        }
    }

    public static final class BadName extends Named {
        public BadName() {
            super("Bad_Name");
        }
    }

    public static final class ThrowingConstructor extends Named {
        public ThrowingConstructor() {
            super("never");
            throw new IllegalStateException("constructor failed");
        }
    }

    public static final class ThrowingName extends Named {
        public ThrowingName() {
            super("unused");
        }

        @Override
        public String name() {
            throw new IllegalStateException("no name today");
        }
    }

    public static final class ThrowingDescription extends Named {
        public ThrowingDescription() {
            super("shy");
        }

        @Override
        public String description() {
            throw new IllegalStateException("no description");
        }
    }
}
