package io.hololoom.core.inject;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.hololoom.api.Cache;
import io.hololoom.api.Embedder;
import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.api.Policy;
import io.hololoom.api.RewardFunction;
import io.hololoom.api.Spacetime;
import io.hololoom.api.Tool;
import io.hololoom.api.learn.TrainablePolicy;
import io.hololoom.api.learn.Trainer;
import io.hololoom.api.memory.MemoryStore;
import io.hololoom.api.plugin.CacheFactory;
import io.hololoom.api.plugin.CacheSpec;
import io.hololoom.api.plugin.PluginConfig;
import io.hololoom.core.config.HololoomConfig;
import io.hololoom.core.reflect.Learner;
import io.hololoom.core.reflect.PolicyStore;
import io.hololoom.core.loom.CachedEmbedder;
import io.hololoom.core.loom.Loom;
import io.hololoom.core.loom.LoomSettings;
import io.hololoom.core.loom.ObservationEncoder;
import io.hololoom.core.loom.ToolRunner;
import io.hololoom.core.memory.Database;
import io.hololoom.core.memory.H2MemoryStore;
import io.hololoom.core.memory.Ingestor;
import io.hololoom.core.plugin.Family;
import io.hololoom.core.plugin.PluginRegistry;
import io.hololoom.core.reflect.ReflectionBuffer;
import io.hololoom.core.reflect.SpacetimeLog;
import io.hololoom.core.retrieval.MatryoshkaGate;
import io.hololoom.core.retrieval.ScaleTransforms;
import io.hololoom.core.retrieval.VectorIndex;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wires the loom from configuration and the plugin registry. Every binding is a lazy singleton, so a command
 * pays only for what it uses (listing plugins opens no database and loads no model).
 */
public final class HololoomModule extends AbstractModule {
    private final HololoomConfig config;
    private final PluginRegistry registry;
    private final Clock clock;
    private final Set<String> created = ConcurrentHashMap.newKeySet();
    private volatile com.google.inject.Injector injector;
    private final java.util.Deque<AutoCloseable> closeables = new java.util.concurrent.ConcurrentLinkedDeque<>();

    public HololoomModule(HololoomConfig config, PluginRegistry registry, Clock clock) {
        this.config = requireNonNull(config, "config is null");
        this.registry = requireNonNull(registry, "registry is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    protected void configure() {
        bind(HololoomConfig.class).toInstance(config);
        bind(PluginRegistry.class).toInstance(registry);
        bind(Clock.class).toInstance(clock);
        bind(MemoryStore.class).to(H2MemoryStore.class);
        bind(Embedder.class).to(CachedEmbedder.class);
    }

    void setInjector(com.google.inject.Injector injector) {
        this.injector = injector;
    }

    /** Closes what was opened, newest first. */
    void close() {
        AutoCloseable c;
        while ((c = closeables.poll()) != null) {
            try {
                c.close();
            } catch (Exception e) {
                throw new HololoomException(Category.STORAGE, "Cannot close " + c.getClass().getSimpleName() + ": "
                        + e.getMessage(), e);
            }
        }
    }

    /** Settings prefixes of the plugins created so far. */
    Set<String> created() {
        return Set.copyOf(created);
    }

    long seed() {
        return config.core().longValue("seed", 42, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** Creates a plugin by family and name with its own context. */
    <T> T create(Family family, String name) {
        io.hololoom.api.plugin.PluginProvider<T> provider = registry.provider(family, name);
        created.add(family.settingsPrefix(name));
        DefaultPluginContext context = new DefaultPluginContext(config.view(family.settingsPrefix(name)), seed(),
                config.home(), type -> type == MemoryStore.class || type == Embedder.class
                        ? injector.getInstance(type) : null, this::create);
        try {
            T plugin = provider.create(context);
            if (plugin == null) {
                throw new HololoomException(Category.PLUGIN, "The " + family.key() + " plugin [" + name + "] created"
                        + " nothing; its provider must return an instance");
            }
            return plugin;
        } catch (HololoomException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw new HololoomException(Category.PLUGIN, "The " + family.key() + " plugin [" + name + "] from ["
                    + PluginRegistry.locationOf(provider.getClass()) + "] failed to start: " + e, e);
        }
    }

    private String chosen(Family family) {
        String name = config.core().string(family.key(), "");
        if (name.isEmpty()) {
            throw new HololoomException(Category.CONFIGURATION, "No " + family.key() + " configured; set hololoom."
                    + family.key() + " to one of " + registry.names(family));
        }
        return name;
    }

    @Provides
    @Singleton
    LoomSettings settings() {
        return LoomSettings.from(config.core());
    }

    @Provides
    @Singleton
    CacheFactory cacheFactory() {
        return create(Family.CACHE, chosen(Family.CACHE));
    }

    @Provides
    @Singleton
    CachedEmbedder embedder(CacheFactory caches) {
        Embedder raw = create(Family.EMBEDDER, chosen(Family.EMBEDDER));
        PluginConfig core = config.core();
        Cache<CachedEmbedder.Key, float[]> cache = caches.create(new CacheSpec("embedding",
                core.integer("cache.embedding.size", 500, 1, 100_000_000),
                core.duration("cache.embedding.ttl", java.time.Duration.ofHours(1))));
        return new CachedEmbedder(raw, cache);
    }

    @Provides
    @Singleton
    Database database() {
        Database db = Database.open(config.home());
        closeables.push(db);
        return db;
    }

    @Provides
    @Singleton
    H2MemoryStore memory(Database db, CachedEmbedder embedder) {
        String transform = config.core().string("retrieval.transform", "pca");
        VectorIndex index;
        try {
            index = new VectorIndex(embedder.dimension(), ScaleTransforms.create(transform, embedder.dimension(), seed()),
                    MatryoshkaGate.defaults());
        } catch (IllegalArgumentException e) {
            throw config.core().invalid("retrieval.transform", transform, "one of " + ScaleTransforms.NAMES);
        }
        // opening loads the stored vectors with the persisted PCA fit, or fits once (and persists it) if none fits
        H2MemoryStore store = new H2MemoryStore(db, embedder, index, clock);
        if (config.core().bool("memory.builtin-corpus", true) && store.meta("builtin-corpus") == null) {
            // one fit on the whole corpus (when the automatic policy wants one), not one part-way through it
            // (at 256 vectors) and another at the end
            try (VectorIndex.Deferral ignored = index.deferAutoRefit()) {
                new Ingestor(store).ingestBuiltinCorpus();
                store.setMeta("builtin-corpus", "1");
            }
        }
        return store;
    }

    @Provides
    @Singleton
    Map<String, Tool> tools() {
        List<String> names = config.core().list("tools", List.of());
        if (names.isEmpty()) {
            throw new HololoomException(Category.CONFIGURATION, "No tools configured; set hololoom.tools to a"
                    + " comma-separated list of " + registry.names(Family.TOOL));
        }
        Map<String, Tool> tools = new LinkedHashMap<>();
        for (String name : names) {
            if (tools.containsKey(name)) {
                throw config.core().invalid("tools", String.join(",", names), "a list without duplicates");
            }
            tools.put(name, create(Family.TOOL, name));
        }
        return tools;
    }

    @Provides
    @Singleton
    ObservationEncoder encoder(LoomSettings settings, CachedEmbedder embedder) {
        return new ObservationEncoder(Math.min(settings.embeddingDims(), embedder.dimension()),
                config.core().decimal("encoder.embedding-weight", 1.0, 0, 100));
    }

    @Provides
    @Singleton
    ReflectionBuffer buffer(Database db) {
        return new ReflectionBuffer(db, config.core().integer("buffer.capacity", 1000, 1, 10_000_000));
    }

    @Provides
    @Singleton
    SpacetimeLog log(Database db) {
        SpacetimeLog log = new SpacetimeLog(db, 10_000);
        closeables.push(log);
        return log;
    }

    @Provides
    @Singleton
    Learner learner(ReflectionBuffer buffer, LoomSettings settings, ObservationEncoder encoder, CachedEmbedder embedder,
            Map<String, Tool> tools) {
        String policyName = chosen(Family.POLICY);
        Policy policy = create(Family.POLICY, policyName);
        String trainerName = chosen(Family.TRAINER);
        boolean trainerSet = config.lookup("hololoom.trainer")
                .map(v -> v.source() != io.hololoom.core.config.ConfigSource.DEFAULT).orElse(false);
        if (trainerSet && !registry.contains(Family.TRAINER, trainerName)) {
            registry.provider(Family.TRAINER, trainerName);
        }
        Optional<Trainer> trainer = policy instanceof TrainablePolicy
                ? Optional.of(create(Family.TRAINER, trainerName)) : Optional.empty();
        String rewardName = chosen(Family.REWARD);
        RewardFunction reward = create(Family.REWARD, rewardName);
        String compatibility = encoder.layoutId() + "|" + embedder.fingerprint() + "|" + tools.keySet()
                + trainer.map(t -> "|" + trainerName).orElse("");
        return new Learner(policy, policyName, reward, rewardName, buffer, trainer,
                new PolicyStore(config.home(), policyName, compatibility), settings.trainEvery(), clock);
    }

    @Provides
    @Singleton
    ToolRunner runner(LoomSettings settings) {
        ToolRunner runner = new ToolRunner(settings.maxOutput());
        closeables.push(runner);
        return runner;
    }

    @Provides
    @Singleton
    Loom loom(LoomSettings settings, CachedEmbedder embedder, H2MemoryStore memory, ObservationEncoder encoder,
            Learner learner, Map<String, Tool> tools, SpacetimeLog log, CacheFactory caches, ToolRunner runner) {
        PluginConfig core = config.core();
        Cache<Object, Spacetime> raw = caches.create(new CacheSpec("result",
                core.integer("cache.result.size", 50, 1, 100_000_000),
                core.duration("cache.result.ttl", java.time.Duration.ofMinutes(5))));
        @SuppressWarnings({"unchecked", "rawtypes"})
        Cache resultCache = raw;
        @SuppressWarnings("unchecked")
        Loom loom = new Loom(settings, embedder, memory, encoder, learner, tools, log, resultCache, runner, clock);
        return loom;
    }
}
