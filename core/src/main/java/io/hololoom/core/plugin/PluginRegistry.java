package io.hololoom.core.plugin;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.api.plugin.PluginProvider;
import io.hololoom.core.config.ConfigSource;
import io.hololoom.core.config.ConfigValue;
import io.hololoom.core.config.HololoomConfig;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Every plugin the process can see, by family and name: the built-in plugins on the class path and the
 * third-party plugins of the plugin directory, each of those in its own {@link PluginClassLoader}. The only
 * caller of {@link ServiceLoader} in the project.
 *
 * <p>A name used twice in one family is fatal and the message names both jars, also when one of them is a
 * built-in (silently shadowing a plugin is worse than refusing to start); an unknown name lists the known
 * ones. A provider or plugin jar that cannot be loaded (missing class, throwing constructor, incompatible
 * api version) is recorded as a {@link #problems() problem} that names the jar and says what to do, and is
 * skipped, unless the registry is strict ({@code hololoom.plugins.strict=true}). Immutable and thread-safe.
 */
public final class PluginRegistry {
    /** Configuration key: the plugin directory; relative paths are resolved against HOLOLOOM_HOME. */
    public static final String DIRECTORY_KEY = "hololoom.plugins.dir";
    /** Configuration key: make every plugin problem fatal. */
    public static final String STRICT_KEY = "hololoom.plugins.strict";

    private final Map<Family, Map<String, PluginInfo>> plugins;
    private final List<String> problems;
    private final List<String> warnings;
    private final Optional<Path> pluginDirectory;
    private final List<PluginBundle> bundles;

    private PluginRegistry(Discovery d, Optional<Path> pluginDirectory) {
        Map<Family, Map<String, PluginInfo>> frozen = new EnumMap<>(Family.class);
        d.plugins.forEach((f, m) -> frozen.put(f, Collections.unmodifiableMap(m)));
        this.plugins = frozen;
        this.problems = List.copyOf(d.problems);
        this.warnings = List.copyOf(d.warnings);
        this.pluginDirectory = pluginDirectory;
        this.bundles = List.copyOf(d.bundles);
    }

    /** Discovers the plugins visible to {@code loader} (the application class path). */
    public static PluginRegistry discover(ClassLoader loader) {
        return discover(List.of(loader), false);
    }

    /**
     * Discovers the plugins visible to each loader in turn.
     *
     * @param strict make a provider that fails to load fatal instead of skipping it
     * @throws HololoomException (PLUGIN) for a duplicate name, an invalid name, or any failure when strict
     */
    public static PluginRegistry discover(List<ClassLoader> loaders, boolean strict) {
        requireNonNull(loaders, "loaders is null");
        Discovery d = new Discovery(strict, ApiVersion.host());
        loaders.forEach(d::classPath);
        return new PluginRegistry(d, Optional.empty());
    }

    /**
     * Discovers the built-in plugins visible to {@code classPath}, then the plugins of {@code pluginDirectory}
     * (see {@link PluginDirectory}), each in its own class loader.
     *
     * @param pluginDirectory the plugin directory; one that does not exist holds no plugins
     * @param strict make every plugin problem fatal instead of skipping the plugin
     * @throws HololoomException (PLUGIN) for a duplicate name (always), or any problem when strict;
     *     (CONFIGURATION) if {@code pluginDirectory} is a file or cannot be listed
     */
    public static PluginRegistry discover(ClassLoader classPath, Path pluginDirectory, boolean strict) {
        return discover(classPath, pluginDirectory, strict, ApiVersion.host());
    }

    /** As {@link #discover(ClassLoader, Path, boolean)}, checking api versions against {@code hostApi}. */
    static PluginRegistry discover(ClassLoader classPath, Path pluginDirectory, boolean strict,
            Optional<ApiVersion> hostApi) {
        requireNonNull(classPath, "classPath is null");
        requireNonNull(pluginDirectory, "pluginDirectory is null");
        Discovery d = new Discovery(strict, hostApi);
        d.classPath(classPath);
        PluginDirectory.Scan scan = PluginDirectory.scan(pluginDirectory);
        d.warnings.addAll(scan.warnings());
        scan.problems().forEach(p -> d.problem(p, null));
        scan.bundles().forEach(d::bundle);
        return new PluginRegistry(d, Optional.of(pluginDirectory));
    }

    /**
     * The registry a run of {@code config} uses: the class path plus the plugin directory
     * ({@value #DIRECTORY_KEY}, default {@code HOLOLOOM_HOME/plugins}; strictness from {@value #STRICT_KEY}).
     *
     * @throws HololoomException (CONFIGURATION) if the directory was set explicitly but does not exist
     */
    public static PluginRegistry discover(HololoomConfig config, ClassLoader classPath) {
        requireNonNull(config, "config is null");
        return discover(classPath, directory(config), config.core().bool("plugins.strict", false));
    }

    /** The plugin directory of {@code config}, resolved against its home. */
    public static Path directory(HololoomConfig config) {
        String raw = config.core().string("plugins.dir", "plugins");
        Path dir;
        try {
            dir = config.home().resolve(raw.isEmpty() ? "plugins" : raw).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw config.core().invalid("plugins.dir", raw, "a directory path");
        }
        Optional<ConfigValue> set = config.lookup(DIRECTORY_KEY);
        boolean explicit = set.isPresent() && set.get().source() != ConfigSource.DEFAULT;
        if (explicit && !Files.isDirectory(dir)) {
            throw new HololoomException(Category.CONFIGURATION, "The plugin directory [" + dir + "] (" + DIRECTORY_KEY
                    + " from " + set.get().source().label() + " " + set.get().origin() + ") does not exist; create it"
                    + " or fix " + DIRECTORY_KEY);
        }
        return dir;
    }

    /**
     * The providers of {@code family} that {@code loader} lists, lazily (errors surface from the iterator). The one
     * place in the project that calls {@link ServiceLoader}.
     */
    static Iterator<? extends PluginProvider<?>> serviceLoader(Family family, ClassLoader loader) {
        return ServiceLoader.load(family.providerType(), loader).iterator();
    }

    /** The jar or directory a class was loaded from. */
    public static String locationOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL url = source == null ? null : source.getLocation();
        if (url == null) {
            return "unknown";
        }
        if ("file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI()).toString() + (url.getPath().endsWith("/") ? "/" : "");
            } catch (URISyntaxException | IllegalArgumentException e) {
                // fall through to the raw form
            }
        }
        return url.toString().replaceFirst("^file:", "");
    }

    /**
     * The provider of {@code name} in {@code family}.
     *
     * @throws HololoomException (PLUGIN) {@code Unknown policy [x]; known policies [a, b]}
     */
    @SuppressWarnings("unchecked")
    public <T> PluginProvider<T> provider(Family family, String name) {
        PluginInfo info = plugins.get(family).get(name);
        if (info == null) {
            throw new HololoomException(Category.PLUGIN, "Unknown " + family.key() + " [" + name + "]; known "
                    + family.plural() + " " + names(family) + ". Install the jar that provides it or pick a known name.");
        }
        return (PluginProvider<T>) info.provider();
    }

    public boolean contains(Family family, String name) {
        return plugins.get(family).containsKey(name);
    }

    public List<String> names(Family family) {
        return List.copyOf(plugins.get(family).keySet());
    }

    public List<PluginInfo> plugins(Family family) {
        return List.copyOf(plugins.get(family).values());
    }

    public List<PluginInfo> all() {
        List<PluginInfo> out = new ArrayList<>();
        plugins.values().forEach(m -> out.addAll(m.values()));
        return out;
    }

    /** Providers and plugin jars that were skipped because they could not be loaded; each says what to do. */
    public List<String> problems() {
        return problems;
    }

    /** Things that were loaded or ignored but deserve attention (e.g. a plugin without an api version). */
    public List<String> warnings() {
        return warnings;
    }

    /** The plugin directory that was read, if any. */
    public Optional<Path> pluginDirectory() {
        return pluginDirectory;
    }

    /** The plugins of the plugin directory that contributed at least one provider. */
    public List<PluginBundle> bundles() {
        return bundles;
    }
}
