package io.hololoom.tool.query;

import io.hololoom.api.Tool;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.ToolProvider;

/**
 * Provides the {@code query} tool on the system clock; settings under {@code hololoom.tool.query.} (see
 * {@link QueryConfig}). Needs the {@link io.hololoom.api.memory.MemoryStore} service.
 */
public final class QueryToolProvider implements ToolProvider {

    public static final String NAME = "query";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Tool create(PluginContext context) {
        return new QueryTool(QueryConfig.from(context.config()), context.memory());
    }

    @Override
    public String description() {
        return "Query: counts and lists stored notes and documents by keyword, tag and date.";
    }
}
