package io.hololoom.tool.note;

import io.hololoom.api.Tool;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.ToolProvider;

/**
 * Provides the {@code note} tool; settings under {@code hololoom.tool.note.} (see {@link NoteConfig}). Needs the
 * {@link io.hololoom.api.memory.MemoryStore} service.
 */
public final class NoteToolProvider implements ToolProvider {

    public static final String NAME = "note";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Tool create(PluginContext context) {
        return new NoteTool(NoteConfig.from(context.config()), context.memory());
    }

    @Override
    public String description() {
        return "Note: saves the query as a tagged note in the memory store.";
    }
}
