package io.hololoom.embedder.minilm;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Loads each MiniLM variant at most once and shares it. {@link #SHARED} is the process-wide registry every
 * {@link MiniLmEmbedder} uses unless a test passes its own.
 *
 * <p>A failed load is not remembered: the next call tries again (the user may have fixed the cause).
 *
 * <p><b>Thread safety:</b> safe; a load holds only its own variant's lock, readers of a loaded variant take
 * no lock.
 */
final class ModelRegistry {
    /** The registry of this class loader: one loaded model per variant per process. */
    static final ModelRegistry SHARED = new ModelRegistry();

    private final Map<MiniLmVariant, Slot> slots;

    ModelRegistry() {
        Map<MiniLmVariant, Slot> map = new EnumMap<>(MiniLmVariant.class);
        for (MiniLmVariant v : MiniLmVariant.values()) {
            map.put(v, new Slot());
        }
        this.slots = map;
    }

    /**
     * The loaded model of {@code config.variant()}, loading it first if needed (with {@code config}'s threading
     * and cache directory; later configs re-use the loaded model as it is).
     *
     * @throws HololoomException (PLUGIN) if the model cannot be extracted or loaded
     */
    LoadedModel get(MiniLmEmbedderConfig config) {
        requireNonNull(config, "config is null");
        return slots.get(config.variant()).get(config);
    }

    boolean isLoaded(MiniLmVariant variant) {
        return slots.get(variant).model != null;
    }

    /** How many times {@code variant} was loaded by this registry: 0, or 1 once loaded (failed loads do not count). */
    int loadCount(MiniLmVariant variant) {
        return slots.get(variant).loads();
    }

    private static final class Slot {
        private volatile LoadedModel model;
        private int loads;

        LoadedModel get(MiniLmEmbedderConfig config) {
            LoadedModel m = model;
            if (m != null) {
                return m;
            }
            synchronized (this) {
                if (model == null) {
                    model = load(config);
                    loads++;
                }
                return model;
            }
        }

        synchronized int loads() {
            return loads;
        }
    }

    /** DJL's engine fails this way (and stays failed) when someone else called OrtEnvironment.getEnvironment first. */
    private static boolean ortEnvironmentTakenFirst(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.contains("OrtEnvironment") && m.contains("already exists")) {
                return true;
            }
        }
        return false;
    }

    private static LoadedModel load(MiniLmEmbedderConfig config) {
        MiniLmVariant variant = config.variant();
        Path cache = config.cacheDirectory();
        NativeSettings.applyDefaults(cache);
        ModelFiles.Extracted files = ModelFiles.extract(variant, cache.resolve("models"));
        try {
            return LoadedModel.load(variant, files, config.threads(), config.spinning());
        } catch (Exception | LinkageError e) {
            if (ortEnvironmentTakenFirst(e)) {
                throw new HololoomException(Category.PLUGIN, "Could not load the MiniLM model [" + variant.id()
                        + "]: another library in this process created the ONNX Runtime environment before DJL "
                        + "could (DJL's ONNX Runtime engine must create it). Load the MiniLM embedder first "
                        + "(MiniLmEmbedder.preload() at start-up) or remove the other ONNX Runtime user", e);
            }
            throw new HololoomException(Category.PLUGIN, "Could not load the MiniLM model [" + variant.id()
                    + "] from [" + files.directory() + "] with ONNX Runtime: " + e + ". Check that DJL's "
                    + "onnxruntime-engine and tokenizers jars are on the class path and this platform ("
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ") is supported; "
                    + "delete that directory if the files may be damaged, or choose hololoom.embedder=hashing", e);
        }
    }
}
