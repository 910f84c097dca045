package io.hololoom.cli;

import io.hololoom.api.HololoomException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code hololoom} program.
 *
 * <p>The subcommands are registered in code, not in the annotation, so that a run of one subcommand builds only
 * that subcommand's picocli model: building all thirteen by reflection costs about 60 ms more than one, a quarter
 * of a short command such as {@code config}. {@code --help}, {@code help}, a mistyped name and no arguments get
 * all of them.
 */
@Command(name = "hololoom", mixinStandardHelpOptions = true, version = "hololoom 0.1.0-SNAPSHOT",
        description = "Learned tool routing: embed, retrieve, decide, run, reflect, learn.")
public final class Main {
    /** The subcommands, in the order {@code --help} lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(WeaveCommand.class, IngestCommand.class, FeedbackCommand.class,
            PluginsCommand.class, ConfigCommand.class, EmbedCommand.class, BufferCommand.class, LearnCommand.class,
            EvalCommand.class, OpeCommand.class, EnvCommand.class, TrainEnvCommand.class,
            CommandLine.HelpCommand.class);

    /** Exit code for a user mistake (bad input, configuration or plugin choice). */
    public static final int USER_ERROR = 2;
    /** Exit code for a failure that is not the user's (a bug, a broken disk). */
    public static final int INTERNAL_ERROR = 70;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the program; returns the exit code. */
    public static int run(String... args) {
        CommandLine cli = commandLine(args);
        return cli.execute(args);
    }

    /** The program with every subcommand. */
    static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The program for {@code args}: with only the subcommand {@code args[0]} names if it names one other than
     * {@code help} (its parsing, help and errors are the same as with all), else with every subcommand.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new Main());
        Class<?> only = args.length == 0 ? null : SUBCOMMANDS.stream()
                .filter(c -> c != CommandLine.HelpCommand.class
                        && c.getAnnotation(Command.class).name().equals(args[0]))
                .findFirst().orElse(null);
        for (Class<?> c : SUBCOMMANDS) {
            if (only == null || c == only) {
                cli.addSubcommand(c);
            }
        }
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
