package io.hololoom.testkit.sample;

import io.hololoom.api.Tool;
import io.hololoom.api.ToolCall;
import io.hololoom.api.ToolResult;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.ToolProvider;

/** {@code word-count}: counts the words of the query; refuses a query without words. A well-behaved sample tool. */
public final class WordCountToolProvider implements ToolProvider {
    @Override
    public String name() {
        return "word-count";
    }

    @Override
    public String description() {
        return "Counts the words of the query";
    }

    @Override
    public Tool create(PluginContext context) {
        int max = context.config().integer("max-words", 1_000_000, 1, Integer.MAX_VALUE);
        return new Tool() {
            @Override
            public ToolResult run(ToolCall call) {
                String text = call.query().strip();
                if (text.isEmpty()) {
                    return ToolResult.refused("the query has no words");
                }
                int words = text.split("\\s+").length;
                if (words > max) {
                    return ToolResult.refused("more than " + max + " words");
                }
                return ToolResult.ok(words + " words", 1.0);
            }

            @Override
            public boolean cacheable() {
                return true;
            }

            @Override
            public String description() {
                return "Counts the words of the query";
            }
        };
    }
}
