package io.hololoom.env.loop;

/**
 * How a training run ended.
 *
 * @param solved the mean return over the last window reached the threshold
 * @param steps environment steps in total (including before a resume)
 * @param episodes finished episodes in total
 * @param meanReturn100 mean return of the last window of episodes (0 if none finished)
 * @param seconds wall time of this run (not counting runs before a resume)
 * @param updates {@code train} calls in total
 * @param solvedAtStep the step at which it was first solved, or -1
 */
public record TrainingResult(boolean solved, long steps, long episodes, double meanReturn100, double seconds,
        long updates, long solvedAtStep) {
    /**
     * One JSON line: {@code {"solved":…, "steps":…, "episodes":…, "mean_return_100":…, "seconds":…}} with numbers
     * as Java's {@code Long.toString} / {@code Double.toString}.
     */
    public String toJson() {
        return "{\"solved\":" + solved + ", \"steps\":" + steps + ", \"episodes\":" + episodes
                + ", \"mean_return_100\":" + meanReturn100 + ", \"seconds\":" + seconds + "}";
    }
}
