package io.hololoom.cli;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Embedder;
import io.hololoom.core.Hololoom;

/**
 * Loads the configured embedder's model on a second thread while the main thread opens the database and
 * restores the policy, so that a one-shot command waits for the longer of the two instead of their sum (about
 * 0.3 s for MiniLM: ONNX Runtime session and tokenizer).
 *
 * <p>It embeds a fixed text with the embedder the loom uses, past the embedding cache, so cache statistics and
 * results are those of a run without it. Any failure here is ignored: the loom's own first embedding tries again
 * and reports it as usual. Callers must {@link #await} it before closing the {@link Hololoom}.
 */
final class EmbedderWarmUp {
    private final Thread thread;

    private EmbedderWarmUp(Thread thread) {
        this.thread = thread;
    }

    /** Starts loading the embedder of {@code h}; creates the embedder plugin on the caller's thread first. */
    static EmbedderWarmUp start(Hololoom h) {
        requireNonNull(h, "h is null");
        Embedder embedder;
        try {
            embedder = h.embedder().delegate();
        } catch (RuntimeException e) {
            // a configuration or plugin problem: the loom reports it, in its usual order
            return new EmbedderWarmUp(null);
        }
        Thread t = new Thread(() -> {
            try {
                embedder.embed("hololoom");
            } catch (RuntimeException e) {
                // ignored on purpose: the weave's own embedding reports it
            }
        }, "hololoom-embedder-warm-up");
        t.setDaemon(true);
        t.start();
        return new EmbedderWarmUp(t);
    }

    /** Waits until the warm-up has finished (at once if it had). */
    void await() {
        if (thread == null) {
            return;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
