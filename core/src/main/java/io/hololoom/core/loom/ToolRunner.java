package io.hololoom.core.loom;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Tool;
import io.hololoom.api.ToolCall;
import io.hololoom.api.ToolResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a tool with a time budget and contains its faults: an exception becomes ERROR, a run past its budget
 * is interrupted and becomes TIMEOUT, a null result becomes ERROR, an enormous output is truncated with a
 * warning. Nothing a tool does escapes as an exception. A tool whose timed-out runs ignore the interrupt keeps
 * their threads; once {@value #MAX_ABANDONED_PER_TOOL} such runs are still going, the tool gets no new calls
 * (ERROR) until they return, so a hung tool cannot exhaust the process. Thread-safe.
 */
public final class ToolRunner implements AutoCloseable {
    /** A tool's result plus what the runner had to do about it. */
    public record Outcome(ToolResult result, List<String> warnings, String errorType) {
        public Outcome {
            requireNonNull(result, "result is null");
            warnings = List.copyOf(warnings);
        }
    }

    /** Runs of one tool that overran their budget and have not returned yet despite the interrupt. */
    static final int MAX_ABANDONED_PER_TOOL = 8;

    private final ExecutorService executor;
    private final int maxOutput;
    private final java.util.concurrent.ConcurrentHashMap<String, AtomicInteger> abandoned =
            new java.util.concurrent.ConcurrentHashMap<>();

    public ToolRunner(int maxOutput) {
        this.maxOutput = maxOutput;
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "hololoom-tool-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public Outcome run(String name, Tool tool, ToolCall call) {
        AtomicInteger stuck = abandoned.computeIfAbsent(name, n -> new AtomicInteger());
        if (stuck.get() >= MAX_ABANDONED_PER_TOOL) {
            return new Outcome(ToolResult.error("tool [" + name + "] has " + stuck.get() + " runs that ignored their"
                    + " time-out and are still running; it gets no new calls until they return"), List.of(),
                    "tool_stuck");
        }
        java.util.concurrent.atomic.AtomicBoolean timedOut = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();
        Future<ToolResult> future;
        try {
            future = executor.submit(() -> {
                // A plugin tool from the plugin directory gets its own class loader as the context class loader, so
                // libraries inside its jar that look things up through it (ServiceLoader, JAXB, JDBC drivers) work.
                Thread current = Thread.currentThread();
                ClassLoader previous = current.getContextClassLoader();
                ClassLoader own = tool.getClass().getClassLoader();
                current.setContextClassLoader(own != null ? own : ClassLoader.getSystemClassLoader());
                try {
                    return tool.run(call);
                } finally {
                    current.setContextClassLoader(previous);
                    synchronized (finished) {
                        finished.set(true);
                        if (timedOut.get()) {
                            stuck.decrementAndGet();
                        }
                    }
                }
            });
        } catch (RuntimeException e) {
            return new Outcome(ToolResult.error("could not start tool [" + name + "]: " + e.getClass().getSimpleName()),
                    List.of(), "rejected");
        }
        ToolResult result;
        try {
            result = future.get(call.budget().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            synchronized (finished) {
                if (!finished.get()) {
                    timedOut.set(true);
                    stuck.incrementAndGet();
                }
            }
            return new Outcome(ToolResult.timeout("tool [" + name + "] did not finish within its budget of "
                    + call.budget().toMillis() + " ms and was interrupted"), List.of(), "timeout");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Outcome(ToolResult.error("tool [" + name + "] failed: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + abbreviate(cause.getMessage(), 200))), List.of(),
                    cause.getClass().getSimpleName());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new Outcome(ToolResult.error("interrupted while waiting for tool [" + name + "]"), List.of(),
                    "interrupted");
        } catch (CancellationException e) {
            return new Outcome(ToolResult.error("tool [" + name + "] was cancelled"), List.of(), "cancelled");
        }
        if (result == null) {
            return new Outcome(ToolResult.error("tool [" + name + "] returned nothing"), List.of(), "null_result");
        }
        List<String> warnings = new ArrayList<>();
        if (result.output().length() > maxOutput) {
            warnings.add("output of tool [" + name + "] was " + result.output().length() + " characters; truncated to "
                    + maxOutput + " (hololoom.tools.max-output)");
            result = new ToolResult(result.status(), result.output().substring(0, maxOutput), result.quality(),
                    result.reason(), result.sources(), result.data());
        }
        if (result.status() == ToolResult.Status.OK && result.output().isBlank()) {
            warnings.add("tool [" + name + "] returned an empty output");
        }
        return new Outcome(result, warnings, null);
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    /** Threads currently running tools (for tests of thread leaks). */
    public int activeThreads() {
        return ((ThreadPoolExecutor) executor).getActiveCount();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
