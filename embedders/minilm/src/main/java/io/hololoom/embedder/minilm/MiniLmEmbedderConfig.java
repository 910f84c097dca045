package io.hololoom.embedder.minilm;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.plugin.PluginConfig;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Settings of the {@code minilm} embedder (keys under {@code hololoom.embedder.minilm.}).
 *
 * <table>
 *   <caption>Keys</caption>
 *   <tr><th>key</th><th>default</th><th>range</th></tr>
 *   <tr><td>variant</td><td>int8</td><td>fp32, int8</td></tr>
 *   <tr><td>max-tokens</td><td>256</td><td>2..512</td></tr>
 *   <tr><td>batch-size</td><td>8</td><td>1..1024</td></tr>
 *   <tr><td>batch-tokens</td><td>256</td><td>1..1048576</td></tr>
 *   <tr><td>threads</td><td>1 when one text per pass (int8 as shipped), else 0 = ONNX Runtime's choice (one
 *   per core); see {@link #defaultThreads}</td><td>0..256</td></tr>
 *   <tr><td>spinning</td><td>false</td><td>true, false</td></tr>
 *   <tr><td>int8-batching</td><td>false</td><td>true, false</td></tr>
 *   <tr><td>cache-dir</td><td>{@code <data directory>/minilm}</td><td>a writable directory</td></tr>
 * </table>
 *
 * <p>{@code max-tokens} counts the {@code [CLS]} and {@code [SEP]} markers; the model's position table ends
 * at 512 but it was trained on 256. {@code threads}, {@code spinning} and {@code cache-dir} take effect when a
 * variant is first loaded in the process (the model is shared by all embedders of that variant). {@code int8} vectors depend
 * on the other texts of a forward pass (see {@link MiniLmVariant#batchInvariant()}), so {@code int8} runs one
 * text per pass unless {@code int8-batching=true} trades that reproducibility for throughput.
 *
 * @param variant which weights to run
 * @param maxTokens longer texts are truncated to this many tokens
 * @param batchSize {@link MiniLmEmbedder#embedAll} runs the model on at most this many texts at a time
 * @param batchTokens ... and on at most this many tokens (texts × longest text's tokens), but always one text
 * @param threads ONNX Runtime intra-op threads; 0 leaves the choice to ONNX Runtime (default: see
 *     {@link #defaultThreads})
 * @param spinning let ONNX Runtime's worker threads busy-wait between tasks (lower latency on an idle machine,
 *     wasted CPU and much slower runs on a busy one)
 * @param int8Batching let {@code int8} batch too, accepting vectors that vary slightly with their batch-mates
 * @param cacheDirectory where the model files are extracted ({@code models/}) and DJL unpacks its native
 *     libraries ({@code djl/}, unless {@code DJL_CACHE_DIR} is set)
 */
public record MiniLmEmbedderConfig(MiniLmVariant variant, int maxTokens, int batchSize, int batchTokens,
        int threads, boolean spinning, boolean int8Batching, Path cacheDirectory) {
    /** Chosen by measurement (module README): routes as well as fp32, ~2× faster per query, 60 % of the memory. */
    public static final MiniLmVariant DEFAULT_VARIANT = MiniLmVariant.INT8;
    public static final int DEFAULT_MAX_TOKENS = 256;
    public static final int MIN_MAX_TOKENS = 2;
    /** The model's position-embedding table has 512 rows. */
    public static final int MAX_MAX_TOKENS = 512;
    /** Measured on 2 cores: 8 short queries per pass beat 32 by 1.2-1.9× (module README). */
    public static final int DEFAULT_BATCH_SIZE = 8;
    public static final int MAX_BATCH_SIZE = 1024;
    /** Measured: short queries gain up to 8 per pass, 100-token paragraphs only 2; see the module README. */
    public static final int DEFAULT_BATCH_TOKENS = 256;
    public static final int MAX_BATCH_TOKENS = 1 << 20;
    /** {@code threads} value that leaves the number of intra-op threads to ONNX Runtime (one per core). */
    public static final int RUNTIME_THREADS = 0;
    public static final int MAX_THREADS = 256;

    public MiniLmEmbedderConfig {
        requireNonNull(variant, "variant is null");
        requireNonNull(cacheDirectory, "cacheDirectory is null");
        if (maxTokens < MIN_MAX_TOKENS || maxTokens > MAX_MAX_TOKENS) {
            throw new IllegalArgumentException("minilm max-tokens must be in [" + MIN_MAX_TOKENS + ", "
                    + MAX_MAX_TOKENS + "], was [" + maxTokens + "]");
        }
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("minilm batch-size must be in [1, " + MAX_BATCH_SIZE + "], was ["
                    + batchSize + "]");
        }
        if (batchTokens < 1 || batchTokens > MAX_BATCH_TOKENS) {
            throw new IllegalArgumentException("minilm batch-tokens must be in [1, " + MAX_BATCH_TOKENS + "], was ["
                    + batchTokens + "]");
        }
        if (threads < 0 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("minilm threads must be in [0, " + MAX_THREADS + "], was ["
                    + threads + "]");
        }
    }

    /** The defaults, extracting into {@code ${java.io.tmpdir}/hololoom-models/minilm}. */
    public static MiniLmEmbedderConfig defaults() {
        return defaults(DEFAULT_VARIANT);
    }

    /** The defaults for {@code variant} (its default {@code threads} included). */
    public static MiniLmEmbedderConfig defaults(MiniLmVariant variant) {
        requireNonNull(variant, "variant is null");
        return new MiniLmEmbedderConfig(variant, DEFAULT_MAX_TOKENS, DEFAULT_BATCH_SIZE, DEFAULT_BATCH_TOKENS,
                defaultThreads(variant, DEFAULT_BATCH_SIZE, false), false, false,
                Path.of(System.getProperty("java.io.tmpdir"), "hololoom-models", "minilm"));
    }

    /**
     * The default ONNX Runtime intra-op thread count: 1 when every forward pass holds one text (int8 as shipped,
     * or {@code batch-size} 1), because such passes already run side by side, one per core; otherwise
     * {@link #RUNTIME_THREADS} so that ONNX Runtime spreads a batched pass over the cores. Measured on 2 cores
     * (BENCHMARKS.md §3.5): int8 one text per pass embeds 16–40 % more texts per second with 1 thread than with
     * ONNX Runtime's 2, single texts are no slower, and the vectors are bit for bit the same.
     */
    public static int defaultThreads(MiniLmVariant variant, int batchSize, boolean int8Batching) {
        boolean batched = (variant.batchInvariant() || int8Batching) && batchSize > 1;
        return batched ? RUNTIME_THREADS : 1;
    }

    /**
     * Reads the settings.
     *
     * @param dataDirectory the data directory; the default cache directory is its {@code minilm} sub-directory
     * @throws io.hololoom.api.HololoomException (CONFIGURATION) naming the key for a bad value
     */
    public static MiniLmEmbedderConfig from(PluginConfig config, Path dataDirectory) {
        requireNonNull(config, "config is null");
        requireNonNull(dataDirectory, "dataDirectory is null");
        MiniLmVariant variant = MiniLmVariant.of(config.choice("variant", DEFAULT_VARIANT.id(), MiniLmVariant.ids()));
        int maxTokens = config.integer("max-tokens", DEFAULT_MAX_TOKENS, MIN_MAX_TOKENS, MAX_MAX_TOKENS);
        int batchSize = config.integer("batch-size", DEFAULT_BATCH_SIZE, 1, MAX_BATCH_SIZE);
        int batchTokens = config.integer("batch-tokens", DEFAULT_BATCH_TOKENS, 1, MAX_BATCH_TOKENS);
        boolean spinning = config.bool("spinning", false);
        boolean int8Batching = config.bool("int8-batching", false);
        int threads = config.integer("threads", defaultThreads(variant, batchSize, int8Batching), 0, MAX_THREADS);
        Path cacheDirectory = dataDirectory.resolve("minilm");
        String dir = config.string("cache-dir", "");
        if (!dir.isEmpty()) {
            try {
                cacheDirectory = Path.of(dir);
            } catch (InvalidPathException e) {
                throw config.invalid("cache-dir", dir, "a directory path");
            }
        }
        return new MiniLmEmbedderConfig(variant, maxTokens, batchSize, batchTokens, threads, spinning, int8Batching,
                cacheDirectory);
    }

    /** A copy with other batch limits. */
    public MiniLmEmbedderConfig withBatchLimits(int newBatchSize, int newBatchTokens) {
        return new MiniLmEmbedderConfig(variant, maxTokens, newBatchSize, newBatchTokens, threads, spinning,
                int8Batching, cacheDirectory);
    }

    /** A copy with another batch size. */
    public MiniLmEmbedderConfig withBatchSize(int newBatchSize) {
        return withBatchLimits(newBatchSize, batchTokens);
    }

    /** A copy with another {@code int8-batching} setting. */
    public MiniLmEmbedderConfig withInt8Batching(boolean enabled) {
        return new MiniLmEmbedderConfig(variant, maxTokens, batchSize, batchTokens, threads, spinning, enabled,
                cacheDirectory);
    }

    /** A copy with other ONNX Runtime thread settings. */
    public MiniLmEmbedderConfig withThreads(int newThreads, boolean newSpinning) {
        return new MiniLmEmbedderConfig(variant, maxTokens, batchSize, batchTokens, newThreads, newSpinning,
                int8Batching, cacheDirectory);
    }

    /** A copy extracting into another cache directory. */
    public MiniLmEmbedderConfig withCacheDirectory(Path directory) {
        return new MiniLmEmbedderConfig(variant, maxTokens, batchSize, batchTokens, threads, spinning, int8Batching,
                directory);
    }

    /** Texts per forward pass: {@link #batchSize()}, or 1 for a variant that is not batch-invariant. */
    public int effectiveBatchSize() {
        return variant.batchInvariant() || int8Batching ? batchSize : 1;
    }

    /**
     * Identifies the vectors: {@code minilm/<variant>}, plus {@code /max<n>} when {@code max-tokens} is not the
     * default (it changes the vectors of long texts) and {@code /batched} when {@code int8} batches (its
     * vectors then only approximate the unbatched ones). Batch size and threading do not change fp32 vectors.
     */
    public String fingerprint() {
        String f = MiniLmEmbedderProvider.NAME + "/" + variant.id();
        if (maxTokens != DEFAULT_MAX_TOKENS) {
            f += "/max" + maxTokens;
        }
        if (!variant.batchInvariant() && int8Batching) {
            f += "/batched";
        }
        return f;
    }
}
