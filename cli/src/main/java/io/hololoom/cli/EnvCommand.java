package io.hololoom.cli;

import io.hololoom.api.env.Environment;
import io.hololoom.core.Hololoom;
import io.hololoom.core.plugin.Family;
import io.hololoom.env.loop.EnvironmentScript;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hololoom env run ENV --state ... --actions ...}: step an environment by hand. */
@Command(name = "env", description = "Reinforcement-learning environments (e.g. cartpole).",
        subcommands = {EnvCommand.Run.class})
final class EnvCommand {
    /** {@code env run}. */
    @Command(name = "run", description = "Start ENV from a state, apply actions, print one JSON line per step.")
    static final class Run implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ENV", description = "Environment name, e.g. cartpole.")
        String name;

        @Option(names = "--state", required = true, paramLabel = "X,XDOT,THETA,THETADOT",
                description = "The start state, comma-separated numbers.")
        String state;

        @Option(names = "--actions", required = true, paramLabel = "A,A,...", description = "Actions, comma-separated.")
        String actions;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            double[] s = EnvironmentScript.parseState(state);
            int[] a = EnvironmentScript.parseActions(actions);
            try (Hololoom h = Hololoom.open(global.config())) {
                Environment env = h.create(Family.ENVIRONMENT, name);
                EnvironmentScript.run(env, s, a).forEach(out::println);
                return 0;
            }
        }
    }
}
