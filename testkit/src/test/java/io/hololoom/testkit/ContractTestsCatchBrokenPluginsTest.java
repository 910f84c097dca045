package io.hololoom.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.hololoom.api.Decision;
import io.hololoom.api.Embedder;
import io.hololoom.api.Observation;
import io.hololoom.api.Policy;
import io.hololoom.api.RewardFunction;
import io.hololoom.api.Tool;
import io.hololoom.api.ToolResult;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.ToolProvider;
import io.hololoom.testkit.sample.MeanPolicy;
import io.hololoom.testkit.sample.ScaledRewardProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * A contract test that passes for everything proves nothing: each contract is run (through the JUnit launcher)
 * against a plugin that breaks one rule, and must fail exactly there.
 */
class ContractTestsCatchBrokenPluginsTest {
    /** Runs the test class and returns the names of the failed test methods. */
    private static Set<String> failures(Class<?> testClass) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass))
                .build(), listener);
        TestExecutionSummary summary = listener.getSummary();
        assertThat(summary.getTestsFoundCount()).as("tests found in %s", testClass.getSimpleName()).isPositive();
        Set<String> out = new TreeSet<>();
        summary.getFailures().forEach(f -> out.add(f.getTestIdentifier().getDisplayName().replace("()", "")));
        return out;
    }

    @Test
    void aToolThatThrowsOnBlankInputFails() {
        assertThat(failures(ThrowsOnBlank.class)).contains("blankQueriesGetAResult").doesNotContain("theWorkingQueryIsAnswered");
    }

    @Test
    void aToolThatRepeatsTheQueryInItsReasonFails() {
        assertThat(failures(EchoesInReason.class)).contains("controlCharactersAndBrokenUnicodeGetAResult");
    }

    @Test
    void aToolThatSwallowsInterruptsFails() {
        assertThat(failures(SwallowsInterrupt.class)).containsExactly("anInterruptedCallerGetsAResultAndKeepsItsInterrupt");
    }

    @Test
    void anEmbedderWithoutUnitNormFails() {
        assertThat(failures(NotNormalised.class)).contains("textsWithFeaturesGetUnitVectors", "oddInputIsEmbeddedNeverAnError");
    }

    @Test
    void anEmbedderThatIgnoresMeaningFailsItsSimilarityCases() {
        assertThat(failures(IgnoresWords.class)).contains("relatedTextsAreCloserThanUnrelatedOnes");
    }

    @Test
    void anEmbedderThatAcceptsANullElementInABatchFails() {
        assertThat(failures(NullInBatch.class)).containsExactly("nullIsRejected");
    }

    @Test
    void aRewardOutOfRangeFails() {
        assertThat(failures(OutOfRange.class)).containsExactly("everyRewardIsFiniteAndWithinMinusOneAndOne");
    }

    @Test
    void aPolicyThatAcceptsNanFails() {
        assertThat(failures(AcceptsNan.class)).containsExactly("nonFiniteRewardsAreRejected");
    }

    @Test
    void aPolicyWhoseVersionSkipsFailsWhenItPromisesToCountUpdates() {
        assertThat(failures(VersionSkips.class)).containsExactly("concurrentDecideAndUpdateAreSafe",
                "theVersionCountsUpdatesExactly");
    }

    @Test
    void theWellBehavedSamplesPass() {
        assertThat(failures(SampleContractTests.class)).isEmpty();
    }

    static class ThrowsOnBlank extends ToolContractTest {
        @Override
        protected ToolProvider provider() {
            return new Wrapped(call -> {
                if (call.query().isBlank()) {
                    throw new IllegalArgumentException("blank");
                }
                return ToolResult.ok("fine", 1);
            });
        }

        @Override
        protected String expectedName() {
            return "broken";
        }

        @Override
        protected String workingQuery() {
            return "hello";
        }
    }

    static class EchoesInReason extends ThrowsOnBlank {
        @Override
        protected ToolProvider provider() {
            return new Wrapped(call -> call.query().equals(workingQuery()) ? ToolResult.ok("fine", 1)
                    : ToolResult.refused("cannot handle " + call.query()));
        }
    }

    static class SwallowsInterrupt extends ThrowsOnBlank {
        @Override
        protected ToolProvider provider() {
            return new Wrapped(call -> {
                Thread.interrupted();
                return ToolResult.ok("fine", 1);
            });
        }
    }

    /** A provider named {@code broken} for a given tool. */
    private record Wrapped(Tool tool) implements ToolProvider {
        @Override
        public String name() {
            return "broken";
        }

        @Override
        public Tool create(PluginContext context) {
            return tool;
        }
    }

    /** An embedder that is the testkit's fake with one method changed by a subclass. */
    private static class Bent implements Embedder {
        final FixedEmbedder inner = new FixedEmbedder(16);

        @Override
        public int dimension() {
            return inner.dimension();
        }

        @Override
        public float[] embed(String text) {
            return inner.embed(text);
        }

        @Override
        public String fingerprint() {
            return inner.fingerprint();
        }
    }

    static class NotNormalised extends EmbedderContractTest {
        @Override
        protected Embedder createEmbedder() {
            return new Bent() {
                @Override
                public float[] embed(String text) {
                    float[] v = inner.embed(text);
                    for (int i = 0; i < v.length; i++) {
                        v[i] *= 2;
                    }
                    v[0] += 0.5f;
                    return v;
                }
            };
        }
    }

    /** Embeds only the text's length, so a related text is no closer than an unrelated one of similar length. */
    static class IgnoresWords extends EmbedderContractTest {
        @Override
        protected java.util.List<SimilarityCase> similarityCases() {
            return java.util.List.of(new SimilarityCase("deploy the service", "deploying the services", "buy some milk"));
        }

        @Override
        protected Embedder createEmbedder() {
            return new Bent() {
                @Override
                public float[] embed(String text) {
                    return inner.embed("length" + (text.length() % 5));
                }
            };
        }
    }

    /** Skips null elements in {@code embedAll} instead of rejecting them. */
    static class NullInBatch extends EmbedderContractTest {
        @Override
        protected Embedder createEmbedder() {
            return new Bent() {
                @Override
                public java.util.List<float[]> embedAll(java.util.List<String> texts) {
                    return texts.stream().map(t -> t == null ? new float[16] : inner.embed(t)).toList();
                }
            };
        }
    }

    static class OutOfRange extends RewardFunctionContractTest {
        @Override
        protected RewardFunction createRewardFunction() {
            RewardFunction ok = new ScaledRewardProvider().create(FakePluginContext.of(
                    MapPluginConfig.empty("reward", "scaled")));
            return (s, f) -> 2 * ok.reward(s, f);
        }
    }

    /** A policy that is the sample {@link MeanPolicy} with one method changed by a subclass. */
    private static class BentPolicy implements Policy {
        final MeanPolicy inner;

        BentPolicy(long seed) {
            inner = new MeanPolicy(seed);
        }

        @Override
        public Decision decide(Observation observation, Mode mode) {
            return inner.decide(observation, mode);
        }

        @Override
        public void update(Observation observation, int action, double reward) {
            inner.update(observation, action, reward);
        }

        @Override
        public long version() {
            return inner.version();
        }

        @Override
        public void writeState(OutputStream out) throws IOException {
            inner.writeState(out);
        }

        @Override
        public void readState(InputStream in) throws IOException {
            inner.readState(in);
        }
    }

    static class AcceptsNan extends PolicyContractTest {
        @Override
        protected Policy createPolicy(long seed) {
            return new BentPolicy(seed) {
                @Override
                public void update(Observation observation, int action, double reward) {
                    if (Double.isFinite(reward)) {
                        inner.update(observation, action, reward);
                    }
                }
            };
        }
    }

    /** Promises that the version counts updates, but moves it by two per update. */
    static class VersionSkips extends PolicyContractTest {
        @Override
        protected boolean versionCountsUpdates() {
            return true;
        }

        @Override
        protected Policy createPolicy(long seed) {
            return new BentPolicy(seed) {
                @Override
                public long version() {
                    return 2 * inner.version();
                }
            };
        }
    }
}
