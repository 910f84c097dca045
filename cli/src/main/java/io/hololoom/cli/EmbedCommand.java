package io.hololoom.cli;

import io.hololoom.api.Embedder;
import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.core.Hololoom;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hololoom embed TEXT}: print a text's vector as a JSON array. */
@Command(name = "embed", description = "Print the embedding of a text as a JSON array.")
final class EmbedCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "The text (several words are joined by spaces).")
    List<String> words;

    @Option(names = "--dim", paramLabel = "N", description = "Print only the first N components (a Matryoshka prefix).")
    Integer dim;

    @Option(names = "--embedder", paramLabel = "NAME", description = "Embedder to use (default: hololoom.embedder).")
    String embedderName;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Hololoom h = Hololoom.open(global.config())) {
            String name = embedderName != null ? embedderName : h.config().core().string("embedder", "hashing");
            Embedder embedder = h.embedder(name);
            if (dim != null && (dim < 1 || dim > embedder.dimension())) {
                throw new HololoomException(Category.INPUT, "--dim must be between 1 and " + embedder.dimension()
                        + " for embedder [" + name + "], was [" + dim + "]");
            }
            float[] v = embedder.embed(String.join(" ", words));
            int n = dim == null ? v.length : dim;
            StringBuilder sb = new StringBuilder(n * 12).append('[');
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(v[i]);
            }
            out.println(sb.append(']'));
            return 0;
        }
    }
}
