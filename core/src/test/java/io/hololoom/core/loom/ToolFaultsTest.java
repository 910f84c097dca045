package io.hololoom.core.loom;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.Spacetime;
import io.hololoom.api.ToolResult.Status;
import io.hololoom.api.TraceError;
import io.hololoom.core.Hololoom;
import io.hololoom.core.testing.FastTempDir;
import io.hololoom.core.testing.FixedPolicy;
import io.hololoom.core.testing.TestHololoom;
import io.hololoom.core.testing.TestTools;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tools that throw, hang, return null or flood: recorded in the Spacetime, and the loom keeps serving. */
class ToolFaultsTest {
    @TempDir(factory = FastTempDir.class)
    Path home;

    private Hololoom h;
    private FixedPolicy policy;

    @BeforeEach
    void open() {
        h = TestHololoom.open(home, Map.of("hololoom.tools",
                "test-echo,test-throw,test-null,test-slow,test-huge,test-refuse", "hololoom.tools.max-output", "1000"));
        policy = (FixedPolicy) h.loom().learner().policy();
    }

    @AfterEach
    void close() {
        h.close();
    }

    private Spacetime weaveWith(String tool, String query) {
        policy.choose(tool);
        Spacetime s = h.loom().weave(query);
        assertThat(s.tool()).isEqualTo(tool);
        return s;
    }

    private void assertStillServing() {
        Spacetime s = weaveWith("test-echo", "are you still there " + System.nanoTime());
        assertThat(s.status()).isEqualTo(Status.OK);
        assertThat(s.response()).startsWith("echo: are you still there");
    }

    private static void assertToolError(Spacetime s, Status status, String message, String type) {
        assertThat(s.status()).isEqualTo(status);
        assertThat(s.isError()).isTrue();
        assertThat(s.confidence()).isZero();
        assertThat(s.trace().errors()).containsExactly(new TraceError("tool_execution", message, type));
        assertThat(s.trace().observation()).isNotEmpty();
        assertThat(s.trace().stages()).containsKey("tool_execution");
    }

    @Test
    void aThrowingToolIsAnError() {
        Spacetime s = weaveWith("test-throw", "please throw");
        assertToolError(s, Status.ERROR, "tool [test-throw] failed: IllegalStateException: boom", "IllegalStateException");
        assertThat(s.response()).isEqualTo("The test-throw tool failed: tool [test-throw] failed: IllegalStateException:"
                + " boom");
        assertStillServing();
    }

    @Test
    void aNullResultIsAnError() {
        Spacetime s = weaveWith("test-null", "give me nothing");
        assertToolError(s, Status.ERROR, "tool [test-null] returned nothing", "null_result");
        assertStillServing();
    }

    @Test
    void aToolPastItsBudgetIsInterruptedAndRecordedAsATimeout() throws InterruptedException {
        Spacetime s = weaveWith("test-slow", "take your time");
        assertToolError(s, Status.TIMEOUT, "tool [test-slow] did not finish within its budget of 2000 ms and was"
                + " interrupted", "timeout");
        assertThat(s.response()).startsWith("The test-slow tool ran out of time: ");
        assertThat(TestTools.slowInterrupted(home).await(30, TimeUnit.SECONDS)).as("the tool thread was interrupted")
                .isTrue();
        assertStillServing();
    }

    @Test
    void aHugeOutputIsTruncatedWithAWarning() {
        Spacetime s = weaveWith("test-huge", "flood me");
        assertThat(s.status()).isEqualTo(Status.OK);
        assertThat(s.response()).hasSize(1000);
        assertThat(s.trace().warnings()).containsExactly("output of tool [test-huge] was " + TestTools.HUGE
                + " characters; truncated to 1000 (hololoom.tools.max-output)");
        assertThat(s.trace().errors()).isEmpty();
        assertThat(h.loom().find(s.id()).orElseThrow().response()).hasSize(1000);
        assertStillServing();
    }

    @Test
    void aRefusalIsNotAnErrorButEarnsNoConfidence() {
        Spacetime s = weaveWith("test-refuse", "do something odd");
        assertThat(s.status()).isEqualTo(Status.REFUSED);
        assertThat(s.isError()).isTrue();
        assertThat(s.confidence()).isZero();
        assertThat(s.trace().errors()).isEmpty();
        assertThat(s.response()).isEqualTo("The test-refuse tool could not handle this: not for me");
        assertStillServing();
    }

    @Test
    void faultsCanBeReflectedOn() {
        Spacetime s = weaveWith("test-throw", "please throw again");
        assertThat(h.loom().reflect(s, io.hololoom.api.Feedback.NONE)).hasValueSatisfying(e -> {
            assertThat(e.tool()).isEqualTo("test-throw");
            assertThat(e.reward()).isNegative();
        });
    }

    @Test
    void aFailingPolicyIsRecordedAsAnInternalErrorOfItsStage() {
        policy.choose(FixedPolicy.FAIL);
        Spacetime s = h.loom().weave("decide something");
        assertThat(s.tool()).isEqualTo(Spacetime.ERROR_TOOL);
        assertThat(s.confidence()).isZero();
        assertThat(s.trace().errors()).containsExactly(new TraceError("convergence",
                "internal error in stage [convergence]: IllegalStateException", "IllegalStateException"));
        assertThat(s.response()).doesNotContain("scripted policy failure");
        assertStillServing();
    }

    @Test
    void weavingOnAnInterruptedThreadReturnsASpacetimeAndKeepsTheInterrupt() {
        policy.choose("test-echo");
        Thread.currentThread().interrupt();
        Spacetime s;
        try {
            s = h.loom().weave("interrupted " + System.nanoTime());
        } finally {
            assertThat(Thread.interrupted()).as("the interrupt is preserved for the caller").isTrue();
        }
        assertThat(s).isNotNull();
        assertThat(s.trace().errors()).allSatisfy(e -> assertThat(e.type()).isEqualTo("interrupted"));
        assertStillServing();
    }
}
