package io.hololoom.core.plugin;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.api.plugin.PluginConfig;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.PluginProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Checks one plugin jar (or directory of jars) in isolation, for {@code hololoom plugins --verify JAR}: reads
 * it, checks the api version it was built against, loads its providers in their own class loader, compares
 * their names with the plugins already installed, and creates each plugin once with default settings.
 */
public final class PluginVerifier {
    /**
     * What a plugin provides or why it fails.
     *
     * @param location the jar or directory checked
     * @param hostApi this HoloLoom's hololoom-api version, if known
     * @param declaredApi the version the plugin says it was built against, if it says
     * @param provides the plugins it provides
     * @param created one line per plugin: created, or why creating it was not checked
     * @param problems why it fails; empty if it would load
     * @param warnings what deserves attention but does not stop it loading
     */
    public record Report(Path location, Optional<String> hostApi, Optional<String> declaredApi,
            List<PluginInfo> provides, List<String> created, List<String> problems, List<String> warnings) {
        public Report {
            requireNonNull(location, "location is null");
            requireNonNull(hostApi, "hostApi is null");
            requireNonNull(declaredApi, "declaredApi is null");
            provides = List.copyOf(provides);
            created = List.copyOf(created);
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
        }

        /** True if the plugin would load without problems. */
        public boolean ok() {
            return problems.isEmpty() && !provides.isEmpty();
        }
    }

    private PluginVerifier() {
    }

    /**
     * Verifies {@code location}.
     *
     * @param installed the plugins it must not clash with (built-ins and the plugin directory); plugins loaded
     *     from {@code location} itself are not counted as clashes
     */
    public static Report verify(Path location, PluginRegistry installed) {
        requireNonNull(location, "location is null");
        requireNonNull(installed, "installed is null");
        Path where = location.toAbsolutePath().normalize();
        Optional<String> host = ApiVersion.host().map(ApiVersion::text);
        List<String> warnings = new ArrayList<>();
        PluginBundle bundle;
        try {
            bundle = PluginDirectory.read(where, warnings);
        } catch (HololoomException e) {
            return new Report(where, host, Optional.empty(), List.of(), List.of(), List.of(e.getMessage()), warnings);
        }
        Discovery d = new Discovery(false, ApiVersion.host());
        List<String> problems = new ArrayList<>();
        try {
            d.bundle(bundle);
        } catch (HololoomException e) {
            problems.add(e.getMessage());
        }
        problems.addAll(d.problems);
        warnings.addAll(d.warnings);
        List<PluginInfo> provides = new ArrayList<>();
        d.plugins.values().forEach(m -> provides.addAll(m.values()));
        List<String> ownJars = bundle.jars().stream().map(Path::toString).toList();
        for (PluginInfo p : provides) {
            if (installed.contains(p.family(), p.name())) {
                PluginInfo other = installed.plugins(p.family()).stream().filter(o -> o.name().equals(p.name()))
                        .findFirst().orElseThrow();
                if (ownJars.contains(other.location())) {
                    continue;
                }
                if (other.className().equals(p.className())) {
                    // most likely an older build of this very plugin: fine as an upgrade, fatal as a second copy
                    warnings.add("Its " + p.family().key() + " plugin [" + p.name() + "] is already installed from ["
                            + other.location() + "]; replace that jar with this one rather than adding a second"
                            + " copy (HoloLoom refuses to start with two plugins of one name).");
                } else {
                    problems.add("Its " + p.family().key() + " plugin [" + p.name() + "] clashes with ["
                            + other.className() + "] in [" + other.location() + "], which is already installed;"
                            + " HoloLoom refuses to start with both. Rename the plugin (names are public contract)"
                            + " or remove the other jar.");
                }
            }
        }
        List<String> created = new ArrayList<>();
        for (PluginInfo p : provides) {
            tryCreate(p, problems, created);
        }
        return new Report(where, host, bundle.apiVersion(), provides, created, problems, warnings);
    }

    private static void tryCreate(PluginInfo p, List<String> problems, List<String> created) {
        Path data = null;
        try {
            data = Files.createTempDirectory("hololoom-verify-");
            Object plugin = p.provider().create(new IsolatedContext(p.family().settingsPrefix(p.name()), data));
            if (plugin == null) {
                problems.add("Its " + p.family().key() + " plugin [" + p.name() + "] created nothing: the provider's"
                        + " create() must return an instance.");
            } else {
                created.add(p.family().key() + " [" + p.name() + "]: created with default settings ("
                        + plugin.getClass().getName() + ")");
                if (plugin instanceof AutoCloseable c) {
                    c.close();
                }
            }
        } catch (NeedsLoom e) {
            created.add(p.family().key() + " [" + p.name() + "]: not created here, it asks for " + e.getMessage()
                    + " when it is created, which only a running loom has");
        } catch (HololoomException e) {
            problems.add("Its " + p.family().key() + " plugin [" + p.name() + "] cannot be created with default"
                    + " settings: " + e.getMessage());
        } catch (Exception | LinkageError e) {
            problems.add("Its " + p.family().key() + " plugin [" + p.name() + "] from [" + p.location()
                    + "] failed to start: " + PluginProblems.describe(e) + ". " + PluginProblems.hint(e));
        } finally {
            deleteQuietly(data);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }

    /** Thrown when a plugin asks for a service of the running loom during a verification. */
    private static final class NeedsLoom extends HololoomException {
        private static final long serialVersionUID = 1L;

        NeedsLoom(String what) {
            super(Category.PLUGIN, what);
        }
    }

    /** Default settings, seed 42, a throw-away data directory, and no services. */
    private record IsolatedContext(String prefix, Path dataDirectory) implements PluginContext {
        @Override
        public PluginConfig config() {
            String p = prefix;
            return new PluginConfig() {
                @Override
                public String prefix() {
                    return p;
                }

                @Override
                public Optional<String> raw(String key) {
                    return Optional.empty();
                }
            };
        }

        @Override
        public long seed() {
            return 42;
        }

        @Override
        public <S> S service(Class<S> type) {
            throw new NeedsLoom("the [" + type.getSimpleName() + "] service");
        }

        @Override
        public <T> T plugin(Class<? extends PluginProvider<T>> family, String name) {
            throw new NeedsLoom("the " + Family.of(family).key() + " plugin [" + name + "]");
        }
    }
}
