package io.hololoom.embedder.minilm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The model loads on the first embed only, and once per registry however many embedders share it. */
class LazyLoadingTest {
    @Test
    void constructingAndDescribingDoNotLoadTheModel() {
        ModelRegistry registry = new ModelRegistry();
        MiniLmEmbedder embedder = new MiniLmEmbedder(TestModels.config(MiniLmVariant.INT8), registry);
        assertThat(embedder.dimension()).isEqualTo(384);
        assertThat(embedder.fingerprint()).isEqualTo("minilm/int8");
        assertThat(embedder.toString()).contains("minilm/int8");
        assertThat(registry.isLoaded(MiniLmVariant.INT8)).isFalse();

        embedder.embed("now it loads");
        assertThat(registry.isLoaded(MiniLmVariant.INT8)).isTrue();
        assertThat(registry.isLoaded(MiniLmVariant.FP32)).isFalse();
    }

    @Test
    void severalEmbeddersShareOneLoadedModel() {
        ModelRegistry registry = new ModelRegistry();
        MiniLmEmbedder first = new MiniLmEmbedder(TestModels.config(MiniLmVariant.INT8), registry);
        MiniLmEmbedder second = new MiniLmEmbedder(TestModels.config(MiniLmVariant.INT8).withBatchSize(4), registry);
        first.embed("one");
        second.embedAll(java.util.List.of("two", "three"));
        second.preload();
        assertThat(registry.loadCount(MiniLmVariant.INT8)).isEqualTo(1);
        assertThat(registry.get(first.config())).isSameAs(registry.get(second.config()));
    }

    @Test
    void theSharedRegistryLoadsOncePerProcess() {
        TestModels.FP32.embed("make sure it is loaded");
        new MiniLmEmbedder(TestModels.config(MiniLmVariant.FP32)).embed("another instance");
        assertThat(MiniLmEmbedder.isLoaded(MiniLmVariant.FP32)).isTrue();
        assertThat(ModelRegistry.SHARED.loadCount(MiniLmVariant.FP32)).isEqualTo(1);
    }
}
