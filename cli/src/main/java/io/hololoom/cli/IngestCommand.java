package io.hololoom.cli;

import io.hololoom.core.Hololoom;
import io.hololoom.core.memory.Ingestor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hololoom ingest PATH...}: add documents to the memory store. */
@Command(name = "ingest", description = "Add .txt, .md and .jsonl documents (files or directories) to memory.")
final class IngestCommand implements java.util.concurrent.Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to ingest.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Hololoom h = Hololoom.open(global.config())) {
            Ingestor ingestor = h.ingestor();
            for (Path p : paths) {
                Ingestor.Report r = ingestor.ingest(p);
                out.println("ingested " + p + ": " + r.files() + " file(s), " + r.shards() + " shard(s)"
                        + (r.skippedFiles() > 0 ? ", skipped " + r.skippedFiles() + " unsupported file(s)" : ""));
            }
            out.println("memory now holds " + h.memory().size() + " shards");
            return 0;
        }
    }

}
