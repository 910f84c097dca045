package io.hololoom.embedder.hashing;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.Embedder;
import io.hololoom.api.plugin.EmbedderProvider;
import io.hololoom.testkit.FakePluginContext;
import io.hololoom.testkit.MapPluginConfig;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** Discovery: ServiceLoader finds the provider and its name selects it. */
class HashingEmbedderProviderTest {
    private static List<EmbedderProvider> providers() {
        return ServiceLoader.load(EmbedderProvider.class).stream().map(ServiceLoader.Provider::get).toList();
    }

    @Test
    void serviceLoaderFindsTheProvider() {
        assertThat(providers()).extracting(EmbedderProvider::name).contains("hashing");
        assertThat(providers()).filteredOn(p -> p.name().equals("hashing"))
                .singleElement().isInstanceOf(HashingEmbedderProvider.class);
    }

    @Test
    void nameSelectsItAndConfigurationIsApplied() {
        EmbedderProvider provider = providers().stream().filter(p -> p.name().equals("hashing")).findFirst()
                .orElseThrow();
        Embedder embedder = provider.create(FakePluginContext.of(MapPluginConfig.of("embedder", "hashing",
                Map.of("dimension", "96"))));
        assertThat(embedder).isInstanceOf(HashingEmbedder.class);
        assertThat(embedder.dimension()).isEqualTo(96);
        assertThat(embedder.fingerprint()).isEqualTo("hashing/96/v1");
        assertThat(embedder.embed("hello")).hasSize(96);
        assertThat(provider.description()).isNotBlank();
    }
}
