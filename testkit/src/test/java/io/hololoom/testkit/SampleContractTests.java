package io.hololoom.testkit;

import io.hololoom.api.Embedder;
import io.hololoom.api.Policy;
import io.hololoom.api.RewardFunction;
import io.hololoom.api.plugin.ToolProvider;
import io.hololoom.testkit.sample.MeanPolicy;
import io.hololoom.testkit.sample.ScaledRewardProvider;
import io.hololoom.testkit.sample.WordCountToolProvider;
import org.junit.jupiter.api.Nested;

/** The contract tests, run against the well-behaved sample plugins and the testkit's own fake embedder. */
class SampleContractTests {
    @Nested
    class WordCountTool extends ToolContractTest {
        @Override
        protected ToolProvider provider() {
            return new WordCountToolProvider();
        }

        @Override
        protected String expectedName() {
            return "word-count";
        }

        @Override
        protected String workingQuery() {
            return "how many words are here";
        }
    }

    @Nested
    class FixedEmbedderContract extends EmbedderContractTest {
        @Override
        protected java.util.List<String> texts() {
            java.util.List<String> texts = new java.util.ArrayList<>(super.texts());
            texts.add("pinned text");
            return texts;
        }

        @Override
        protected java.util.List<SimilarityCase> similarityCases() {
            // the fake hashes words, so sharing three of four words is close and sharing none is not
            return java.util.List.of(new SimilarityCase("the deployment pipeline failed",
                    "the deployment pipeline passed", "buy milk tomorrow", 0.3));
        }

        @Override
        protected Embedder createEmbedder() {
            // a pinned vector too, so the contract covers both paths of the fake
            float[] pinned = new float[32];
            pinned[3] = 2f;
            pinned[7] = -2f;
            return new FixedEmbedder(32).with("pinned text", pinned);
        }
    }

    @Nested
    class ScaledReward extends RewardFunctionContractTest {
        @Override
        protected RewardFunction createRewardFunction() {
            return new ScaledRewardProvider().create(FakePluginContext.of(MapPluginConfig.empty("reward", "scaled")));
        }
    }

    @Nested
    class Mean extends PolicyContractTest {
        @Override
        protected Policy createPolicy(long seed) {
            return new MeanPolicy.Provider().create(FakePluginContext.builder().seed(seed).build());
        }

        @Override
        protected boolean versionCountsUpdates() {
            return true;
        }
    }
}
