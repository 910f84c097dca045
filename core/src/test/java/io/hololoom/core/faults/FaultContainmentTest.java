package io.hololoom.core.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import io.hololoom.api.Spacetime;
import io.hololoom.api.ToolResult.Status;
import io.hololoom.api.TraceError;
import io.hololoom.api.plugin.CacheProvider;
import io.hololoom.api.plugin.EmbedderProvider;
import io.hololoom.api.plugin.PolicyProvider;
import io.hololoom.api.plugin.RewardFunctionProvider;
import io.hololoom.api.plugin.ToolProvider;
import io.hololoom.core.cache.CaffeineCacheProvider;
import io.hololoom.core.config.HololoomConfig;
import io.hololoom.core.inject.HololoomModule;
import io.hololoom.core.inject.Plugins;
import io.hololoom.core.loom.Loom;
import io.hololoom.core.loom.ToolRunner;
import io.hololoom.core.plugin.PluginRegistry;
import io.hololoom.core.plugin.ServicesClassLoader;
import io.hololoom.core.reward.RewardProviders;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real loom (the production Guice wiring, H2 store, Caffeine caches, weighted reward) serving 64 concurrent
 * weaves while some of its tools throw, hang, return 10 MB, return nothing or return an empty output: every
 * weave gets a Spacetime that records what happened, the well-behaved tools answer correctly at the same
 * time, hung tools are interrupted, and no tool thread is left running.
 */
class FaultContainmentTest {
    private static final int WEAVES = 64;

    @TempDir
    Path home;

    private HololoomModule module;
    private Loom loom;
    private ToolRunner runner;

    @BeforeEach
    void openLoom() {
        FaultPlugins.Log.reset();
        ClassLoader plugins = new ServicesClassLoader(home.resolve("services"), Map.of(
                CacheProvider.class, List.of(CaffeineCacheProvider.class.getName()),
                RewardFunctionProvider.class, List.of(RewardProviders.Weighted.class.getName()),
                EmbedderProvider.class, List.of(FaultPlugins.KeywordEmbedder.class.getName()),
                PolicyProvider.class, List.of(FaultPlugins.ArgmaxPolicy.class.getName()),
                ToolProvider.class, List.of(FaultPlugins.Reverse.class.getName(), FaultPlugins.Upper.class.getName(),
                        FaultPlugins.Throw.class.getName(), FaultPlugins.Hang.class.getName(),
                        FaultPlugins.Huge.class.getName(), FaultPlugins.Null.class.getName(),
                        FaultPlugins.Empty.class.getName(), FaultPlugins.Stubborn.class.getName())));
        PluginRegistry registry = PluginRegistry.discover(List.of(plugins), true);
        HololoomConfig config = HololoomConfig.load(home.resolve("data"), Map.of(
                "hololoom.embedder", "fault-keyword",
                "hololoom.policy", "fault-argmax",
                "hololoom.tools", String.join(",", FaultPlugins.TOOLS),
                "hololoom.policy.warm-start", "false",
                "hololoom.memory.builtin-corpus", "false"), Map.of());
        module = new HololoomModule(config, registry, Clock.systemUTC());
        Injector injector = Guice.createInjector(Stage.DEVELOPMENT, module);
        Plugins.attach(module, injector);
        loom = injector.getInstance(Loom.class);
        runner = injector.getInstance(ToolRunner.class);
    }

    @AfterEach
    void closeLoom() {
        FaultPlugins.Log.stubbornRelease.countDown();
        Plugins.close(module);
    }

    private static String query(int tool, int i) {
        return tool + " payload" + i;
    }

    /** Waits (at most 30 s) until {@code value} is zero; returns the last value seen. */
    private static int awaitZero(IntSupplier value) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        int v = value.getAsInt();
        while (v != 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
            v = value.getAsInt();
        }
        return v;
    }

    @Test
    void sixtyFourConcurrentWeavesWithMisbehavingToolsAllGetSpacetimesAndLeaveNoThreadRunning() throws Exception {
        int kinds = FaultPlugins.TOOLS.indexOf("bad-empty") + 1; // every tool but the stubborn one
        ExecutorService clients = Executors.newFixedThreadPool(WEAVES);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Spacetime>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < WEAVES; i++) {
                String q = query(i % kinds, i);
                futures.add(clients.submit(() -> {
                    start.await();
                    return loom.weave(q);
                }));
            }
            start.countDown();
            int[] seen = new int[kinds];
            for (int i = 0; i < WEAVES; i++) {
                Spacetime s = futures.get(i).get(2, TimeUnit.MINUTES);
                int kind = i % kinds;
                seen[kind]++;
                assertThat(s.tool()).as("weave %s", i).isEqualTo(FaultPlugins.TOOLS.get(kind));
                assertContained(s, "payload" + i);
            }
            for (int n : seen) {
                assertThat(n).as("weaves per tool").isGreaterThanOrEqualTo(WEAVES / kinds);
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(awaitZero(runner::activeThreads)).as("tool threads still running").isZero();
        assertThat(awaitZero(FaultPlugins.Log.INSIDE::get)).as("tool calls still inside a tool").isZero();
        int hangs = (WEAVES + FaultPlugins.TOOLS.indexOf("bad-hang")) / kinds;
        assertThat(FaultPlugins.Log.HANGS.get()).isEqualTo(hangs);
        assertThat(FaultPlugins.Log.HANGS_INTERRUPTED.get()).as("every hung call was interrupted").isEqualTo(hangs);

        // and the loom goes on serving
        assertThat(loom.weave("0 still serving").response()).isEqualTo("gnivres llits");
        assertThat(loom.weave("1 still serving").response()).isEqualTo("STILL SERVING");
    }

    private static void assertContained(Spacetime s, String payload) {
        List<String> errorTypes = s.trace().errors().stream().map(TraceError::type).toList();
        switch (s.tool()) {
            case "ok-reverse" -> {
                assertThat(s.status()).isEqualTo(Status.OK);
                assertThat(s.response()).isEqualTo(new StringBuilder(payload).reverse().toString());
                assertThat(s.trace().errors()).isEmpty();
                assertThat(s.confidence()).isPositive();
            }
            case "ok-upper" -> {
                assertThat(s.status()).isEqualTo(Status.OK);
                assertThat(s.response()).isEqualTo(payload.toUpperCase(Locale.ROOT));
                assertThat(s.trace().errors()).isEmpty();
            }
            case "bad-throw" -> {
                assertThat(s.status()).isEqualTo(Status.ERROR);
                assertThat(s.confidence()).isZero();
                assertThat(s.response()).isEqualTo("The bad-throw tool failed: tool [bad-throw] failed:"
                        + " IllegalStateException: boom");
                assertThat(s.trace().errors()).singleElement().satisfies(e -> {
                    assertThat(e.stage()).isEqualTo("tool_execution");
                    assertThat(e.type()).isEqualTo("IllegalStateException");
                });
            }
            case "bad-hang" -> {
                assertThat(s.status()).isEqualTo(Status.TIMEOUT);
                assertThat(s.confidence()).isZero();
                assertThat(errorTypes).containsExactly("timeout");
                assertThat(s.trace().errors().get(0).message()).contains("did not finish within its budget of 2000 ms")
                        .contains("was interrupted");
            }
            case "bad-huge" -> {
                assertThat(s.status()).isEqualTo(Status.OK);
                assertThat(s.response()).hasSize(65536);
                assertThat(s.trace().warnings()).singleElement().asString().isEqualTo("output of tool [bad-huge] was "
                        + FaultPlugins.HUGE + " characters; truncated to 65536 (hololoom.tools.max-output)");
            }
            case "bad-null" -> {
                assertThat(s.status()).isEqualTo(Status.ERROR);
                assertThat(errorTypes).containsExactly("null_result");
                assertThat(s.response()).contains("returned nothing");
            }
            case "bad-empty" -> {
                assertThat(s.status()).isEqualTo(Status.OK);
                assertThat(s.response()).isEmpty();
                assertThat(s.trace().warnings()).containsExactly("tool [bad-empty] returned an empty output");
            }
            default -> throw new AssertionError("unexpected tool " + s.tool());
        }
        assertThat(s.trace().stages()).containsKey("tool_execution");
        assertThat(s.trace().durationMs()).isNotNegative();
    }

    /**
     * The limit of containment: Java cannot stop a thread that ignores interrupts. The weave still ends at the
     * budget with a TIMEOUT, but the tool's thread stays busy until the tool returns on its own.
     */
    @Test
    void aToolThatIgnoresInterruptsTimesOutButHoldsItsThreadUntilItReturns() throws Exception {
        Spacetime s = loom.weave(query(FaultPlugins.TOOLS.indexOf("bad-stubborn"), 1));
        assertThat(s.status()).isEqualTo(Status.TIMEOUT);
        assertThat(s.trace().errors()).extracting(TraceError::type).containsExactly("timeout");
        assertThat(FaultPlugins.Log.stubbornStarted.await(1, TimeUnit.MINUTES)).isTrue();
        assertThat(runner.activeThreads()).as("the stubborn tool still holds its thread").isEqualTo(1);

        assertThat(loom.weave("0 meanwhile").response()).isEqualTo("elihwnaem");

        FaultPlugins.Log.stubbornRelease.countDown();
        assertThat(awaitZero(runner::activeThreads)).isZero();
        assertThat(awaitZero(FaultPlugins.Log.INSIDE::get)).isZero();
    }
}
