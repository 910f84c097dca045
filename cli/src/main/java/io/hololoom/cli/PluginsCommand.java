package io.hololoom.cli;

import io.hololoom.api.HololoomException;
import io.hololoom.core.Hololoom;
import io.hololoom.core.config.HololoomConfig;
import io.hololoom.core.plugin.Family;
import io.hololoom.core.plugin.PluginBundle;
import io.hololoom.core.plugin.PluginInfo;
import io.hololoom.core.plugin.PluginRegistry;
import io.hololoom.core.plugin.PluginVerifier;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code hololoom plugins}: every plugin a run would use, by family: the built-ins and those of the plugin
 * directory (the same registry {@code weave} builds), plus the plugins that were skipped and why.
 * {@code hololoom plugins --verify JAR}: loads one jar (or directory of jars) in isolation and says what it
 * provides or why it fails.
 */
@Command(name = "plugins", description = {
    "List every plugin by family: name, description, class and jar; built-ins and the plugin directory"
            + " (hololoom.plugins.dir, default HOLOLOOM_HOME/plugins). Plugins that were skipped are listed with"
            + " what to do; the exit code is then 1.",
    "With --verify JAR: load one plugin jar (or a directory of jars) in isolation and report what it provides"
            + " or why it fails (exit code 0 if it would load, 1 if not)."})
final class PluginsCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Option(names = "--verify", paramLabel = "JAR",
            description = "Check a plugin jar (or a directory of jars) before installing it.")
    Path verify;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        HololoomConfig config = global.config();
        if (verify != null) {
            return verify(out, config);
        }
        // the registry alone, as Hololoom.open discovers it: listing needs no injector, database or model
        PluginRegistry registry = PluginRegistry.discover(config, Hololoom.class.getClassLoader());
        for (Family f : Family.values()) {
            List<PluginInfo> plugins = registry.plugins(f);
            out.println(f.plural() + " (" + plugins.size() + "):");
            for (PluginInfo p : plugins) {
                out.printf("  %-16s %s%n  %-16s %s%n  %-16s %s%n", p.name(), p.description(), "", p.className(), "",
                        shorten(p.location()));
            }
        }
        registry.pluginDirectory().ifPresent(dir -> out.println("plugin directory: " + dir + " ("
                + registry.bundles().size() + " loaded" + (registry.bundles().isEmpty() ? ""
                        : ": " + String.join(", ", registry.bundles().stream().map(PluginBundle::displayName).toList()))
                + ")"));
        for (String warning : registry.warnings()) {
            out.println("warning: " + warning);
        }
        for (String problem : registry.problems()) {
            out.println("problem: " + problem);
        }
        if (!registry.problems().isEmpty()) {
            out.println("Plugins with problems were skipped; set hololoom.plugins.strict=true to make that fatal.");
        }
        out.flush();
        return registry.problems().isEmpty() ? 0 : 1;
    }

    private Integer verify(PrintWriter out, HololoomConfig config) {
        PluginRegistry installed;
        String against;
        try (Hololoom h = Hololoom.open(config)) {
            installed = h.registry();
            against = "the built-in plugins and those in " + installed.pluginDirectory().map(Path::toString).orElse("-");
        } catch (HololoomException e) {
            // the plugin directory itself is broken (e.g. a clash); still check the jar against the built-ins
            installed = PluginRegistry.discover(Main.class.getClassLoader());
            against = "the built-in plugins (the plugin directory could not be read: " + e.getMessage() + ")";
        }
        PluginVerifier.Report report = PluginVerifier.verify(verify, installed);
        out.println("plugin:     " + report.location());
        out.println("api:        " + report.declaredApi().map(v -> "built against hololoom-api " + v)
                .orElse("does not declare the hololoom-api it was built against")
                + report.hostApi().map(v -> "; this HoloLoom has hololoom-api " + v).orElse(""));
        out.println(report.provides().isEmpty() ? "provides:   nothing" : "provides:");
        for (PluginInfo p : report.provides()) {
            out.printf("  %-10s %-16s %s%n  %-10s %-16s %s%n", p.family().key(), p.name(), p.description(), "", "",
                    p.className());
        }
        for (String created : report.created()) {
            out.println("created:    " + created);
        }
        out.println("checked against " + against);
        for (String warning : report.warnings()) {
            out.println("warning: " + warning);
        }
        for (String problem : report.problems()) {
            out.println("problem: " + problem);
        }
        if (report.ok()) {
            out.println("result:     OK. Install it by copying it into " + installed.pluginDirectory()
                    .map(Path::toString).orElse("the plugin directory (hololoom.plugins.dir)")
                    + (report.provides().stream().anyMatch(p -> p.family() == Family.TOOL)
                            ? " and add its tool name to hololoom.tools" : ""));
        } else {
            out.println("result:     it would not load; fix the problems above");
        }
        out.flush();
        return report.ok() ? 0 : 1;
    }

    private static String shorten(String location) {
        int slash = location.lastIndexOf('/', location.length() - 2);
        return location.endsWith(".jar") && slash >= 0 ? location.substring(slash + 1) + "  (" + location + ")" : location;
    }
}
