package io.hololoom.core.faults;

import io.hololoom.api.Decision;
import io.hololoom.api.Embedder;
import io.hololoom.api.Observation;
import io.hololoom.api.Policy;
import io.hololoom.api.Tool;
import io.hololoom.api.ToolCall;
import io.hololoom.api.ToolResult;
import io.hololoom.api.plugin.EmbedderProvider;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.PolicyProvider;
import io.hololoom.api.plugin.ToolProvider;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The plugins of the fault-containment tests: a routing that is decided by the query itself (a query
 * {@code "<k> payload"} goes to tool {@code k} of {@code hololoom.tools}) and tools that misbehave in one way
 * each, next to well-behaved ones. What the tools did is counted in {@link Log}.
 */
final class FaultPlugins {
    /** The tools, in the order {@code hololoom.tools} lists them; a query's leading digit picks one. */
    static final List<String> TOOLS = List.of("ok-reverse", "ok-upper", "bad-throw", "bad-hang", "bad-huge", "bad-null",
            "bad-empty", "bad-stubborn");

    /** 10 MB of output. */
    static final int HUGE = 10 * 1024 * 1024;
    private static final String HUGE_OUTPUT = "x".repeat(HUGE);

    private FaultPlugins() {
    }

    /** What the tools did; reset before each test. */
    static final class Log {
        static final AtomicInteger INSIDE = new AtomicInteger();
        static final AtomicInteger HANGS = new AtomicInteger();
        static final AtomicInteger HANGS_INTERRUPTED = new AtomicInteger();
        static volatile CountDownLatch stubbornRelease = new CountDownLatch(1);
        static volatile CountDownLatch stubbornStarted = new CountDownLatch(1);

        private Log() {
        }

        static void reset() {
            INSIDE.set(0);
            HANGS.set(0);
            HANGS_INTERRUPTED.set(0);
            stubbornRelease = new CountDownLatch(1);
            stubbornStarted = new CountDownLatch(1);
        }
    }

    static String payload(ToolCall call) {
        String q = call.query();
        int space = q.indexOf(' ');
        return space < 0 ? "" : q.substring(space + 1);
    }

    /** Wraps every tool so the test can see how many tool calls are still running. */
    private static Tool counted(Tool tool) {
        return call -> {
            Log.INSIDE.incrementAndGet();
            try {
                return tool.run(call);
            } finally {
                Log.INSIDE.decrementAndGet();
            }
        };
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
            return counted(tool());
        }

        abstract Tool tool();
    }

    public static final class Reverse extends Named {
        public Reverse() {
            super("ok-reverse");
        }

        @Override
        Tool tool() {
            return call -> ToolResult.ok(new StringBuilder(payload(call)).reverse().toString(), 0.9);
        }
    }

    public static final class Upper extends Named {
        public Upper() {
            super("ok-upper");
        }

        @Override
        Tool tool() {
            return call -> ToolResult.ok(payload(call).toUpperCase(Locale.ROOT), 0.9);
        }
    }

    public static final class Throw extends Named {
        public Throw() {
            super("bad-throw");
        }

        @Override
        Tool tool() {
            return call -> {
                throw new IllegalStateException("boom");
            };
        }
    }

    /** Sleeps for ten minutes unless interrupted, as a tool waiting on a dead server would. */
    public static final class Hang extends Named {
        public Hang() {
            super("bad-hang");
        }

        @Override
        Tool tool() {
            return call -> {
                Log.HANGS.incrementAndGet();
                try {
                    Thread.sleep(TimeUnit.MINUTES.toMillis(10));
                    return ToolResult.ok("woke up", 1);
                } catch (InterruptedException e) {
                    Log.HANGS_INTERRUPTED.incrementAndGet();
                    Thread.currentThread().interrupt();
                    return ToolResult.timeout("interrupted");
                }
            };
        }
    }

    public static final class Huge extends Named {
        public Huge() {
            super("bad-huge");
        }

        @Override
        Tool tool() {
            return call -> ToolResult.ok(HUGE_OUTPUT, 0.5);
        }
    }

    public static final class Null extends Named {
        public Null() {
            super("bad-null");
        }

        @Override
        Tool tool() {
            return call -> null;
        }
    }

    public static final class Empty extends Named {
        public Empty() {
            super("bad-empty");
        }

        @Override
        Tool tool() {
            return call -> ToolResult.ok("", 0.5);
        }
    }

    /** Ignores interrupts: keeps waiting until the test releases it (a tool stuck in non-interruptible I/O). */
    public static final class Stubborn extends Named {
        public Stubborn() {
            super("bad-stubborn");
        }

        @Override
        Tool tool() {
            return call -> {
                Log.stubbornStarted.countDown();
                boolean interrupted = false;
                while (true) {
                    try {
                        if (Log.stubbornRelease.await(10, TimeUnit.MINUTES)) {
                            break;
                        }
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                return ToolResult.ok("finally", 1);
            };
        }
    }

    /** {@code fault-keyword}: the query's leading digit {@code k} becomes the unit vector e_k (8 dimensions). */
    public static final class KeywordEmbedder implements EmbedderProvider {
        @Override
        public String name() {
            return "fault-keyword";
        }

        @Override
        public Embedder create(PluginContext context) {
            return new Embedder() {
                @Override
                public int dimension() {
                    return 8;
                }

                @Override
                public float[] embed(String text) {
                    float[] v = new float[8];
                    if (!text.isEmpty() && Character.isDigit(text.charAt(0))) {
                        v[Math.min(7, text.charAt(0) - '0')] = 1f;
                    }
                    return v;
                }

                @Override
                public String fingerprint() {
                    return "fault-keyword/8";
                }
            };
        }
    }

    /**
     * {@code fault-argmax}: chooses the action whose index has the largest leading observation component, i.e. the
     * tool the query's digit names (the observation starts with the scaled embedding).
     */
    public static final class ArgmaxPolicy implements PolicyProvider {
        @Override
        public String name() {
            return "fault-argmax";
        }

        @Override
        public Policy create(PluginContext context) {
            return new Policy() {
                @Override
                public Decision decide(Observation o, Mode mode) {
                    int n = o.actions().size();
                    int best = 0;
                    for (int i = 1; i < n; i++) {
                        if (o.get(i) > o.get(best)) {
                            best = i;
                        }
                    }
                    double[] p = new double[n];
                    for (int i = 0; i < n; i++) {
                        p[i] = i == best ? 0.9 : 0.1 / (n - 1);
                    }
                    return new Decision(best, o.actions().get(best), p, Double.NaN, "argmax");
                }

                @Override
                public void update(Observation observation, int action, double reward) {
                    if (!Double.isFinite(reward)) {
                        throw new IllegalArgumentException("reward is not finite");
                    }
                }

                @Override
                public long version() {
                    return 1;
                }

                @Override
                public void writeState(OutputStream out) {
                    // stateless
                }

                @Override
                public void readState(InputStream in) {
                    // stateless
                }
            };
        }
    }
}
