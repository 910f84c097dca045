package io.hololoom.core.loom;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.Tool;
import io.hololoom.api.ToolCall;
import io.hololoom.api.ToolResult;
import io.hololoom.api.ToolResult.Status;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ToolRunnerTest {
    private final ToolRunner runner = new ToolRunner(100);

    @AfterEach
    void close() {
        runner.close();
    }

    private static ToolCall call(Duration budget) {
        return new ToolCall("st", "q", new float[] {1, 0}, List.of(), budget);
    }

    @Test
    void aToolRunsWithItsOwnClassLoaderAsTheContextClassLoader() throws Exception {
        ToolRunner fresh = new ToolRunner(100);
        Thread caller = Thread.currentThread();
        ClassLoader before = caller.getContextClassLoader();
        // pool threads are created by the submitting thread and would inherit this foreign loader
        try (java.net.URLClassLoader foreign = new java.net.URLClassLoader(new java.net.URL[0], null)) {
            caller.setContextClassLoader(foreign);
            ToolRunner.Outcome o = fresh.run("t", c -> ToolResult.ok(
                    String.valueOf(Thread.currentThread().getContextClassLoader() == ToolRunnerTest.class.getClassLoader()),
                    1), call(Duration.ofSeconds(5)));
            assertThat(o.result().output()).isEqualTo("true");
        } finally {
            caller.setContextClassLoader(before);
            fresh.close();
        }
    }

    @Test
    void anOkResultPassesThrough() {
        ToolRunner.Outcome o = runner.run("t", c -> ToolResult.ok("fine " + c.query(), 0.5), call(Duration.ofSeconds(5)));
        assertThat(o.result()).isEqualTo(ToolResult.ok("fine q", 0.5));
        assertThat(o.warnings()).isEmpty();
        assertThat(o.errorType()).isNull();
    }

    @Test
    void aSlowToolIsInterruptedAtItsBudget() throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        Tool slow = c -> {
            try {
                Thread.sleep(60_000);
                return ToolResult.ok("late", 1);
            } catch (InterruptedException e) {
                interrupted.countDown();
                return ToolResult.error("interrupted");
            }
        };
        ToolRunner.Outcome o = runner.run("slow", slow, call(Duration.ofMillis(50)));
        assertThat(o.result().status()).isEqualTo(Status.TIMEOUT);
        assertThat(o.result().reason()).isEqualTo("tool [slow] did not finish within its budget of 50 ms and was"
                + " interrupted");
        assertThat(o.errorType()).isEqualTo("timeout");
        assertThat(interrupted.await(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void exceptionsAndErrorsBecomeErrorResultsWithAShortReason() {
        ToolRunner.Outcome o = runner.run("t", c -> {
            throw new IllegalArgumentException("m".repeat(500));
        }, call(Duration.ofSeconds(5)));
        assertThat(o.result().status()).isEqualTo(Status.ERROR);
        assertThat(o.result().reason()).isEqualTo("tool [t] failed: IllegalArgumentException: " + "m".repeat(200) + "…");
        assertThat(o.errorType()).isEqualTo("IllegalArgumentException");

        ToolRunner.Outcome so = runner.run("deep", c -> {
            throw new StackOverflowError();
        }, call(Duration.ofSeconds(5)));
        assertThat(so.result().reason()).isEqualTo("tool [deep] failed: StackOverflowError");
        assertThat(so.errorType()).isEqualTo("StackOverflowError");
    }

    @Test
    void aNullResultIsAnError() {
        ToolRunner.Outcome o = runner.run("t", c -> null, call(Duration.ofSeconds(5)));
        assertThat(o.result().status()).isEqualTo(Status.ERROR);
        assertThat(o.result().reason()).isEqualTo("tool [t] returned nothing");
        assertThat(o.errorType()).isEqualTo("null_result");
    }

    @Test
    void longOutputIsTruncatedAndEmptyOutputIsWarnedAbout() {
        ToolRunner.Outcome o = runner.run("t", c -> ToolResult.ok("z".repeat(150), 1, List.of("s"),
                java.util.Map.of("k", "v")), call(Duration.ofSeconds(5)));
        assertThat(o.result().output()).isEqualTo("z".repeat(100));
        assertThat(o.result().sources()).containsExactly("s");
        assertThat(o.result().data()).containsEntry("k", "v");
        assertThat(o.warnings()).containsExactly("output of tool [t] was 150 characters; truncated to 100"
                + " (hololoom.tools.max-output)");
        ToolRunner.Outcome empty = runner.run("e", c -> ToolResult.ok("  ", 1), call(Duration.ofSeconds(5)));
        assertThat(empty.warnings()).containsExactly("tool [e] returned an empty output");
        ToolRunner.Outcome refused = runner.run("r", c -> ToolResult.refused("no"), call(Duration.ofSeconds(5)));
        assertThat(refused.warnings()).isEmpty();
        assertThat(refused.errorType()).isNull();
    }

    @Test
    void aClosedRunnerRejectsWorkAsAnError() {
        runner.close();
        ToolRunner.Outcome o = runner.run("t", c -> ToolResult.ok("x", 1), call(Duration.ofSeconds(5)));
        assertThat(o.result().status()).isEqualTo(Status.ERROR);
        assertThat(o.result().reason()).startsWith("could not start tool [t]: ");
        assertThat(o.errorType()).isEqualTo("rejected");
    }
}
