package io.hololoom.policy.neural;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.learn.ActorCriticNetwork;
import io.hololoom.api.learn.ForwardPass;
import io.hololoom.api.learn.NetworkShape;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What both backends share: validation, the flat parameter vector and its atomic replacement.
 *
 * <p>Parameters live in an immutable snapshot behind a volatile reference. A forward pass reads the
 * reference once and keeps the snapshot in its cache, so {@link #forward} is safe at any time, even while a
 * trainer replaces the parameters, and {@link #backward} differentiates exactly the weights its forward used.
 *
 * @param <W> the backend's representation of one parameter snapshot
 */
abstract class AbstractActorCriticNetwork<W> implements ActorCriticNetwork {
    /** One immutable parameter set: the flat vector (never modified) and the backend's view of it. */
    record Snapshot<W>(float[] flat, W weights) {
    }

    private final NetworkLayout layout;
    private final NetworkShape shape;
    private final AtomicLong version = new AtomicLong();
    private volatile Snapshot<W> snapshot;

    AbstractActorCriticNetwork(NetworkLayout layout, float[] initialParameters) {
        this.layout = requireNonNull(layout, "layout is null");
        this.shape = layout.shape();
        float[] copy = checkParameters(initialParameters);
        this.snapshot = new Snapshot<>(copy, weights(copy));
    }

    /** Builds the backend's weights from a flat vector that nobody will modify. */
    abstract W weights(float[] flat);

    /** Runs both MLPs on validated input with one parameter snapshot. */
    abstract ForwardPass forward(Snapshot<W> snapshot, float[][] observations);

    /** Back-propagates through the forward pass whose cache is given; inputs are validated. */
    abstract float[] backpropagate(ForwardPass pass, float[][] dLogits, float[] dValues);

    /** The backend's name, as in configuration. */
    abstract String backendName();

    final NetworkLayout layout() {
        return layout;
    }

    /** How many times the parameters were replaced. */
    final long version() {
        return version.get();
    }

    @Override
    public final NetworkShape shape() {
        return shape;
    }

    @Override
    public final ForwardPass forward(float[][] observations) {
        requireNonNull(observations, "observations is null");
        if (observations.length == 0) {
            throw new IllegalArgumentException("forward needs at least one observation");
        }
        for (int b = 0; b < observations.length; b++) {
            if (observations[b] == null || observations[b].length != shape.observationSize()) {
                throw new IllegalArgumentException("observation row [" + b + "] has length ["
                        + (observations[b] == null ? "null" : observations[b].length) + "]; this network expects ["
                        + shape.observationSize() + "]");
            }
        }
        return forward(snapshot, observations);
    }

    @Override
    public final float[] backward(ForwardPass pass, float[][] dLogits, float[] dValues) {
        requireNonNull(pass, "pass is null");
        requireNonNull(dLogits, "dLogits is null");
        requireNonNull(dValues, "dValues is null");
        int batch = pass.batchSize();
        if (dLogits.length != batch || dValues.length != batch) {
            throw new IllegalArgumentException("gradients have batch sizes [" + dLogits.length + ", " + dValues.length
                    + "]; the forward pass had [" + batch + "]");
        }
        for (float[] row : dLogits) {
            if (row == null || row.length != shape.actionCount()) {
                throw new IllegalArgumentException("dLogits rows must have length [" + shape.actionCount() + "]");
            }
        }
        return backpropagate(pass, dLogits, dValues);
    }

    @Override
    public final float[] parameters() {
        return snapshot.flat().clone();
    }

    @Override
    public final void setParameters(float[] parameters) {
        float[] copy = checkParameters(parameters);
        snapshot = new Snapshot<>(copy, weights(copy));
        version.incrementAndGet();
    }

    private float[] checkParameters(float[] parameters) {
        requireNonNull(parameters, "parameters is null");
        if (parameters.length != shape.parameterCount()) {
            throw new IllegalArgumentException("expected [" + shape.parameterCount() + "] parameters for " + layout
                    + ", got [" + parameters.length + "]");
        }
        for (int i = 0; i < parameters.length; i++) {
            if (!Float.isFinite(parameters[i])) {
                throw new IllegalArgumentException("parameter [" + i + "] is not finite: " + parameters[i]);
            }
        }
        return parameters.clone();
    }

    /** The cache object of {@code pass}, checked to come from this network. */
    final <C> C cache(ForwardPass pass, Class<C> type) {
        if (!type.isInstance(pass.cache())) {
            throw new IllegalArgumentException("the forward pass was not made by this " + backendName()
                    + " network");
        }
        return type.cast(pass.cache());
    }
}
