package io.hololoom.core.retrieval;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.IntStream;

/**
 * An in-memory nearest-neighbour index over unit embeddings, searched exactly or coarse-to-fine
 * ("Matryoshka gating").
 *
 * <p>Vectors are stored once, already {@linkplain ScaleTransform transformed}, in contiguous row-major float
 * arrays, one per band of dimensions (edges at ⅛, ¼, ½ of the dimension), so the coarse pass at scale
 * {@code s} streams only the first {@code s} coordinates of every row and touches nothing else. A
 * {@link #search coarse-to-fine search} shortlists on the smallest scale, narrows on the next ones as the
 * {@link MatryoshkaGate gate} says, and re-ranks the survivors at the full dimension: returned scores are
 * always exact full-dimension cosines; only which vectors reach the last step is approximate.
 *
 * <p>With a fittable transform ({@code pca}) the index fits it on its own vectors: automatically as it grows
 * (see {@link #refit()}), or when asked. A fit can be kept and given back to a new, empty index with
 * {@link #restoreFit} (see {@link TransformCodec}), so a store that reopens loads its vectors straight into the
 * fitted space instead of refitting; a {@link FitListener} hears of every fit, to persist it.
 *
 * <p><b>Thread-safety:</b> safe for concurrent use. Searches run in parallel under a read lock; {@link #add} and
 * {@link #remove} take the write lock briefly ({@link #addAll} projects its vectors before taking it).
 * {@link #refit()} fits the new transform and re-projects a snapshot of the vectors without holding a lock, then
 * swaps the result in under the write lock.
 *
 * <p><b>Bad input:</b> vectors and queries of the wrong length, with non-finite values or all zeros, a null or
 * blank id, a non-positive {@code k}, or scales outside {@code [1, dimension]} or not ascending throw
 * {@link IllegalArgumentException}. Vectors are normalised on the way in, so near-unit input is fine.
 */
public final class VectorIndex {
    /**
     * One search result.
     *
     * @param id the id the vector was added with
     * @param score the cosine similarity to the query at full dimension, in [-1, 1] up to float rounding
     */
    public record Hit(String id, double score) {
        public Hit {
            requireNonNull(id, "id is null");
            if (!Double.isFinite(score)) {
                throw new IllegalArgumentException("score is not finite");
            }
        }
    }

    /**
     * Hears of every fit the index installs ({@link #refit()}, automatic or asked for), e.g. to persist it.
     * Called on the thread that ran the fit, after the new transform is in use, holding no lock that searches,
     * adds or removes take (only the one that orders refits, so fits are reported in the order they happened).
     * It must not call {@link #refit()}; an exception it throws reaches the caller of {@code add}/{@code refit}.
     */
    @FunctionalInterface
    public interface FitListener {
        /**
         * @param transform the transform now in use
         * @param vectorCount how many vectors the index held when it was installed (the next automatic refit
         *        happens at twice this many)
         */
        void fitted(ScaleTransform transform, int vectorCount);
    }

    private static final int INITIAL_CAPACITY = 64;
    /** A fittable transform is first fitted automatically when the index reaches this many vectors. */
    static final int AUTO_REFIT_FIRST = 256;
    /**
     * Automatic refits happen each time the index doubles, up to this size; PCA fits on at most
     * {@link PcaTransform#MAX_SAMPLE} vectors anyway, so later refits would mostly cost time.
     */
    static final int AUTO_REFIT_LAST = 16_384;

    private final int dimension;
    private final MatryoshkaGate gate;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final ReentrantLock refitLock = new ReentrantLock();
    private final AtomicInteger fits = new AtomicInteger();
    /** Open {@link #deferAutoRefit} scopes: while positive, adds do not trigger the automatic refit. */
    private final AtomicInteger deferrals = new AtomicInteger();
    private volatile FitListener fitListener;

    // guarded by lock
    private ScaleTransform transform;
    private BandedRows rows;
    private String[] ids;
    private final Map<String, Integer> rowOf = new HashMap<>();
    private int size;
    /** Changes on every add and remove: a refit that raced with one redoes its re-projection. */
    private long modifications;
    /** The size at the last fit or {@linkplain #restoreFit restored fit} (0 before any). */
    private int fittedSize;

    /**
     * @param dimension the embedding dimension
     * @param transform where prefixes are taken; its dimension must equal {@code dimension}
     * @param gate how many candidates each coarse stage keeps
     */
    public VectorIndex(int dimension, ScaleTransform transform, MatryoshkaGate gate) {
        this.dimension = ScaleTransforms.checkDimension(dimension);
        this.transform = requireNonNull(transform, "transform is null");
        this.gate = requireNonNull(gate, "gate is null");
        if (transform.dimension() != dimension) {
            throw new IllegalArgumentException("scale transform [" + transform.name() + "] has dimension ["
                    + transform.dimension() + "] but the index has dimension [" + dimension + "]");
        }
        this.rows = new BandedRows(dimension, INITIAL_CAPACITY);
        this.ids = new String[INITIAL_CAPACITY];
    }

    public int dimension() {
        return dimension;
    }

    public MatryoshkaGate gate() {
        return gate;
    }

    /** The transform in use (after {@link #refit()}, the fitted one). */
    public ScaleTransform transform() {
        lock.readLock().lock();
        try {
            return transform;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * How many fits this index has computed and installed ({@link #refit()}, automatic or asked for); a
     * {@linkplain #restoreFit restored} fit is not counted. Lets a caller see whether opening a store refitted.
     */
    public int fitCount() {
        return fits.get();
    }

    /** The number of vectors the current fit was made on (or restored with); 0 before any fit. */
    public int fittedSize() {
        lock.readLock().lock();
        try {
            return fittedSize;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Sets who hears of fits (null for nobody), replacing any earlier listener. */
    public void fitListener(FitListener listener) {
        this.fitListener = listener;
    }

    /**
     * Makes {@code fitted}, a transform fitted earlier on {@code vectorCount} vectors and kept (see
     * {@link TransformCodec}), the transform of this still empty index, without fitting anything. Vectors
     * added afterwards are projected with it, and the automatic refit policy goes on from {@code vectorCount}:
     * the next refit happens when the index holds twice as many. The {@link FitListener} is not called.
     *
     * @throws IllegalStateException if the index is not empty
     * @throws IllegalArgumentException if {@code fitted} is not a fitted transform of the same name and dimension
     *         as the index's, or {@code vectorCount < 0}
     */
    public void restoreFit(ScaleTransform fitted, int vectorCount) {
        requireNonNull(fitted, "fitted is null");
        if (vectorCount < 0) {
            throw new IllegalArgumentException("vectorCount must not be negative, was [" + vectorCount + "]");
        }
        refitLock.lock();
        lock.writeLock().lock();
        try {
            if (size != 0) {
                throw new IllegalStateException("a fit can only be restored into an empty index; this one holds ["
                        + size + "] vectors");
            }
            if (!fitted.name().equals(transform.name()) || fitted.dimension() != dimension
                    || !TransformCodec.persistable(fitted)) {
                throw new IllegalArgumentException("cannot restore [" + fitted + "] into an index using ["
                        + transform + "]: it needs a fitted transform of the same name and dimension");
            }
            transform = fitted;
            fittedSize = vectorCount;
        } finally {
            lock.writeLock().unlock();
            refitLock.unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return size;
        } finally {
            lock.readLock().unlock();
        }
    }

    public boolean contains(String id) {
        lock.readLock().lock();
        try {
            return rowOf.containsKey(id);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Adds {@code vector} under {@code id}, replacing any vector already stored under that id.
     *
     * @throws IllegalArgumentException for a null or blank id, or a vector of the wrong length, with
     *         non-finite values or all zeros
     */
    public void add(String id, float[] vector) {
        checkId(id);
        float[] unit = VectorMath.normalizedCopy(vector, dimension, "vector [" + id + "]");
        lock.writeLock().lock();
        try {
            put(id, unit);
        } finally {
            lock.writeLock().unlock();
        }
        maybeAutoRefit();
    }

    /**
     * Adds every entry of {@code vectors} as {@link #add} would, with at most one automatic refit at the end: the
     * way to load a store at start-up. Nothing is added if any entry is bad. The vectors are projected into the
     * transform's space before the write lock is taken (on the common fork-join pool when there are many), so
     * searches go on meanwhile; they are stored under one lock.
     *
     * @throws IllegalArgumentException as {@link #add}, naming the bad entry
     */
    public void addAll(Map<String, float[]> vectors) {
        requireNonNull(vectors, "vectors is null");
        int n = vectors.size();
        String[] newIds = new String[n];
        float[][] units = new float[n][];
        int i = 0;
        for (Map.Entry<String, float[]> e : vectors.entrySet()) {
            checkId(e.getKey());
            newIds[i] = e.getKey();
            units[i++] = VectorMath.normalizedCopy(e.getValue(), dimension, "vector [" + e.getKey() + "]");
        }
        ScaleTransform using = transform();
        float[][] projected = projectAll(using, units);
        lock.writeLock().lock();
        try {
            if (transform != using) {
                // a refit installed another transform meanwhile (rare): project again, with it
                projected = projectAll(transform, units);
            }
            for (int k = 0; k < n; k++) {
                store(newIds[k], projected[k]);
            }
        } finally {
            lock.writeLock().unlock();
        }
        maybeAutoRefit();
    }

    /** Below this many vectors {@link #addAll} projects on the calling thread only. */
    private static final int PARALLEL_PROJECTION = 2_048;

    private float[][] projectAll(ScaleTransform t, float[][] units) {
        float[][] out = new float[units.length][];
        if (copies(t)) {
            // rows.set copies anyway, and these arrays are ours
            System.arraycopy(units, 0, out, 0, units.length);
            return out;
        }
        // projecting is a d × d matrix-vector product per vector: for a large store it is most of the loading time
        IntStream range = IntStream.range(0, units.length);
        (units.length >= PARALLEL_PROJECTION ? range.parallel() : range).forEach(k -> out[k] = project(t, units[k]));
        return out;
    }

    private static void checkId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("vector id is null or blank");
        }
    }

    /** Stores a unit vector. Caller holds the write lock. */
    private void put(String id, float[] unit) {
        store(id, project(transform, unit));
    }

    /** {@code unit} in {@code t}'s space, as stored in the rows. */
    private static float[] project(ScaleTransform t, float[] unit) {
        float[] projected = t.apply(unit);
        if (!copies(t)) {
            // as reproject() does: a row is then the same bits whether it was projected on the way in (a restored
            // fit) or re-projected by a refit, so a restored fit searches exactly like a fresh one
            VectorMath.normalizeInPlace(projected);
        }
        return projected;
    }

    /** Stores a row already in the transform's space. Caller holds the write lock. */
    private void store(String id, float[] projected) {
        Integer row = rowOf.get(id);
        if (row == null) {
            ensureCapacity(size + 1);
            row = size++;
            rowOf.put(id, row);
            ids[row] = id;
        }
        rows.set(row, projected);
        modifications++;
    }

    /** Whether {@code t} copies vectors unchanged (then a unit vector stays as it is). */
    private static boolean copies(ScaleTransform t) {
        return t instanceof IdentityTransform || (t instanceof PcaTransform pca && !pca.fitted());
    }

    /** Ends a {@link #deferAutoRefit} scope. */
    public interface Deferral extends AutoCloseable {
        /** Ends the scope; the automatic refit that is due (if any) runs now, on the calling thread. */
        @Override
        void close();
    }

    /**
     * Holds back the automatic refit until the returned scope is closed, for a bulk load that arrives in several
     * {@link #add}/{@link #addAll} calls (a store's built-in corpus, embedded in batches): without it the
     * automatic policy fits at 256 vectors part-way through and the load's end would want another fit on all of
     * it. Searches and adds work as usual meanwhile. Scopes nest; closing one twice has no further effect.
     */
    public Deferral deferAutoRefit() {
        deferrals.incrementAndGet();
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (open.compareAndSet(true, false)) {
                deferrals.decrementAndGet();
                maybeAutoRefit();
            }
        };
    }

    private void maybeAutoRefit() {
        if (deferrals.get() > 0) {
            return;
        }
        if (autoRefitDue() && refitLock.tryLock()) {
            // tryLock: if another thread is already refitting, this add does not wait for it
            try {
                if (autoRefitDue()) {
                    refit();
                }
            } finally {
                refitLock.unlock();
            }
        }
    }

    /** Whether a fittable transform should be refitted now: at 256 vectors, then each doubling up to 16,384. */
    private boolean autoRefitDue() {
        lock.readLock().lock();
        try {
            if (!transform.fittable()) {
                return false;
            }
            long next = fittedSize == 0 ? AUTO_REFIT_FIRST : 2L * fittedSize;
            return next <= AUTO_REFIT_LAST && size >= next;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Removes the vector stored under {@code id}; returns false if there was none. */
    public boolean remove(String id) {
        lock.writeLock().lock();
        try {
            Integer row = rowOf.remove(id);
            if (row == null) {
                return false;
            }
            int last = size - 1;
            if (row != last) {
                // keep rows contiguous: the last row moves into the hole
                rows.move(last, row);
                ids[row] = ids[last];
                rowOf.put(ids[row], row);
            }
            ids[last] = null;
            size--;
            modifications++;
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * The {@code k} vectors most similar to {@code query}, best first, found coarse-to-fine: shortlist on the
     * first {@code scales[0]} coordinates of the transformed vectors, narrow on each further scale below the
     * full dimension as the gate says, then re-rank at full dimension. Scales equal to the dimension are
     * allowed (the full re-rank always happens); an empty array means an exact search.
     *
     * @param scales ascending prefix lengths in {@code [1, dimension]}, e.g. {@code PatternCard.scales(dimension)}
     * @throws IllegalArgumentException for a bad query, {@code k < 1} or bad scales
     */
    public List<Hit> search(float[] query, int k, int[] scales) {
        return search(query, k, scales, gate);
    }

    /**
     * As {@link #search(float[], int, int[])} with another gate for this one search, e.g. a wider shortlist for
     * a pattern card that asks for more recall.
     */
    public List<Hit> search(float[] query, int k, int[] scales, MatryoshkaGate gate) {
        requireNonNull(gate, "gate is null");
        int[] coarse = coarseScales(scales);
        float[] unit = VectorMath.normalizedCopy(query, dimension, "query");
        checkK(k);
        lock.readLock().lock();
        try {
            float[] q = transform.apply(unit);
            int[] candidates = null;
            int count = size;
            for (int stage = 0; stage < coarse.length && count > k; stage++) {
                int keep = gate.keep(stage, k, count);
                if (keep >= count) {
                    continue;
                }
                candidates = gate.mode() == MatryoshkaGate.Mode.SHORTLIST
                        ? Stages.shortlist(rows, q, coarse[stage], candidates, count, keep)
                        : Stages.threshold(rows, q, coarse[stage], candidates, count, keep,
                                gate.threshold(stage), gate.minCandidates());
                count = candidates.length;
            }
            return rank(q, candidates, count, k);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The {@code k} vectors most similar to {@code query} by brute force at full dimension, best first.
     *
     * @throws IllegalArgumentException for a bad query or {@code k < 1}
     */
    public List<Hit> searchExact(float[] query, int k) {
        return search(query, k, new int[0]);
    }

    /**
     * Re-fits a {@linkplain ScaleTransform#fittable() fittable} transform (PCA) on the vectors now stored and
     * re-projects them; does nothing for fixed transforms or fewer than two vectors. Searches, adds and removes
     * go on while the new projection is computed (if the index changes meanwhile, the projection is redone;
     * the third time under the write lock).
     *
     * <p>{@link #add} and {@link #addAll} already refit automatically when the index reaches 256 vectors and each
     * time it doubles, counted from the size at the last fit (or the {@linkplain #restoreFit restored} one), up to
     * 16,384; {@link #addAll} at most once, at its end. Call this to fit a smaller index, or when the stored
     * material has changed a lot. The {@link FitListener}, if any, hears of the new fit.
     */
    public void refit() {
        refitLock.lock();
        try {
            ScaleTransform old;
            List<float[]> originals;
            lock.readLock().lock();
            try {
                old = transform;
                if (!old.fittable() || size < 2) {
                    return;
                }
                originals = originals(old);
            } finally {
                lock.readLock().unlock();
            }
            ScaleTransform fitted = old.fit(originals);
            int installedSize = installReprojected(old, fitted);
            fits.incrementAndGet();
            FitListener listener = fitListener;
            if (listener != null) {
                listener.fitted(fitted, installedSize);
            }
        } finally {
            refitLock.unlock();
        }
    }

    /**
     * Re-projects the rows from {@code old}'s space into {@code fitted}'s and installs both; returns the size at
     * installation. Caller holds the refit lock and no other.
     */
    private int installReprojected(ScaleTransform old, ScaleTransform fitted) {
        float[][] composed = composed(old, fitted);
        // Re-project a snapshot without holding any lock, so neither searches nor adds wait for it (holding the
        // read lock would also stall searches behind any add queued for the write lock). If the index changed
        // meanwhile, try again; after that, do it under the write lock so a busy writer cannot starve the refit.
        for (int attempt = 0; attempt < 3; attempt++) {
            BandedRows snapshot;
            int count;
            long seen;
            lock.readLock().lock();
            try {
                snapshot = rows.copy();
                count = size;
                seen = modifications;
            } finally {
                lock.readLock().unlock();
            }
            BandedRows projected = reproject(snapshot, count, composed);
            lock.writeLock().lock();
            try {
                if (seen == modifications) {
                    install(projected, fitted);
                    return fittedSize;
                }
                if (attempt == 2) {
                    install(reproject(rows, size, composed), fitted);
                    return fittedSize;
                }
            } finally {
                lock.writeLock().unlock();
            }
        }
        throw new AssertionError("the third attempt installs under the write lock");
    }

    /** Caller holds the write lock. */
    private void install(BandedRows projected, ScaleTransform fitted) {
        rows = projected;
        transform = fitted;
        fittedSize = size;
    }

    /**
     * Up to {@link PcaTransform#MAX_SAMPLE} stored vectors, evenly spaced over the rows, in the original
     * embedding space. Caller holds a lock.
     */
    private List<float[]> originals(ScaleTransform current) {
        int n = Math.min(size, PcaTransform.MAX_SAMPLE);
        List<float[]> out = new ArrayList<>(n);
        float[] row = new float[dimension];
        for (int i = 0; i < n; i++) {
            rows.get((int) ((long) i * size / n), row);
            float[] original = new float[dimension];
            current.invert(row, original);
            out.add(original);
        }
        return out;
    }

    /**
     * The columns of the d × d matrix that maps {@code from}'s space to {@code to}'s, built from the images of the
     * basis vectors: re-projecting a row is then one matrix-vector product with the fast float kernel instead
     * of an inversion and a transform. From an unfitted PCA (the identity) to a fitted one this is exactly the
     * fitted rotation, so re-projected rows equal rows projected on the way in.
     */
    private float[][] composed(ScaleTransform from, ScaleTransform to) {
        int d = dimension;
        float[][] columns = new float[d][];
        float[] basis = new float[d];
        float[] original = new float[d];
        for (int j = 0; j < d; j++) {
            Arrays.fill(basis, 0f);
            basis[j] = 1f;
            from.invert(basis, original);
            columns[j] = to.apply(original);
        }
        return columns;
    }

    /** The first {@code count} rows of {@code source} multiplied by {@code composed}, as new rows. */
    private BandedRows reproject(BandedRows source, int count, float[][] composed) {
        int d = dimension;
        BandedRows out = new BandedRows(d, source.capacity());
        // rows are independent and each writes its own slots: large re-projections run on the common pool
        int chunk = 512;
        int chunks = (count + chunk - 1) / chunk;
        IntStream range = IntStream.range(0, chunks);
        (count >= PARALLEL_PROJECTION ? range.parallel() : range).forEach(c -> {
            float[] row = new float[d];
            float[] mapped = new float[d];
            for (int r = c * chunk, end = Math.min(count, r + chunk); r < end; r++) {
                source.get(r, row);
                VectorMath.multiplyColumns(composed, row, mapped);
                // rounding would otherwise compound over many refits
                VectorMath.normalizeInPlace(mapped);
                out.set(r, mapped);
            }
        });
        return out;
    }

    private List<Hit> rank(float[] q, int[] candidates, int count, int k) {
        if (count == 0) {
            return List.of();
        }
        int n = Math.min(k, count);
        int[] best = new int[n];
        float[] scores = new float[n];
        Stages.best(rows, q, dimension, candidates, count, best, scores);
        List<Hit> hits = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            hits.add(new Hit(ids[best[i]], scores[i]));
        }
        return List.copyOf(hits);
    }

    /** The scales below the full dimension, validated. */
    private int[] coarseScales(int[] scales) {
        if (scales == null) {
            throw new IllegalArgumentException("scales is null; pass e.g. PatternCard.scales(dimension)");
        }
        int previous = 0;
        int n = 0;
        for (int s : scales) {
            if (s < 1 || s > dimension) {
                throw new IllegalArgumentException("scale [" + s + "] is outside [1, " + dimension + "]; scales "
                        + Arrays.toString(scales));
            }
            if (s <= previous) {
                throw new IllegalArgumentException("scales must be strictly ascending, were "
                        + Arrays.toString(scales));
            }
            previous = s;
            if (s < dimension) {
                n++;
            }
        }
        return Arrays.copyOf(scales, n);
    }

    private static void checkK(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was [" + k + "]");
        }
    }

    private void ensureCapacity(int wanted) {
        if (wanted > ids.length) {
            rows.ensureCapacity(wanted, size);
            ids = Arrays.copyOf(ids, rows.capacity());
        }
    }

    @Override
    public String toString() {
        return "VectorIndex[dimension=" + dimension + ", size=" + size() + ", transform=" + transform()
                + ", gate=" + gate + "]";
    }
}
