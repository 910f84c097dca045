package io.hololoom.core.plugin;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.api.plugin.PluginProvider;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One discovery run: loads providers from the class path and from plugin bundles into name maps, collecting
 * problems (or throwing them when strict). Not thread-safe; {@link PluginRegistry} freezes the result.
 */
final class Discovery {
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    final Map<Family, Map<String, PluginInfo>> plugins = new EnumMap<>(Family.class);
    final List<String> problems = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<PluginBundle> bundles = new ArrayList<>();
    private final boolean strict;
    private final Optional<ApiVersion> host;

    /**
     * @param strict throw every problem instead of recording it
     * @param host the hololoom-api version of this process; empty skips the version check
     */
    Discovery(boolean strict, Optional<ApiVersion> host) {
        this.strict = strict;
        this.host = requireNonNull(host, "host is null");
        for (Family family : Family.values()) {
            plugins.put(family, new TreeMap<>());
        }
    }

    /** Loads every provider {@code loader} lists (the application class path: built-in plugins). */
    void classPath(ClassLoader loader) {
        for (Family family : Family.values()) {
            load(loader, family, null);
        }
    }

    /**
     * Loads one plugin of the plugin directory in its own class loader, after checking the api version it was
     * built against.
     *
     * @return how many providers it contributed
     */
    int bundle(PluginBundle bundle) {
        requireNonNull(bundle, "bundle is null");
        if (bundle.apiVersion().isEmpty()) {
            warnings.add("The plugin [" + bundle.location() + "] does not say which hololoom-api it was built against"
                    + " (manifest attribute " + ApiVersion.MANIFEST_ATTRIBUTE + "); it was loaded without a"
                    + " compatibility check. Add the attribute when you build it (see docs/writing-plugins.md).");
        } else if (host.isPresent()) {
            Optional<ApiVersion> declared = ApiVersion.parse(bundle.apiVersion().get());
            if (declared.isEmpty()) {
                problem("The plugin [" + bundle.location() + "] declares an unreadable hololoom-api version ["
                        + bundle.apiVersion().get() + "] in its manifest attribute " + ApiVersion.MANIFEST_ATTRIBUTE
                        + "; write a version such as " + host.get() + " and rebuild it.", null);
                return 0;
            }
            if (!host.get().accepts(declared.get())) {
                problem("The plugin [" + bundle.location() + "] was built against hololoom-api [" + declared.get()
                        + "], which this HoloLoom (hololoom-api [" + host.get() + "]) cannot load: plugins must be built"
                        + " against hololoom-api " + host.get().acceptedRange() + ". Rebuild it against hololoom-api "
                        + host.get() + ", or remove it.", null);
                return 0;
            }
        }
        PluginClassLoader loader = PluginClassLoader.of(bundle);
        int before = count();
        int problemsBefore = problems.size();
        for (Family family : Family.values()) {
            load(loader, family, bundle);
        }
        int added = count() - before;
        if (added == 0) {
            closeQuietly(loader);
            if (problems.size() == problemsBefore) {
                problem("The plugin [" + bundle.location() + "] provides no plugins: its META-INF/services files name"
                        + " no family this HoloLoom knows (" + PluginDirectory.SERVICES_PREFIX + "<Family>Provider)."
                        + " See docs/writing-plugins.md.", null);
            }
        } else {
            bundles.add(bundle);
        }
        return added;
    }

    private int count() {
        return plugins.values().stream().mapToInt(Map::size).sum();
    }

    /** Records a problem, or throws it when strict. */
    void problem(String message, Throwable cause) {
        if (strict) {
            throw new HololoomException(Category.PLUGIN, message, cause);
        }
        problems.add(message);
    }

    private void load(ClassLoader loader, Family family, PluginBundle bundle) {
        Iterator<? extends PluginProvider<?>> it = PluginRegistry.serviceLoader(family, loader);
        while (true) {
            PluginProvider<?> provider;
            try {
                if (!it.hasNext()) {
                    break;
                }
                provider = it.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                problem(bundle == null
                        ? "Cannot load a " + family.key() + " plugin: " + rootMessage(e)
                                + ". Remove or fix the jar that lists it in META-INF/services/"
                                + family.providerType().getName()
                        : "Cannot load a " + family.key() + " plugin from [" + bundle.location() + "]: "
                                + PluginProblems.describe(e) + ". " + PluginProblems.hint(e), e);
                continue;
            }
            String location = PluginRegistry.locationOf(provider.getClass());
            String name;
            try {
                name = provider.name();
            } catch (RuntimeException | LinkageError e) {
                problem("The " + family.key() + " provider [" + provider.getClass().getName() + "] from [" + location
                        + "] failed to report its name: " + (bundle == null ? rootMessage(e)
                                : PluginProblems.describe(e) + ". " + PluginProblems.hint(e)), e);
                continue;
            }
            if (name == null || !NAME.matcher(name).matches()) {
                String msg = "Invalid " + family.key() + " plugin name [" + name + "] from [" + location
                        + "]: names are lower-kebab-case, e.g. my-tool";
                if (bundle == null) {
                    throw new HololoomException(Category.PLUGIN, msg);
                }
                problem(msg, null);
                continue;
            }
            Map<String, PluginInfo> into = plugins.get(family);
            PluginInfo existing = into.get(name);
            if (existing != null && existing.provider().getClass() == provider.getClass()) {
                // the same class seen again through another loader (e.g. a child of one already read): not a clash
                continue;
            }
            if (existing != null) {
                // never "last one wins": silently shadowing a plugin is worse than refusing to start
                throw new HololoomException(Category.PLUGIN, "Duplicate " + family.key() + " plugin name [" + name
                        + "]: provided by [" + existing.className() + "] in [" + existing.location() + "] and by ["
                        + provider.getClass().getName() + "] in [" + location
                        + "]. Remove one of the jars or rename one plugin.");
            }
            String description;
            try {
                description = provider.description() == null ? "" : provider.description();
            } catch (RuntimeException | LinkageError e) {
                description = "";
            }
            into.put(name, new PluginInfo(family, name, provider.getClass().getName(), location, description,
                    provider));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = PluginProblems.root(e);
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (caused by " + t + ")";
    }

    private static void closeQuietly(PluginClassLoader loader) {
        try {
            loader.close();
        } catch (IOException ignored) {
            // only open jar handles are lost; nothing was loaded from them
        }
    }
}
