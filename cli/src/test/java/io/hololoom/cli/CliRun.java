package io.hololoom.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs one command line in process, on a data directory with the hashing embedder, and captures its output. */
record CliRun(int code, String out, String err) {
    /** {@code args[0]} is the subcommand; {@code --home HOME --set hololoom.embedder=hashing} go right after it. */
    static CliRun run(Path home, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(1, List.of("--home", home.toString(), "--set", "hololoom.embedder=hashing"));
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(all.toArray(String[]::new));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The last line of standard output (the JSON summary of learn and eval). */
    String lastLine() {
        String[] lines = out.strip().split("\n");
        return lines[lines.length - 1];
    }
}
