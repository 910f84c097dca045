package io.hololoom.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The training run of the start-up archive: runs the short commands a user runs most ({@code --help},
 * {@code config}, {@code plugins}, {@code weave} on a new and on a used data directory, {@code embed},
 * {@code buffer}, {@code embed}) in one JVM, on temporary data directories, with all output discarded, so that
 * the JVM started with {@code -XX:ArchiveClassesAtExit} archives the classes they load.
 *
 * <p>The {@code hololoom} launcher runs it once per build (see the README, "Start-up archive"); it is not a
 * user command. The weaves use the configured embedder (MiniLM by default, so its model and ONNX Runtime
 * classes are archived) on a data directory without the built-in corpus and the policy warm start: filling a
 * new directory takes seconds and happens once per directory, so its classes are left to the normal class path.
 * Exit code: 0 if every command succeeded, 1 otherwise (the launcher then keeps no archive).
 */
public final class StartupTraining {
    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Files.createTempDirectory("hololoom-startup-training-");
        PrintStream realErr = System.err;
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true);
        System.setOut(nowhere);
        System.setErr(nowhere);
        int failed;
        try {
            failed = train(root, List.of(), realErr);
        } finally {
            deleteTree(root);
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    /**
     * Runs the training commands in data directories under {@code root}, each with {@code settings} added (e.g.
     * {@code --set KEY=VALUE} for tests); returns how many failed, each reported on {@code report}.
     */
    static int train(Path root, List<String> settings, PrintStream report) {
        String fresh = root.resolve("fresh").toString();
        String used = root.resolve("used").toString();
        String query = "what is 17 * 23?";
        List<String> base = new ArrayList<>(List.of("--set", "hololoom.memory.builtin-corpus=false", "--set",
                "hololoom.policy.warm-start=false"));
        base.addAll(settings);
        String[] light = base.toArray(String[]::new);
        List<String[]> commands = List.of(
                args("--help"),
                args("--version"),
                args("help", "weave"),
                args("config", "--home", fresh, settings.toArray(String[]::new)),
                args("plugins", "--home", fresh, settings.toArray(String[]::new)),
                args("weave", "--home", used, light, query),
                args("weave", "--home", used, light, query),
                args("weave", "--home", used, light, "--json", "remember that the staging server is db-7"),
                args("weave", "--home", used, light, "how many notes mention staging?"),
                args("buffer", "--home", used, light),
                args("embed", "--home", used, light, "--dim", "8", "hello world"));
        int failed = 0;
        for (String[] command : commands) {
            CommandLine cli = Main.commandLine(command);
            cli.setOut(new PrintWriter(OutputStream.nullOutputStream()));
            cli.setErr(new PrintWriter(OutputStream.nullOutputStream()));
            int code = cli.execute(command);
            if (code != 0) {
                report.println("hololoom start-up training: [" + String.join(" ", command) + "] exited with " + code);
                failed++;
            }
        }
        return failed;
    }

    private static String[] args(Object... parts) {
        List<String> out = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof String[] many) {
                out.addAll(List.of(many));
            } else {
                out.add((String) p);
            }
        }
        return out.toArray(String[]::new);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
