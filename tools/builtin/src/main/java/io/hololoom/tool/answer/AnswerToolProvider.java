package io.hololoom.tool.answer;

import io.hololoom.api.Embedder;
import io.hololoom.api.HololoomException;
import io.hololoom.api.Tool;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.ToolProvider;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Provides the {@code answer} tool; settings under {@code hololoom.tool.answer.} (see {@link AnswerConfig}).
 * Needs the {@link io.hololoom.api.memory.MemoryStore} service; uses the {@link Embedder} service if the assembly
 * has one, resolved on first use so a heavy model is not touched at start-up.
 */
public final class AnswerToolProvider implements ToolProvider {

    public static final String NAME = "answer";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Tool create(PluginContext context) {
        AnswerConfig config = AnswerConfig.from(context.config());
        return new AnswerTool(config, context.memory(), new LazyEmbedder(context));
    }

    @Override
    public String description() {
        return "Answer: the most relevant 1-3 sentences from memory, with their sources.";
    }

    /** Resolves the embedder service once, on first use; no service means lexical scoring. Thread-safe. */
    static final class LazyEmbedder implements Supplier<Optional<Embedder>> {
        private final PluginContext context;
        private volatile Optional<Embedder> resolved;

        LazyEmbedder(PluginContext context) {
            this.context = context;
        }

        @Override
        public Optional<Embedder> get() {
            Optional<Embedder> e = resolved;
            if (e == null) {
                synchronized (this) {
                    e = resolved;
                    if (e == null) {
                        try {
                            e = Optional.of(context.embedder());
                        } catch (HololoomException ex) {
                            e = Optional.empty();
                        }
                        resolved = e;
                    }
                }
            }
            return e;
        }
    }
}
