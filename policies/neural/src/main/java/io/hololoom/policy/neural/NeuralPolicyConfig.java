package io.hololoom.policy.neural;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.plugin.PluginConfig;
import java.util.Arrays;
import java.util.List;

/**
 * Settings of the {@code neural} policy (keys under {@code hololoom.policy.neural.}).
 *
 * @param backend {@code backend}, {@code java} (default) or {@code nd4j}. Chosen by the learning benchmark
 *     ({@code io.hololoom.benchmarks.learning.NetworkBenchmark}, observation 400, hidden 128, 5 actions): ND4J
 *     is about twice as fast for a batch-64 forward+backward, but the plain-Java network is several times faster
 *     for the single-row forward of every decision and needs no native start-up (seconds, ~400 MB unpacked)
 * @param hiddenSizes {@code hidden-sizes}, default {@code 64,64}: hidden layer widths of both the actor and the
 *     critic MLP, 1 to {@value #MAX_LAYERS} layers, each in [1, {@value #MAX_WIDTH}]
 * @param seed {@code seed}, default the run's seed ({@code hololoom.seed}): initial weights and sampling
 * @param observationSize {@code observation-size}, default 0 = taken from the first observation decided on
 * @param actionCount {@code action-count}, default 0 = taken from the first observation's action list; set
 *     both or neither
 */
public record NeuralPolicyConfig(Backend backend, List<Integer> hiddenSizes, long seed, int observationSize,
        int actionCount) {
    public static final Backend DEFAULT_BACKEND = Backend.JAVA;
    public static final int[] DEFAULT_HIDDEN = {64, 64};
    public static final int MAX_LAYERS = 8;
    public static final int MAX_WIDTH = 4096;
    public static final int MAX_OBSERVATION = 1 << 20;
    public static final int MAX_ACTIONS = 1 << 16;

    public NeuralPolicyConfig {
        requireNonNull(backend, "backend is null");
        hiddenSizes = List.copyOf(requireNonNull(hiddenSizes, "hiddenSizes is null"));
        if (hiddenSizes.isEmpty() || hiddenSizes.size() > MAX_LAYERS
                || hiddenSizes.stream().anyMatch(h -> h < 1 || h > MAX_WIDTH)) {
            throw new IllegalArgumentException("neural hidden sizes must be 1 to " + MAX_LAYERS + " widths in [1, "
                    + MAX_WIDTH + "], were " + hiddenSizes);
        }
        if (observationSize < 0 || actionCount < 0 || (observationSize == 0) != (actionCount == 0)) {
            throw new IllegalArgumentException("neural observation size and action count must both be 0 (taken from"
                    + " the first observation) or both positive, were [" + observationSize + ", " + actionCount + "]");
        }
    }

    public static NeuralPolicyConfig defaults(long seed) {
        return new NeuralPolicyConfig(DEFAULT_BACKEND, List.of(64, 64), seed, 0, 0);
    }

    /**
     * Reads the settings.
     *
     * @param runSeed the run's seed, used unless {@code seed} is set
     * @throws io.hololoom.api.HololoomException (CONFIGURATION) naming the key for a bad value
     */
    public static NeuralPolicyConfig from(PluginConfig config, long runSeed) {
        requireNonNull(config, "config is null");
        String backendName = config.choice("backend", DEFAULT_BACKEND.configName(), Backend.ND4J.configName(),
                Backend.JAVA.configName());
        int[] hidden = config.integers("hidden-sizes", DEFAULT_HIDDEN, 1, MAX_WIDTH);
        if (hidden.length == 0 || hidden.length > MAX_LAYERS) {
            throw config.invalid("hidden-sizes", Arrays.toString(hidden), "1 to " + MAX_LAYERS
                    + " comma-separated widths such as 64,64");
        }
        long seed = config.longValue("seed", runSeed, Long.MIN_VALUE, Long.MAX_VALUE);
        int observationSize = config.integer("observation-size", 0, 0, MAX_OBSERVATION);
        int actionCount = config.integer("action-count", 0, 0, MAX_ACTIONS);
        if ((observationSize == 0) != (actionCount == 0)) {
            throw config.invalid(observationSize == 0 ? "observation-size" : "action-count", "0",
                    "a positive size when the other of observation-size / action-count is set (set both or neither)");
        }
        return new NeuralPolicyConfig(Backend.of(backendName), Arrays.stream(hidden).boxed().toList(), seed,
                observationSize, actionCount);
    }

    /** The hidden sizes as an array. */
    public int[] hidden() {
        return hiddenSizes.stream().mapToInt(Integer::intValue).toArray();
    }

    /** True when the network's sizes are configured, so it is built at start rather than at the first decide. */
    public boolean sizesConfigured() {
        return observationSize > 0;
    }
}
