package io.hololoom.tool.search;

import io.hololoom.api.Tool;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.ToolProvider;

/**
 * Provides the {@code search} tool; settings under {@code hololoom.tool.search.} (see {@link SearchConfig}).
 * Needs the {@link io.hololoom.api.memory.MemoryStore} service.
 */
public final class SearchToolProvider implements ToolProvider {

    public static final String NAME = "search";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Tool create(PluginContext context) {
        return new SearchTool(SearchConfig.from(context.config()), context.memory());
    }

    @Override
    public String description() {
        return "Search: the top-k stored shards for the query with scores and ids.";
    }
}
