package io.hololoom.embedder.minilm;

import static java.util.Objects.requireNonNull;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * One variant of MiniLM loaded into ONNX Runtime (through DJL), with its tokenizer.
 *
 * <p>{@link #embed} tokenizes, orders the texts by token count so each batch pads little, cuts batches by
 * count and by padded token total (long texts gain nothing from batching on a small CPU), pads each batch to
 * its longest member, runs the graph, mean-pools {@code last_hidden_state} over the attention mask and
 * L2-normalises. Padding is masked out of attention, so a text gets the same vector (to float rounding) in
 * any batch.
 *
 * <p><b>Thread safety:</b> safe. ONNX Runtime sessions allow concurrent {@code run} calls, the tokenizer is
 * immutable, and every call works in its own {@link NDManager}.
 */
final class LoadedModel {
    static final int DIMENSION = 384;
    static final String ENGINE = "OnnxRuntime";

    private final MiniLmVariant variant;
    private final TokenEncoder encoder;
    private final Model model;

    private LoadedModel(MiniLmVariant variant, TokenEncoder encoder, Model model) {
        this.variant = requireNonNull(variant, "variant is null");
        this.encoder = requireNonNull(encoder, "encoder is null");
        this.model = requireNonNull(model, "model is null");
    }

    /**
     * Loads the extracted files.
     *
     * @param threads ONNX Runtime intra-op threads, 0 for its default (one per core)
     * @param spinning whether ONNX Runtime's worker threads busy-wait for work
     */
    static LoadedModel load(MiniLmVariant variant, ModelFiles.Extracted files, int threads, boolean spinning)
            throws IOException, MalformedModelException, OrtException {
        HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.builder()
                .optTokenizerPath(files.tokenizer())
                .optAddSpecialTokens(true)
                .optMaxLength(TokenEncoder.TOKENIZER_MAX_LENGTH)
                .optTruncation(true)
                .optPadding(false)
                .build();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        Model model = null;
        try {
            if (threads > 0) {
                options.setIntraOpNumThreads(threads);
            }
            // busy-waiting workers steal the CPU from everything else in a busy process or machine
            options.addConfigEntry("session.intra_op.allow_spinning", spinning ? "1" : "0");
            // name the engine: the tokenizers jar registers a "Rust" engine that could otherwise be the default
            model = Model.newInstance("minilm-" + variant.id(), Device.cpu(), ENGINE);
            // DJL's ONNX Runtime engine takes a ready SessionOptions under this key (Criteria only passes strings)
            model.load(files.directory(), "model", Map.of("sessionOptions", options));
            return new LoadedModel(variant, new TokenEncoder(tokenizer), model);
        } catch (IOException | MalformedModelException | OrtException | RuntimeException e) {
            if (model != null) {
                model.close();
            }
            options.close();
            tokenizer.close();
            throw e;
        }
    }

    MiniLmVariant variant() {
        return variant;
    }

    /**
     * Unit vectors for {@code texts}, in order. A forward pass holds at most {@code batchSize} texts and at most
     * {@code batchTokens} tokens after padding (but always at least one text).
     */
    List<float[]> embed(List<String> texts, int maxTokens, int batchSize, int batchTokens) {
        int n = texts.size();
        long[][] ids = encoder.encode(texts, maxTokens);
        // longest first: batches of similar lengths waste little on padding, and each batch's first text
        // is its longest, which fixes its padded length
        if (n > 1 && batchSize == 1) {
            // one text per pass (int8 without batching): the passes are independent and each vector is exactly the
            // single-text one, so run them side by side; on 2 cores 906 queries take 1.0 s instead of 1.7 s
            float[][] single = new float[n][];
            IntStream.range(0, n).parallel().forEach(i -> single[i] = run(new long[][] {ids[i]})[0]);
            return new ArrayList<>(Arrays.asList(single));
        }
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> ids[i].length).reversed());
        float[][] out = new float[n][];
        int start = 0;
        while (start < n) {
            int longest = ids[order[start]].length;
            int size = Math.max(1, Math.min(batchSize, batchTokens / longest));
            int end = Math.min(n, start + size);
            long[][] batch = new long[end - start][];
            for (int k = start; k < end; k++) {
                batch[k - start] = ids[order[k]];
            }
            float[][] vectors = run(batch);
            for (int k = start; k < end; k++) {
                out[order[k]] = vectors[k - start];
            }
            start = end;
        }
        return new ArrayList<>(Arrays.asList(out));
    }

    /** One forward pass over {@code batch}, padded to its longest sequence. */
    private float[][] run(long[][] batch) {
        int b = batch.length;
        int length = 0;
        for (long[] seq : batch) {
            length = Math.max(length, seq.length);
        }
        long[] inputIds = new long[b * length];
        long[] attention = new long[b * length];
        for (int i = 0; i < b; i++) {
            System.arraycopy(batch[i], 0, inputIds, i * length, batch[i].length);
            Arrays.fill(attention, i * length, i * length + batch[i].length, 1L);
        }
        long[] tokenTypes = new long[b * length];
        Shape shape = new Shape(b, length);
        float[] hidden;
        try (NDManager manager = model.getNDManager().newSubManager()) {
            NDList inputs = new NDList(named(manager.create(inputIds, shape), "input_ids"),
                    named(manager.create(attention, shape), "attention_mask"),
                    named(manager.create(tokenTypes, shape), "token_type_ids"));
            NDList outputs = model.getBlock().forward(new ParameterStore(manager, false), inputs, false);
            hidden = outputs.get(0).toFloatArray();
        }
        if (hidden.length != b * length * DIMENSION) {
            throw new IllegalStateException("MiniLM [" + variant.id() + "] returned " + hidden.length
                    + " values for a batch of shape [" + b + ", " + length + "], expected " + b * length * DIMENSION);
        }
        float[][] vectors = new float[b][];
        for (int i = 0; i < b; i++) {
            vectors[i] = meanPoolAndNormalise(hidden, i * length * DIMENSION, batch[i].length);
        }
        return vectors;
    }

    private static NDArray named(NDArray array, String name) {
        array.setName(name);
        return array;
    }

    /**
     * The mean of the first {@code tokens} rows of one sequence's hidden states (the rows the attention mask
     * keeps), scaled to unit length; the zero vector if that mean is zero.
     */
    static float[] meanPoolAndNormalise(float[] hidden, int offset, int tokens) {
        double[] sum = new double[DIMENSION];
        for (int t = 0; t < tokens; t++) {
            int row = offset + t * DIMENSION;
            for (int d = 0; d < DIMENSION; d++) {
                sum[d] += hidden[row + d];
            }
        }
        double norm = 0;
        for (double s : sum) {
            norm += s * s;
        }
        norm = Math.sqrt(norm);
        float[] v = new float[DIMENSION];
        if (norm > 0 && Double.isFinite(norm)) {
            for (int d = 0; d < DIMENSION; d++) {
                v[d] = (float) (sum[d] / norm);
            }
        }
        return v;
    }
}
