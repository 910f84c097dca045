package io.hololoom.cli;

import io.hololoom.api.HololoomException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hololoom} program. */
@Command(name = "hololoom", mixinStandardHelpOptions = true, version = "hololoom 0.1.0-SNAPSHOT",
        description = "Learned tool routing: embed, retrieve, decide, run, reflect, learn.",
        subcommands = {WeaveCommand.class, IngestCommand.class, FeedbackCommand.class, PluginsCommand.class,
                ConfigCommand.class, EmbedCommand.class, BufferCommand.class, LearnCommand.class, EvalCommand.class,
                OpeCommand.class, EnvCommand.class, TrainEnvCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    /** Exit code for a user mistake (bad input, configuration or plugin choice). */
    public static final int USER_ERROR = 2;
    /** Exit code for a failure that is not the user's (a bug, a broken disk). */
    public static final int INTERNAL_ERROR = 70;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the program; returns the exit code. */
    public static int run(String... args) {
        CommandLine cli = commandLine();
        return cli.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            boolean debug = parseResult.originalArgs().contains("--debug");
            if (e instanceof HololoomException he) {
                err.println("error: " + he.getMessage());
                if (debug) {
                    he.printStackTrace(err);
                }
                err.flush();
                return he.isUserError() ? USER_ERROR : INTERNAL_ERROR;
            }
            if (e instanceof IllegalArgumentException) {
                err.println("error: " + e.getMessage());
                if (debug) {
                    e.printStackTrace(err);
                }
                err.flush();
                return USER_ERROR;
            }
            err.println("internal error: " + e + " (please report it; run with --debug for details)");
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return INTERNAL_ERROR;
        });
        return cli;
    }
}
