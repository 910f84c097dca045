package io.hololoom.env.loop;

import io.hololoom.api.env.Environment;

/**
 * An environment whose complete internal state (including e.g. the step counter of its time limit) can be
 * captured and restored, so that {@link EnvironmentTrainer} can resume a run exactly. Environments without it
 * resume at the start of a new episode.
 */
public interface RestorableEnvironment extends Environment {
    /** The complete internal state, finite numbers. */
    double[] snapshot();

    /**
     * Restores what {@link #snapshot} returned.
     *
     * @throws IllegalArgumentException if the snapshot is malformed
     */
    void restore(double[] snapshot);
}
