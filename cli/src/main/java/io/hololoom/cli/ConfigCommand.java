package io.hololoom.cli;

import io.hololoom.core.config.ConfigValue;
import io.hololoom.core.config.HololoomConfig;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hololoom config}: the resolved configuration and where each value came from. */
@Command(name = "config", description = "Print the resolved configuration and where each value came from.")
final class ConfigCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        HololoomConfig config = global.config();
        out.println("# data directory: " + config.home() + "   (configuration file: "
                + config.home().resolve(HololoomConfig.FILE_NAME) + ")");
        Map<String, ConfigValue> resolved = config.resolved();
        int width = resolved.keySet().stream().mapToInt(String::length).max().orElse(10);
        for (ConfigValue v : resolved.values()) {
            String origin = switch (v.source()) {
                case DEFAULT -> "default";
                case LEARNED -> "learned (" + v.origin() + ")";
                case FILE -> "file";
                case ENVIRONMENT -> "environment " + v.origin();
                case FLAG -> "flag --set";
            };
            out.printf("%-" + width + "s = %-30s # %s%n", v.key(), v.value(), origin);
        }
        return 0;
    }
}
