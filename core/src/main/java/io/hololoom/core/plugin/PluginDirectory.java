package io.hololoom.core.plugin;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Reads the plugin directory ({@code hololoom.plugins.dir}, by default {@code HOLOLOOM_HOME/plugins}): every
 * {@code *.jar} in it is one plugin, and every subdirectory is one plugin made of all the jars below it (the
 * plugin jar and its private dependencies). Hidden entries (names starting with a dot) are ignored; any other
 * file is ignored with a warning. Entries are read in name order, so discovery is the same on every machine.
 */
public final class PluginDirectory {
    /** The prefix of the service files that make a jar a HoloLoom plugin. */
    static final String SERVICES_PREFIX = "META-INF/services/io.hololoom.api.plugin.";

    /**
     * What the directory holds.
     *
     * @param directory the directory that was read
     * @param bundles the readable plugins, in name order
     * @param problems entries that cannot be plugins (unreadable jars, empty subdirectories)
     * @param warnings entries that were ignored
     */
    public record Scan(Path directory, List<PluginBundle> bundles, List<String> problems, List<String> warnings) {
        public Scan {
            requireNonNull(directory, "directory is null");
            bundles = List.copyOf(bundles);
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
        }
    }

    private PluginDirectory() {
    }

    /**
     * Reads {@code directory}; a directory that does not exist holds no plugins.
     *
     * @throws HololoomException (CONFIGURATION) if {@code directory} is a file or cannot be listed
     */
    public static Scan scan(Path directory) {
        requireNonNull(directory, "directory is null");
        List<PluginBundle> bundles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (!Files.exists(directory)) {
            return new Scan(directory, bundles, problems, warnings);
        }
        if (!Files.isDirectory(directory)) {
            throw new HololoomException(Category.CONFIGURATION, "The plugin directory [" + directory
                    + "] is a file, not a directory; point hololoom.plugins.dir at a directory of plugin jars");
        }
        List<Path> entries;
        try (Stream<Path> s = Files.list(directory)) {
            entries = s.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new HololoomException(Category.CONFIGURATION, "Cannot list the plugin directory [" + directory + "]: "
                    + e.getMessage() + ". Check its permissions or change hololoom.plugins.dir", e);
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(entry) || isJar(entry)) {
                try {
                    bundles.add(read(entry, warnings));
                } catch (HololoomException e) {
                    problems.add(e.getMessage());
                }
            } else {
                warnings.add("Ignored [" + entry + "]: only .jar files and subdirectories of jars are plugins");
            }
        }
        return new Scan(directory, bundles, problems, warnings);
    }

    /**
     * Reads one plugin: a jar, or a directory of jars.
     *
     * @param warnings receives what was ignored inside a directory
     * @throws HololoomException (PLUGIN) if it is not a readable jar, holds no jars, or provides no plugins
     */
    public static PluginBundle read(Path location, List<String> warnings) {
        requireNonNull(location, "location is null");
        requireNonNull(warnings, "warnings is null");
        List<Path> jars = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> s = Files.walk(location)) {
                s.filter(p -> Files.isRegularFile(p) && isJar(p) && !p.getFileName().toString().startsWith("."))
                        .sorted().forEach(jars::add);
            } catch (IOException e) {
                throw new HololoomException(Category.PLUGIN, "Cannot read the plugin [" + location + "]: "
                        + e.getMessage() + ". Check its permissions or remove it", e);
            }
            // the host's api is always the one plugins see; a bundled copy would only confuse readers
            for (Path jar : List.copyOf(jars)) {
                String n = jar.getFileName().toString();
                if (n.startsWith("hololoom-api-") || n.equals("hololoom-api.jar")) {
                    jars.remove(jar);
                    warnings.add("Ignored [" + jar + "] in plugin [" + location + "]: plugins always use the"
                            + " hololoom-api of the HoloLoom that loads them; leave it out of the plugin directory");
                }
            }
            if (jars.isEmpty()) {
                throw new HololoomException(Category.PLUGIN, "The plugin [" + location + "] holds no .jar files; put"
                        + " the plugin jar and its dependencies in it, or remove the directory");
            }
        } else if (Files.isRegularFile(location)) {
            jars.add(location);
        } else {
            throw new HololoomException(Category.PLUGIN, "No plugin at [" + location
                    + "]: expected a .jar file or a directory of jars");
        }
        Optional<String> apiVersion = Optional.empty();
        int providerFiles = 0;
        for (Path jar : jars) {
            try (JarFile file = new JarFile(jar.toFile())) {
                int here = (int) file.stream().map(JarEntry::getName)
                        .filter(n -> n.startsWith(SERVICES_PREFIX) && !n.endsWith("/")).count();
                providerFiles += here;
                Manifest manifest = file.getManifest();
                String declared = manifest == null ? null
                        : manifest.getMainAttributes().getValue(ApiVersion.MANIFEST_ATTRIBUTE);
                // the jar that lists the providers speaks for the plugin; a dependency's attribute is a fallback
                if (declared != null && (apiVersion.isEmpty() || here > 0)) {
                    apiVersion = Optional.of(declared.trim());
                }
            } catch (IOException | SecurityException e) {
                throw new HololoomException(Category.PLUGIN, "The plugin [" + jar + "] is not a readable jar ("
                        + e.getMessage() + "); rebuild it or remove it from the plugin directory", e);
            }
        }
        if (providerFiles == 0) {
            throw new HololoomException(Category.PLUGIN, "The plugin [" + location + "] provides no plugins: none"
                    + " of its jars has a " + SERVICES_PREFIX + "<Family>Provider file (e.g. "
                    + SERVICES_PREFIX + "ToolProvider listing your provider class). See docs/writing-plugins.md");
        }
        return new PluginBundle(location.toAbsolutePath().normalize(),
                jars.stream().map(p -> p.toAbsolutePath().normalize()).toList(), apiVersion, providerFiles);
    }

    private static boolean isJar(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar");
    }
}
