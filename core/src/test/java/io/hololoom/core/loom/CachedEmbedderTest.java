package io.hololoom.core.loom;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.Cache;
import io.hololoom.api.Embedder;
import io.hololoom.api.plugin.CacheSpec;
import io.hololoom.core.testing.TestEmbedder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CachedEmbedderTest {
    private static Cache<CachedEmbedder.Key, float[]> cache() {
        return new io.hololoom.core.cache.CaffeineCacheProvider().create(null)
                .create(new CacheSpec("embedding", 100, Duration.ofHours(1)));
    }

    /** Counts which texts reach the real embedder and in which calls. */
    private static final class Counting implements Embedder {
        final TestEmbedder delegate;
        final List<List<String>> calls = new ArrayList<>();

        Counting(String variant) {
            delegate = new TestEmbedder(32, variant);
        }

        @Override
        public int dimension() {
            return delegate.dimension();
        }

        @Override
        public float[] embed(String text) {
            calls.add(List.of(text));
            return delegate.embed(text);
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            calls.add(List.copyOf(texts));
            return texts.stream().map(delegate::embed).toList();
        }

        @Override
        public String fingerprint() {
            return delegate.fingerprint();
        }
    }

    @Test
    void aRepeatedTextIsEmbeddedOnceAndCallersGetCopies() {
        Counting raw = new Counting("v1");
        CachedEmbedder e = new CachedEmbedder(raw, cache());
        float[] first = e.embed("hello world");
        first[0] = 42;
        float[] second = e.embed("hello world");
        assertThat(second).containsExactly(raw.delegate.embed("hello world"));
        second[1] = 42;
        assertThat(e.embed("hello world")).containsExactly(raw.delegate.embed("hello world"));
        assertThat(raw.calls).containsExactly(List.of("hello world"));
        assertThat(e.cache().stats().hits()).isEqualTo(2);
        assertThat(e.dimension()).isEqualTo(32);
        assertThat(e.fingerprint()).isEqualTo(raw.fingerprint());
        assertThat(e.delegate()).isSameAs(raw);
    }

    @Test
    void embedAllOnlyEmbedsWhatIsMissingAndKeepsTheOrder() {
        Counting raw = new Counting("v1");
        CachedEmbedder e = new CachedEmbedder(raw, cache());
        e.embed("b");
        List<float[]> out = e.embedAll(List.of("a", "b", "c", "b"));
        assertThat(raw.calls).containsExactly(List.of("b"), List.of("a", "c"));
        assertThat(out).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(out.get(i)).containsExactly(raw.delegate.embed(List.of("a", "b", "c", "b").get(i)));
        }
        out.get(0)[0] = 99;
        assertThat(e.embed("a")).containsExactly(raw.delegate.embed("a"));
    }

    @Test
    void embeddersWithDifferentFingerprintsNeverShareEntries() {
        Cache<CachedEmbedder.Key, float[]> shared = cache();
        Counting v1 = new Counting("v1");
        Counting v2 = new Counting("v2");
        new CachedEmbedder(v1, shared).embed("same text");
        new CachedEmbedder(v2, shared).embed("same text");
        assertThat(v2.calls).containsExactly(List.of("same text"));
        assertThat(shared.stats().size()).isEqualTo(2);
    }
}
