package io.hololoom.env.loop;

import io.hololoom.api.learn.TrainingReport;

/**
 * The loop's state after one update, for progress bars and logs.
 *
 * @param updates {@code train} calls so far
 * @param steps environment steps so far
 * @param episodes finished episodes so far
 * @param meanReturn mean return of the last {@code window} episodes (fewer at the start; 0 before the first)
 * @param lastReturn the last finished episode's return (0 before the first)
 * @param solved the mean over a full window reached the threshold
 * @param seconds wall time of this run so far
 * @param report what the trainer reported for this update
 */
public record TrainingProgress(long updates, long steps, long episodes, double meanReturn, double lastReturn,
        boolean solved, double seconds, TrainingReport report) {
}
