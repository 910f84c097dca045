package io.hololoom.api;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a Spacetime was made.
 *
 * @param startedAt when weaving started
 * @param durationMs total wall time in milliseconds
 * @param stages per-stage wall time in milliseconds, in the order the stages ran
 * @param motifs motif names detected in the query
 * @param scales embedding scales used, ascending
 * @param contextIds ids of the retrieved shards, best first
 * @param embedder the embedder's fingerprint
 * @param policy the policy's plugin name
 * @param policyVersion the policy's version when it decided
 * @param strategy how the decision was made
 * @param probabilities the policy's probability for each tool when it decided
 * @param value the policy's value estimate, NaN if none
 * @param observation the encoded observation the policy saw
 * @param errors failures recorded instead of thrown
 * @param warnings non-fatal problems (e.g. a truncated output)
 * @param caches statistics of each cache at the end of the weave
 * @param cached whether the result came from the result cache
 */
public record Trace(Instant startedAt, double durationMs, Map<String, Double> stages, List<String> motifs,
        List<Integer> scales, List<String> contextIds, String embedder, String policy, long policyVersion,
        String strategy, Map<String, Double> probabilities, double value, float[] observation,
        List<TraceError> errors, List<String> warnings, Map<String, CacheStats> caches, boolean cached) {

    public Trace {
        requireNonNull(startedAt, "startedAt is null");
        stages = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(stages, "stages is null")));
        motifs = List.copyOf(requireNonNull(motifs, "motifs is null"));
        scales = List.copyOf(requireNonNull(scales, "scales is null"));
        contextIds = List.copyOf(requireNonNull(contextIds, "contextIds is null"));
        requireNonNull(embedder, "embedder is null");
        requireNonNull(policy, "policy is null");
        requireNonNull(strategy, "strategy is null");
        probabilities = Collections.unmodifiableMap(
                new LinkedHashMap<>(requireNonNull(probabilities, "probabilities is null")));
        observation = requireNonNull(observation, "observation is null").clone();
        errors = List.copyOf(requireNonNull(errors, "errors is null"));
        warnings = List.copyOf(requireNonNull(warnings, "warnings is null"));
        caches = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(caches, "caches is null")));
    }

    @Override
    public float[] observation() {
        return observation.clone();
    }

    /** The same trace marked as served from the result cache, with fresh timing and cache statistics. */
    public Trace asCached(Instant at, double durationMs, Map<String, CacheStats> caches) {
        return new Trace(at, durationMs, Map.of("cache_lookup", durationMs), motifs, scales, contextIds,
                embedder, policy, policyVersion, strategy, probabilities, value, observation, errors, warnings,
                caches, true);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Trace t && t.startedAt.equals(startedAt) && t.durationMs == durationMs
                && t.stages.equals(stages) && t.motifs.equals(motifs) && t.scales.equals(scales)
                && t.contextIds.equals(contextIds) && t.policy.equals(policy) && t.policyVersion == policyVersion
                && Arrays.equals(t.observation, observation) && t.errors.equals(errors)
                && t.warnings.equals(warnings) && t.cached == cached;
    }

    @Override
    public int hashCode() {
        return startedAt.hashCode() * 31 + contextIds.hashCode();
    }
}
