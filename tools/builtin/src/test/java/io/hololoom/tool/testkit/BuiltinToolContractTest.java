package io.hololoom.tool.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.ToolCall;
import io.hololoom.api.ToolResult.Status;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.testkit.ToolContractTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The testkit's {@link ToolContractTest} for the built-in tools, in their {@link Fixture} world, with the
 * stricter promises they keep: a blank query is never OK, reasons stay under 300 characters, an interrupted
 * call is OK or TIMEOUT (never ERROR), names start with a letter and descriptions are not blank.
 */
public abstract class BuiltinToolContractTest extends ToolContractTest {
    /** The tool's world: sample data, a movable clock; a new one for every test. */
    protected final Fixture fixture = new Fixture().withSampleData();

    @Override
    protected PluginContext pluginContext() {
        return fixture.context(expectedName(), settings());
    }

    /** A call without the loom's context, so a tool that needs one searches {@link Fixture#store} itself. */
    @Override
    protected ToolCall call(String query) {
        return fixture.call(query);
    }

    @Override
    protected boolean refusesBlankQueries() {
        return true;
    }

    @Override
    protected int maxReasonLength() {
        return 299;
    }

    @Override
    protected Set<Status> statusesWhenInterrupted() {
        return Set.of(Status.OK, Status.TIMEOUT);
    }

    @Override
    protected List<String> concurrentQueries() {
        return List.of(workingQuery(), "", "what is 17 * 23?", "remember that x is y", "how many notes do I have",
                "what is the capital of France?", MARKER);
    }

    @Test
    void theNameStartsWithALetterAndTheDescriptionsAreNotBlank() {
        assertThat(provider().name()).matches("[a-z].*");
        assertThat(provider().description()).isNotBlank();
        assertThat(tool.description()).isNotBlank();
    }
}
