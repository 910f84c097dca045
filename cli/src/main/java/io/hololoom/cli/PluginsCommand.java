package io.hololoom.cli;

import io.hololoom.core.plugin.Family;
import io.hololoom.core.plugin.PluginInfo;
import io.hololoom.core.plugin.PluginRegistry;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hololoom plugins}: every discovered plugin by family. */
@Command(name = "plugins", description = "List every discovered plugin by family: name, class and jar.")
final class PluginsCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PluginRegistry registry = PluginRegistry.discover(Main.class.getClassLoader());
        for (Family f : Family.values()) {
            List<PluginInfo> plugins = registry.plugins(f);
            out.println(f.plural() + " (" + plugins.size() + "):");
            for (PluginInfo p : plugins) {
                out.printf("  %-16s %s%n  %-16s %s%n  %-16s %s%n", p.name(), p.description(), "", p.className(), "",
                        shorten(p.location()));
            }
        }
        for (String problem : registry.problems()) {
            out.println("problem: " + problem);
        }
        return registry.problems().isEmpty() ? 0 : 1;
    }

    private static String shorten(String location) {
        int slash = location.lastIndexOf('/', location.length() - 2);
        return location.endsWith(".jar") && slash >= 0 ? location.substring(slash + 1) + "  (" + location + ")" : location;
    }
}
