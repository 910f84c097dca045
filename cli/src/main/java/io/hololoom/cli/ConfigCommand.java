package io.hololoom.cli;

import io.hololoom.core.Hololoom;
import io.hololoom.core.config.ConfigValue;
import io.hololoom.core.config.HololoomConfig;
import io.hololoom.core.inject.ConfigValidator;
import io.hololoom.core.plugin.PluginRegistry;
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
        // the plugin registry alone (no injector, database or model) tells core keys and plugin prefixes apart
        Map<String, String> unknown = ConfigValidator.unknownKeys(config,
                PluginRegistry.discover(config, Hololoom.class.getClassLoader()));
        int width = resolved.keySet().stream().mapToInt(String::length).max().orElse(10);
        for (ConfigValue v : resolved.values()) {
            String origin = switch (v.source()) {
                case DEFAULT -> "default";
                case LEARNED -> "learned (" + v.origin() + ")";
                case FILE -> "file";
                case ENVIRONMENT -> "environment " + v.origin();
                case FLAG -> "flag --set";
            };
            out.printf("%-" + width + "s = %-30s # %s%s%n", v.key(), v.value(), origin,
                    unknown.containsKey(v.key()) ? "   <- UNKNOWN KEY" : "");
        }
        if (!unknown.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            unknown.values().forEach(m -> err.println("error: " + m));
            err.println("error: every other command refuses to run with " + (unknown.size() == 1 ? "this key" : "these keys")
                    + "; fix or remove " + (unknown.size() == 1 ? "it" : "them") + " (the keys above without the marker are known)");
            return 2;
        }
        return 0;
    }
}
