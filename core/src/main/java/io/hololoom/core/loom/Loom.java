package io.hololoom.core.loom;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Cache;
import io.hololoom.api.CacheStats;
import io.hololoom.api.Decision;
import io.hololoom.api.Feedback;
import io.hololoom.api.HololoomException;
import io.hololoom.api.Observation;
import io.hololoom.api.PatternCard;
import io.hololoom.api.Policy;
import io.hololoom.api.Query;
import io.hololoom.api.Spacetime;
import io.hololoom.api.Tool;
import io.hololoom.api.ToolCall;
import io.hololoom.api.ToolResult;
import io.hololoom.api.Trace;
import io.hololoom.api.TraceError;
import io.hololoom.api.learn.Experience;
import io.hololoom.api.memory.ScoredShard;
import io.hololoom.core.reflect.Learner;
import io.hololoom.core.memory.H2MemoryStore;
import io.hololoom.core.reflect.SpacetimeLog;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The weaving cycle: validate → result cache → pattern card → features → retrieval → observation →
 * decision → tool run → Spacetime; and reflection: outcome + feedback → reward → experience → learning.
 *
 * <p>{@link #weave} never throws: every failure is recorded in the Spacetime (tool {@code error},
 * confidence 0). Thread-safe: many threads may weave on one loom.
 */
public final class Loom {
    /** What the result cache is keyed on: anything that changes the answer. */
    record ResultKey(String text, PatternCard card, long policyVersion, long memoryGeneration) {
    }

    private final LoomSettings settings;
    private final CachedEmbedder embedder;
    private final H2MemoryStore memory;
    private final ObservationEncoder encoder;
    private final Learner learner;
    private final Map<String, Tool> tools;
    private final List<String> actions;
    private final SpacetimeLog log;
    private final Cache<ResultKey, Spacetime> resultCache;
    private final ToolRunner runner;
    private final Clock clock;
    private final QueryValidator validator;

    public Loom(LoomSettings settings, CachedEmbedder embedder, H2MemoryStore memory, ObservationEncoder encoder,
            Learner learner, Map<String, Tool> tools, SpacetimeLog log, Cache<ResultKey, Spacetime> resultCache,
            ToolRunner runner, Clock clock) {
        this.settings = requireNonNull(settings, "settings is null");
        this.embedder = requireNonNull(embedder, "embedder is null");
        this.memory = requireNonNull(memory, "memory is null");
        this.encoder = requireNonNull(encoder, "encoder is null");
        this.learner = requireNonNull(learner, "learner is null");
        this.tools = new LinkedHashMap<>(requireNonNull(tools, "tools is null"));
        this.actions = List.copyOf(tools.keySet());
        this.log = requireNonNull(log, "log is null");
        this.resultCache = requireNonNull(resultCache, "resultCache is null");
        this.runner = requireNonNull(runner, "runner is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.validator = new QueryValidator(settings.maxQueryLength());
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("the loom needs at least one tool");
        }
    }

    /** Weaves with the policy exploring. */
    public Spacetime weave(String text) {
        return weave(Query.of(text), Policy.Mode.EXPLORE);
    }

    /** Weaves one query, using the result cache when the policy explores; never throws. */
    public Spacetime weave(Query query, Policy.Mode mode) {
        return weave(query, mode, true);
    }

    /**
     * Weaves one query; never throws.
     *
     * @param useCache whether a cached result may be served and this result cached (experiments turn it off so
     *     every episode is a fresh decision)
     */
    public Spacetime weave(Query query, Policy.Mode mode, boolean useCache) {
        requireNonNull(query, "query is null");
        requireNonNull(mode, "mode is null");
        Stopwatch watch = new Stopwatch();
        Instant started = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        String id = newId();
        String stage = "validation";
        List<String> warnings = new ArrayList<>();
        PatternCard card = query.card().orElse(PatternCard.BARE);
        try {
            QueryValidator.Clean clean = validator.validate(query.text());
            warnings.addAll(clean.warnings());
            String text = clean.text();
            watch.lap("validation");

            stage = "cache_lookup";
            card = settings.cardFor(text, query.card());
            ResultKey key = new ResultKey(normalise(text), card, learner.policy().version(), memory.generation());
            Optional<Spacetime> hit = useCache && mode == Policy.Mode.EXPLORE ? resultCache.get(key) : Optional.empty();
            if (hit.isPresent()) {
                Spacetime s = hit.get();
                List<String> allWarnings = new ArrayList<>(warnings);
                allWarnings.addAll(s.trace().warnings());
                Trace t = s.trace().asCached(started, watch.totalMs(), cacheStats());
                Trace trace = new Trace(t.startedAt(), t.durationMs(), t.stages(), t.motifs(), t.scales(), t.contextIds(),
                        t.embedder(), t.policy(), t.policyVersion(), t.strategy(), t.probabilities(), t.value(),
                        t.observation(), t.errors(), allWarnings.stream().distinct().toList(), t.caches(), true);
                Spacetime served = new Spacetime(id, text, s.card(), s.tool(), s.status(), s.response(),
                        s.confidence(), s.quality(), s.sources(), trace);
                log.record(served);
                return served;
            }
            watch.lap("cache_lookup");

            stage = "pattern_selection";
            int[] scales = card.scales(embedder.dimension());
            watch.lap("pattern_selection");

            stage = "feature_extraction";
            List<String> motifs = MotifVocabulary.detect(text);
            float[] embedding = embedder.embed(text);
            watch.lap("feature_extraction");

            stage = "retrieval";
            List<ScoredShard> context = searchable(embedding) ? memory.search(embedding, card.retrievalK(), scales)
                    : List.of();
            List<String> contextIds = context.stream().map(s -> s.shard().id()).toList();
            watch.lap("retrieval");

            stage = "warp";
            ContextFeatures features = ContextFeatures.of(context, memory.vectors(contextIds), card.retrievalK());
            float[] vector = encoder.encode(embedding, motifs, features, card, text);
            Observation observation = new Observation(vector, actions);
            watch.lap("warp");

            stage = "convergence";
            Decision decision = learner.policy().decide(observation, mode);
            long version = learner.policy().version();
            watch.lap("convergence");

            stage = "tool_execution";
            ToolCall call = new ToolCall(id, text, embedding, context, card.timeBudget());
            Tool tool = tools.get(decision.tool());
            ToolRunner.Outcome outcome = runner.run(decision.tool(), tool, call);
            watch.lap("tool_execution");

            stage = "assembly";
            ToolResult r = outcome.result();
            warnings.addAll(outcome.warnings());
            List<TraceError> errors = new ArrayList<>();
            if (r.status() == ToolResult.Status.ERROR || r.status() == ToolResult.Status.TIMEOUT) {
                errors.add(new TraceError("tool_execution", r.reason(),
                        outcome.errorType() == null ? r.status().name().toLowerCase(Locale.ROOT) : outcome.errorType()));
            }
            String response = r.isOk() ? r.output() : responseFor(decision.tool(), r);
            double confidence = confidence(r, decision);
            Map<String, Double> probabilities = new LinkedHashMap<>();
            double[] p = decision.probabilities();
            for (int i = 0; i < actions.size(); i++) {
                probabilities.put(actions.get(i), p[i]);
            }
            watch.lap("assembly");
            Trace trace = new Trace(started, watch.totalMs(), watch.stages(), motifs, toList(scales), contextIds,
                    embedder.fingerprint(), learner.policyName(), version, decision.strategy(), probabilities,
                    decision.value(), vector, errors, warnings, cacheStats(), false);
            Spacetime spacetime = new Spacetime(id, text, card, decision.tool(), r.status(), response, confidence,
                    r.quality(), r.sources(), trace);
            if (useCache && r.isOk() && tool.cacheable() && mode == Policy.Mode.EXPLORE) {
                resultCache.put(key, spacetime);
            }
            log.record(spacetime);
            return spacetime;
        } catch (HololoomException e) {
            return failed(id, query.text(), card, started, watch, stage, e.getMessage(),
                    e.isUserError() ? e.category().name().toLowerCase(Locale.ROOT) : "internal", warnings);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(id, query.text(), card, started, watch, stage, "internal error in stage [" + stage + "]: "
                    + e.getClass().getSimpleName(), e.getClass().getSimpleName(), warnings);
        }
    }

    private Spacetime failed(String id, String rawQuery, PatternCard card, Instant started, Stopwatch watch,
            String stage, String message, String type, List<String> warnings) {
        String query = rawQuery == null ? "" : rawQuery.length() > settings.maxQueryLength()
                ? rawQuery.substring(0, Math.min(rawQuery.length(), 200)) + "… (" + rawQuery.length() + " characters)"
                : rawQuery;
        Trace trace = new Trace(started, watch.totalMs(), watch.stages(), List.of(), List.of(), List.of(),
                embedder.fingerprint(), learner.policyName(), learner.policy().version(), "none", Map.of(), Double.NaN,
                new float[0], List.of(new TraceError(stage, message, type)), warnings, cacheStats(), false);
        Spacetime s = new Spacetime(id, query, card, Spacetime.ERROR_TOOL, ToolResult.Status.ERROR, message, 0,
                Double.NaN, List.of(), trace);
        try {
            log.record(s);
        } catch (RuntimeException ignored) {
            // the failure itself is what the caller needs to see; a log write failing must not hide it
        }
        return s;
    }

    private static String responseFor(String tool, ToolResult r) {
        return switch (r.status()) {
            case REFUSED -> "The " + tool + " tool could not handle this: " + r.reason();
            case TIMEOUT -> "The " + tool + " tool ran out of time: " + r.reason();
            default -> "The " + tool + " tool failed: " + r.reason();
        };
    }

    /**
     * Confidence of a Spacetime: 0 unless the tool succeeded; otherwise the mean of the policy's probability for
     * the tool and the tool's own quality (the probability alone if the tool cannot judge itself).
     */
    static double confidence(ToolResult r, Decision d) {
        if (!r.isOk()) {
            return 0;
        }
        double p = d.probability();
        double c = Double.isNaN(r.quality()) ? p : 0.5 * p + 0.5 * r.quality();
        return Math.max(0, Math.min(1, c));
    }

    /**
     * Turns what happened and what the user said into a reward and an experience, and lets the policy learn.
     *
     * @return the stored experience, or empty when the Spacetime failed before a decision was made
     * @throws HololoomException (CONFIGURATION) if the reward function returns a non-finite value
     */
    public Optional<Experience> reflect(Spacetime spacetime, Feedback feedback) {
        return learner.reflect(spacetime, feedback);
    }

    /** Finds a recorded Spacetime by id. */
    public Optional<Spacetime> find(String id) {
        return log.find(id);
    }

    /** The observation the policy would see for {@code text} (no tool runs), e.g. for warm starts. */
    public Observation observe(String text, PatternCard card) {
        String clean = validator.validate(text).text();
        PatternCard c = card == null ? settings.cardFor(clean, Optional.empty()) : card;
        float[] embedding = embedder.embed(clean);
        List<ScoredShard> context = searchable(embedding)
                ? memory.search(embedding, c.retrievalK(), c.scales(embedder.dimension())) : List.of();
        List<String> ids = context.stream().map(s -> s.shard().id()).toList();
        ContextFeatures f = ContextFeatures.of(context, memory.vectors(ids), c.retrievalK());
        return new Observation(encoder.encode(embedding, MotifVocabulary.detect(clean), f, c, clean), actions);
    }

    /** A query without features (zero vector) has no direction to search by; an empty store has nothing. */
    private boolean searchable(float[] embedding) {
        if (memory.index().size() == 0) {
            return false;
        }
        for (float x : embedding) {
            if (x != 0f) {
                return true;
            }
        }
        return false;
    }

    public List<String> actions() {
        return actions;
    }

    public Learner learner() {
        return learner;
    }

    public Map<String, CacheStats> cacheStats() {
        Map<String, CacheStats> m = new LinkedHashMap<>();
        m.put("result", resultCache.stats());
        m.put("embedding", embedder.cache().stats());
        return m;
    }

    static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static List<Integer> toList(int[] a) {
        List<Integer> out = new ArrayList<>(a.length);
        for (int x : a) {
            out.add(x);
        }
        return out;
    }

    private static String newId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** Per-stage wall-clock timing. */
    private static final class Stopwatch {
        private final long start = System.nanoTime();
        private long last = start;
        private final Map<String, Double> stages = new LinkedHashMap<>();

        void lap(String stage) {
            long now = System.nanoTime();
            stages.put(stage, (now - last) / 1e6);
            last = now;
        }

        double totalMs() {
            return (System.nanoTime() - start) / 1e6;
        }

        Map<String, Double> stages() {
            return stages;
        }
    }
}
