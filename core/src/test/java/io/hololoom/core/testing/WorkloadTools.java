package io.hololoom.core.testing;

import io.hololoom.api.Tool;
import io.hololoom.api.ToolResult;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.ToolProvider;

/**
 * Stand-ins named like the built-in tools ({@code answer, search, calc, note, query}) so the shipped labelled
 * workload can warm-start a policy in core's tests; each just says who it is. Core never depends on the real
 * tools module, so these names cannot collide on core's test class path.
 */
public final class WorkloadTools {
    private WorkloadTools() {
    }

    abstract static class Named implements ToolProvider {
        private final String name;

        Named(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Tool create(PluginContext context) {
            return call -> ToolResult.ok(name + ": " + call.query(), Double.NaN);
        }
    }

    public static final class Answer extends Named {
        public Answer() {
            super("answer");
        }
    }

    public static final class Search extends Named {
        public Search() {
            super("search");
        }
    }

    public static final class Calc extends Named {
        public Calc() {
            super("calc");
        }
    }

    public static final class Note extends Named {
        public Note() {
            super("note");
        }
    }

    public static final class Query extends Named {
        public Query() {
            super("query");
        }
    }
}
