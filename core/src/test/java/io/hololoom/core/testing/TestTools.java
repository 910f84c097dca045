package io.hololoom.core.testing;

import io.hololoom.api.Tool;
import io.hololoom.api.ToolCall;
import io.hololoom.api.ToolResult;
import io.hololoom.api.memory.ScoredShard;
import io.hololoom.api.memory.Shard;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.ToolProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tools for core tests, each misbehaving in one way. Observations that a test needs (how often a tool ran,
 * whether a slow tool was interrupted) are kept per data directory, because the loom owns its tool instances.
 */
public final class TestTools {
    private static final Map<Path, AtomicInteger> ECHO_RUNS = new ConcurrentHashMap<>();
    private static final Map<Path, CountDownLatch> INTERRUPTED = new ConcurrentHashMap<>();

    /** Size of {@code test-huge}'s output: 10 MB. */
    public static final int HUGE = 10 * 1024 * 1024;

    private TestTools() {
    }

    private static Path key(Path home) {
        return home.toAbsolutePath().normalize();
    }

    /** How many times {@code test-echo} ran for this data directory. */
    public static int echoRuns(Path home) {
        return ECHO_RUNS.computeIfAbsent(key(home), k -> new AtomicInteger()).get();
    }

    /** Counts down once {@code test-slow} of this data directory was interrupted. */
    public static CountDownLatch slowInterrupted(Path home) {
        return INTERRUPTED.computeIfAbsent(key(home), k -> new CountDownLatch(1));
    }

    /** {@code test-echo}: echoes the query with quality 0.8; cacheable unless {@code cacheable=false}. */
    public static final class Echo implements ToolProvider {
        @Override
        public String name() {
            return "test-echo";
        }

        @Override
        public Tool create(PluginContext context) {
            boolean cacheable = context.config().bool("cacheable", true);
            AtomicInteger runs = ECHO_RUNS.computeIfAbsent(key(context.dataDirectory()), k -> new AtomicInteger());
            return new Tool() {
                @Override
                public ToolResult run(ToolCall call) {
                    runs.incrementAndGet();
                    return ToolResult.ok("echo: " + call.query(), 0.8,
                            call.context().stream().map(ScoredShard::shard).map(Shard::id).toList(), Map.of());
                }

                @Override
                public boolean cacheable() {
                    return cacheable;
                }
            };
        }
    }

    /** {@code test-slow}: sleeps far past any budget; records that it was interrupted. */
    public static final class Slow implements ToolProvider {
        @Override
        public String name() {
            return "test-slow";
        }

        @Override
        public Tool create(PluginContext context) {
            CountDownLatch interrupted = slowInterrupted(context.dataDirectory());
            return call -> {
                try {
                    Thread.sleep(60_000);
                    return ToolResult.ok("woke up", 1);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                    Thread.currentThread().interrupt();
                    return ToolResult.timeout("interrupted");
                }
            };
        }
    }

    /** {@code test-throw}: throws {@code IllegalStateException("boom")}. */
    public static final class Throw implements ToolProvider {
        @Override
        public String name() {
            return "test-throw";
        }

        @Override
        public Tool create(PluginContext context) {
            return call -> {
                throw new IllegalStateException("boom");
            };
        }
    }

    /** {@code test-null}: returns null. */
    public static final class Null implements ToolProvider {
        @Override
        public String name() {
            return "test-null";
        }

        @Override
        public Tool create(PluginContext context) {
            return call -> null;
        }
    }

    /** {@code test-huge}: returns 10 MB of output. */
    public static final class Huge implements ToolProvider {
        @Override
        public String name() {
            return "test-huge";
        }

        @Override
        public Tool create(PluginContext context) {
            String out = "x".repeat(HUGE);
            return call -> ToolResult.ok(out, 0.5);
        }
    }

    /** {@code test-refuse}: refuses everything. */
    public static final class Refuse implements ToolProvider {
        @Override
        public String name() {
            return "test-refuse";
        }

        @Override
        public Tool create(PluginContext context) {
            return call -> ToolResult.refused("not for me");
        }
    }

    /** {@code test-note}: stores the query as a note through {@link PluginContext#memory()}. */
    public static final class Note implements ToolProvider {
        @Override
        public String name() {
            return "test-note";
        }

        @Override
        public Tool create(PluginContext context) {
            return call -> {
                Shard s = context.memory().add(call.query(), Shard.Kind.NOTE, "note", List.of("Test"));
                return ToolResult.ok("noted " + s.id(), Double.NaN, List.of(s.id()), Map.of("id", s.id()));
            };
        }
    }
}
