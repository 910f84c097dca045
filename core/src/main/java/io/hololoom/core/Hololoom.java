package io.hololoom.core;

import static java.util.Objects.requireNonNull;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import io.hololoom.api.Embedder;
import io.hololoom.api.HololoomException;
import io.hololoom.core.config.HololoomConfig;
import io.hololoom.core.inject.ConfigValidator;
import io.hololoom.core.inject.HololoomModule;
import io.hololoom.core.inject.Plugins;
import io.hololoom.core.reflect.Learner;
import io.hololoom.core.learn.WarmStart;
import io.hololoom.core.learn.Workload;
import io.hololoom.core.loom.CachedEmbedder;
import io.hololoom.core.loom.Loom;
import io.hololoom.core.memory.H2MemoryStore;
import io.hololoom.core.memory.Ingestor;
import io.hololoom.core.plugin.Family;
import io.hololoom.core.plugin.PluginRegistry;
import io.hololoom.core.reflect.ReflectionBuffer;
import java.time.Clock;

/**
 * The entry point for programs that embed HoloLoom: resolves configuration and plugins, and builds the loom
 * and its parts lazily.
 *
 * <pre>{@code
 * HololoomConfig config = HololoomConfig.load(home, Map.of(), System.getenv());
 * try (Hololoom h = Hololoom.open(config)) {
 *     Spacetime s = h.loom().weave("what is 17 * 23?");
 *     h.loom().reflect(s, Feedback.rating(5));
 * }
 * }</pre>
 */
public final class Hololoom implements AutoCloseable {
    private final HololoomConfig config;
    private final PluginRegistry registry;
    private final HololoomModule module;
    private final Injector injector;
    private volatile Loom loom;

    private Hololoom(HololoomConfig config, PluginRegistry registry, Clock clock) {
        this.config = config;
        this.registry = registry;
        this.module = new HololoomModule(config, registry, clock);
        this.injector = Guice.createInjector(Stage.DEVELOPMENT, module);
        Plugins.attach(module, injector);
    }

    /**
     * Opens with the plugins on the class path and those of the plugin directory ({@code hololoom.plugins.dir},
     * default {@code HOLOLOOM_HOME/plugins}, each jar in its own class loader; {@code hololoom.plugins.strict}).
     */
    public static Hololoom open(HololoomConfig config) {
        requireNonNull(config, "config is null");
        return open(config, PluginRegistry.discover(config, Hololoom.class.getClassLoader()), Clock.systemUTC());
    }

    public static Hololoom open(HololoomConfig config, PluginRegistry registry, Clock clock) {
        requireNonNull(config, "config is null");
        requireNonNull(registry, "registry is null");
        requireNonNull(clock, "clock is null");
        return new Hololoom(config, registry, clock);
    }

    public HololoomConfig config() {
        return config;
    }

    public PluginRegistry registry() {
        return registry;
    }

    /**
     * The loom, built on first use: opens the database, creates the plugins, restores or warm-starts the policy,
     * and checks that every configured key was used.
     *
     * @throws HololoomException for a configuration, plugin or storage problem
     */
    public synchronized Loom loom() {
        if (loom == null) {
            Loom l = get(Loom.class);
            Learner learner = l.learner();
            boolean warm = config.core().bool("policy.warm-start", true);
            if (!learner.store().load(learner.policy(), learner.trainer()) && warm) {
                WarmStart.run(l, learner.policy(), Workload.read("builtin:train"), Plugins.seed(module));
                learner.save();
            }
            ConfigValidator.check(config, registry, Plugins.created(module));
            loom = l;
        }
        return loom;
    }

    /** The loom without restoring or warm-starting the policy (for experiments that start cold). */
    public synchronized Loom coldLoom() {
        if (loom == null) {
            loom = get(Loom.class);
            ConfigValidator.check(config, registry, Plugins.created(module));
        }
        return loom;
    }

    public H2MemoryStore memory() {
        return get(H2MemoryStore.class);
    }

    public Ingestor ingestor() {
        return new Ingestor(memory());
    }

    public ReflectionBuffer buffer() {
        return get(ReflectionBuffer.class);
    }

    /** The configured embedder with its cache. */
    public CachedEmbedder embedder() {
        return get(CachedEmbedder.class);
    }

    /** Creates a plugin by family and name, with its settings from the configuration. */
    public <T> T create(Family family, String name) {
        return Plugins.create(module, family, name);
    }

    /** An embedder by name (not cached), e.g. for {@code hololoom embed --embedder}. */
    public Embedder embedder(String name) {
        return create(Family.EMBEDDER, name);
    }

    /** Gets a part from the injector, unwrapping Guice's exception so users see our message, not Guice's. */
    private <T> T get(Class<T> type) {
        try {
            return injector.getInstance(type);
        } catch (com.google.inject.ProvisionException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof HololoomException he) {
                    throw he;
                }
            }
            throw new HololoomException(HololoomException.Category.INTERNAL, "cannot build the " + type.getSimpleName()
                    + ": " + e.getErrorMessages().iterator().next().getMessage(), e);
        }
    }

    @Override
    public void close() {
        Loom l = loom;
        try {
            if (l != null) {
                l.learner().save();
            }
        } finally {
            Plugins.close(module);
        }
    }
}
