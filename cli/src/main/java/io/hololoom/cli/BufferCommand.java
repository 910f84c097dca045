package io.hololoom.cli;

import io.hololoom.core.Hololoom;
import io.hololoom.core.reflect.BufferStats;
import io.hololoom.core.reflect.ReflectionBuffer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hololoom buffer}: statistics of the reflection buffer, or its export as JSONL. */
@Command(name = "buffer", description = "Show reflection-buffer statistics, or export it as JSONL with --export FILE.")
final class BufferCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Option(names = "--export", paramLabel = "FILE", description = "Write every experience as JSONL ('-' for stdout).")
    String export;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Hololoom h = Hololoom.open(global.config())) {
            ReflectionBuffer buffer = h.buffer();
            if (export != null) {
                try {
                    if (export.equals("-")) {
                        buffer.exportJsonl(out);
                    } else {
                        try (BufferedWriter w = Files.newBufferedWriter(Path.of(export), StandardCharsets.UTF_8)) {
                            int n = buffer.exportJsonl(w);
                            out.println("exported " + n + " experiences to " + export);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + export + ": " + e.getMessage(), e);
                }
                return 0;
            }
            BufferStats s = buffer.stats();
            out.printf(Locale.ROOT, "experiences: %d (capacity %d)%nsuccess rate: %.1f%% overall, %.1f%% over the last %d;"
                    + " mean reward %.3f%n", s.total(), buffer.capacity(), 100 * s.successRate(),
                    100 * s.windowSuccessRate(), ReflectionBuffer.WINDOW, s.meanReward());
            s.byTool().forEach((k, u) -> out.printf(Locale.ROOT, "  tool %-10s used %4d, success %.1f%%, mean reward %.3f%n",
                    k, u.count(), 100 * u.successRate(), u.meanReward()));
            s.byCard().forEach((k, u) -> out.printf(Locale.ROOT, "  card %-10s used %4d, success %.1f%%, mean reward %.3f%n",
                    k, u.count(), 100 * u.successRate(), u.meanReward()));
            return 0;
        }
    }
}
