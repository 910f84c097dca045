package io.hololoom.embedder.minilm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.Embedder;
import io.hololoom.api.HololoomException;
import io.hololoom.api.plugin.EmbedderProvider;
import io.hololoom.testkit.FakePluginContext;
import io.hololoom.testkit.MapPluginConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** Discovery: ServiceLoader finds the provider and its name selects it. */
class MiniLmEmbedderProviderTest {
    private static List<EmbedderProvider> providers() {
        return ServiceLoader.load(EmbedderProvider.class).stream().map(ServiceLoader.Provider::get).toList();
    }

    private static FakePluginContext context(Map<String, String> values, Path dataDirectory) {
        return FakePluginContext.builder().config(MapPluginConfig.of("embedder", "minilm", values))
                .dataDirectory(dataDirectory).build();
    }

    private static FakePluginContext context(Map<String, String> values) {
        return context(values, TestModels.DATA_DIRECTORY);
    }

    private static EmbedderProvider minilm() {
        return providers().stream().filter(p -> p.name().equals("minilm")).findFirst().orElseThrow();
    }

    @Test
    void serviceLoaderFindsTheProvider() {
        assertThat(providers()).filteredOn(p -> p.name().equals("minilm"))
                .singleElement().isInstanceOf(MiniLmEmbedderProvider.class);
        assertThat(minilm().description()).isNotBlank();
    }

    @Test
    void nameSelectsItAndConfigurationIsApplied() {
        Embedder embedder = minilm().create(context(Map.of("variant", "fp32", "batch-size", "4")));
        assertThat(embedder).isInstanceOf(MiniLmEmbedder.class);
        MiniLmEmbedder minilm = (MiniLmEmbedder) embedder;
        assertThat(minilm.config().batchSize()).isEqualTo(4);
        assertThat(minilm.config().cacheDirectory()).isEqualTo(TestModels.CACHE_DIRECTORY);
        assertThat(embedder.fingerprint()).isEqualTo("minilm/fp32");
        assertThat(embedder.dimension()).isEqualTo(384);
        assertThat(embedder.embed("hello world")).containsExactly(TestModels.FP32.embed("hello world"));
    }

    @Test
    void theDataDirectoryHoldsTheExtractedModels() {
        MiniLmEmbedder embedder = (MiniLmEmbedder) minilm().create(context(Map.of(),
                Path.of("elsewhere")));
        assertThat(embedder.config().cacheDirectory()).isEqualTo(Path.of("elsewhere", "minilm"));
    }

    @Test
    void aBadValueFailsAtCreation() {
        assertThatThrownBy(() -> minilm().create(context(Map.of("variant", "fp16"))))
                .isInstanceOf(HololoomException.class).hasMessageContaining("hololoom.embedder.minilm.variant");
    }
}
