package io.hololoom.core.plugin;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.api.plugin.PluginProvider;
import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Every plugin the process can see, by family and name. The only caller of {@link ServiceLoader} in the
 * project.
 *
 * <p>A name used twice in one family is fatal and the message names both jars; an unknown name lists the
 * known ones. A provider that cannot be loaded (missing class, throwing constructor) is recorded as a
 * {@link #problems() problem} and skipped, unless the registry is strict. Immutable and thread-safe.
 */
public final class PluginRegistry {
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Map<Family, Map<String, PluginInfo>> plugins;
    private final List<String> problems;

    private PluginRegistry(Map<Family, Map<String, PluginInfo>> plugins, List<String> problems) {
        this.plugins = plugins;
        this.problems = List.copyOf(problems);
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
        Map<Family, Map<String, PluginInfo>> plugins = new EnumMap<>(Family.class);
        List<String> problems = new ArrayList<>();
        for (Family family : Family.values()) {
            plugins.put(family, new TreeMap<>());
        }
        for (ClassLoader loader : loaders) {
            for (Family family : Family.values()) {
                load(loader, family, plugins.get(family), problems, strict);
            }
        }
        Map<Family, Map<String, PluginInfo>> frozen = new EnumMap<>(Family.class);
        plugins.forEach((f, m) -> frozen.put(f, Collections.unmodifiableMap(m)));
        return new PluginRegistry(frozen, problems);
    }

    private static void load(ClassLoader loader, Family family, Map<String, PluginInfo> into, List<String> problems,
            boolean strict) {
        Iterator<? extends PluginProvider<?>> it = ServiceLoader.load(family.providerType(), loader).iterator();
        while (true) {
            PluginProvider<?> provider;
            try {
                if (!it.hasNext()) {
                    break;
                }
                provider = it.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                String msg = "Cannot load a " + family.key() + " plugin: " + rootMessage(e)
                        + ". Remove or fix the jar that lists it in META-INF/services/" + family.providerType().getName();
                if (strict) {
                    throw new HololoomException(Category.PLUGIN, msg, e);
                }
                problems.add(msg);
                continue;
            }
            String location = locationOf(provider.getClass());
            String name;
            try {
                name = provider.name();
            } catch (RuntimeException | LinkageError e) {
                String msg = "The " + family.key() + " provider [" + provider.getClass().getName() + "] from [" + location
                        + "] failed to report its name: " + rootMessage(e);
                if (strict) {
                    throw new HololoomException(Category.PLUGIN, msg, e);
                }
                problems.add(msg);
                continue;
            }
            if (name == null || !NAME.matcher(name).matches()) {
                throw new HololoomException(Category.PLUGIN, "Invalid " + family.key() + " plugin name [" + name
                        + "] from [" + location + "]: names are lower-kebab-case, e.g. my-tool");
            }
            PluginInfo existing = into.get(name);
            if (existing != null) {
                throw new HololoomException(Category.PLUGIN, "Duplicate " + family.key() + " plugin name [" + name
                        + "]: provided by [" + existing.className() + "] in [" + existing.location() + "] and by ["
                        + provider.getClass().getName() + "] in [" + location
                        + "]. Remove one of the jars or rename one plugin.");
            }
            String description;
            try {
                description = provider.description() == null ? "" : provider.description();
            } catch (RuntimeException e) {
                description = "";
            }
            into.put(name, new PluginInfo(family, name, provider.getClass().getName(), location, description, provider));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (caused by " + t + ")";
    }

    /** The jar or directory a class was loaded from. */
    public static String locationOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL url = source == null ? null : source.getLocation();
        return url == null ? "unknown" : url.toString().replaceFirst("^file:", "");
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

    /** Providers that were skipped because they could not be loaded. */
    public List<String> problems() {
        return problems;
    }
}
