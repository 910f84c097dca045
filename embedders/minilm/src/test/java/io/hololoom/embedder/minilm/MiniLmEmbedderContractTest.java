package io.hololoom.embedder.minilm;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.Embedder;
import io.hololoom.testkit.EmbedderContractTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The family contract for the default configuration (the shared, lazily loaded model). */
class MiniLmEmbedderContractTest extends EmbedderContractTest {
    @Override
    protected Embedder createEmbedder() {
        return new MiniLmEmbedder(MiniLmEmbedderConfig.defaults().withCacheDirectory(TestModels.CACHE_DIRECTORY));
    }

    @Override
    protected double normTolerance() {
        return 1e-5;
    }

    @Override
    protected List<SimilarityCase> similarityCases() {
        String deploy = "how do I deploy the service to production";
        String deploy2 = "deploying services to production";
        return List.of(new SimilarityCase(deploy, deploy2, "remember to buy milk tomorrow"),
                new SimilarityCase(deploy2, deploy, "what is 17 times 23"));
    }

    @Test
    void aNullElementOfABatchIsRejectedByItsIndex() {
        List<String> withNull = new ArrayList<>(List.of("a"));
        withNull.add(null);
        assertThatThrownBy(() -> createEmbedder().embedAll(withNull)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("[1]");
    }
}
