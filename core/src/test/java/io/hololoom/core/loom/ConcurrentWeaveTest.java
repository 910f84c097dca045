package io.hololoom.core.loom;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.Feedback;
import io.hololoom.api.Spacetime;
import io.hololoom.api.ToolResult.Status;
import io.hololoom.api.memory.Shard.Kind;
import io.hololoom.core.Hololoom;
import io.hololoom.core.testing.FastTempDir;
import io.hololoom.core.testing.TestHololoom;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentWeaveTest {
    @TempDir(factory = FastTempDir.class)
    Path home;

    @Test
    void thirtyTwoThreadsWeaveAndReflectAtOnce() throws Exception {
        int threads = 32;
        try (Hololoom h = TestHololoom.open(home, Map.of("hololoom.tools", "test-echo,test-note"))) {
            for (int i = 0; i < 8; i++) {
                h.memory().add("shared document number " + i, Kind.DOCUMENT, "d" + i, List.of());
            }
            h.loom();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            Set<String> ids = ConcurrentHashMap.newKeySet();
            try {
                List<Future<List<Spacetime>>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    futures.add(pool.submit(() -> {
                        start.await();
                        List<Spacetime> out = new ArrayList<>();
                        out.add(h.loom().weave("thread " + thread + " asks about document " + (thread % 8)));
                        out.add(h.loom().weave("a question every thread asks"));
                        if (thread % 4 == 0) {
                            out.add(h.loom().weave("x".repeat(5000)));
                        }
                        h.loom().reflect(out.get(0), Feedback.rating(thread % 6));
                        return out;
                    }));
                }
                start.countDown();
                int weaves = 0;
                for (Future<List<Spacetime>> f : futures) {
                    for (Spacetime s : f.get(120, TimeUnit.SECONDS)) {
                        weaves++;
                        assertThat(ids.add(s.id())).as("ids are unique").isTrue();
                        if (s.query().startsWith("xxxx")) {
                            assertThat(s.tool()).isEqualTo(Spacetime.ERROR_TOOL);
                        } else {
                            assertThat(s.status()).as(s.query()).isEqualTo(Status.OK);
                            assertThat(s.trace().errors()).isEmpty();
                        }
                    }
                }
                assertThat(weaves).isEqualTo(threads * 2 + threads / 4);
            } finally {
                pool.shutdownNow();
            }
            assertThat(h.buffer().size()).isEqualTo(threads);
            assertThat(h.loom().cacheStats().get("result").hits() + h.loom().cacheStats().get("result").misses())
                    .isGreaterThanOrEqualTo(threads * 2);
        }
    }
}
