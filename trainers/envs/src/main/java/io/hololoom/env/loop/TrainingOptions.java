package io.hololoom.env.loop;

import java.nio.file.Path;

/**
 * How {@link EnvironmentTrainer} runs.
 *
 * @param seed episode reset seeds and action sampling
 * @param maxSteps stop after this many environment steps in total (counting steps before a resume)
 * @param solvedThreshold "solved" when the mean return of the last {@code window} episodes reaches this
 *     (475 for CartPole-v1, 195 for v0)
 * @param window episodes in the moving mean, at least 1 (100 by convention)
 * @param stopWhenSolved stop as soon as solved
 * @param checkpointDirectory where checkpoints go, or null for none
 * @param checkpointEvery write a checkpoint every this many updates (and at the end), at least 1
 * @param resume continue from the checkpoint in {@code checkpointDirectory}
 */
public record TrainingOptions(long seed, long maxSteps, double solvedThreshold, int window, boolean stopWhenSolved,
        Path checkpointDirectory, int checkpointEvery, boolean resume) {
    public static final long DEFAULT_MAX_STEPS = 200_000;
    public static final double CARTPOLE_V1_THRESHOLD = 475;
    public static final int DEFAULT_WINDOW = 100;
    public static final int DEFAULT_CHECKPOINT_EVERY = 10;

    public TrainingOptions {
        if (maxSteps < 0) {
            throw new IllegalArgumentException("max steps must not be negative, was [" + maxSteps + "]");
        }
        if (!Double.isFinite(solvedThreshold)) {
            throw new IllegalArgumentException("solved threshold must be finite, was [" + solvedThreshold + "]");
        }
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1, was [" + window + "]");
        }
        if (checkpointEvery < 1) {
            throw new IllegalArgumentException("checkpoint interval must be at least 1 update, was ["
                    + checkpointEvery + "]");
        }
        if (resume && checkpointDirectory == null) {
            throw new IllegalArgumentException("resume needs a checkpoint directory (--checkpoint-dir)");
        }
    }

    /** CartPole-v1 defaults: 200k steps, solved at a mean of 475 over 100 episodes, no checkpoints. */
    public static TrainingOptions defaults(long seed) {
        return new TrainingOptions(seed, DEFAULT_MAX_STEPS, CARTPOLE_V1_THRESHOLD, DEFAULT_WINDOW, true, null,
                DEFAULT_CHECKPOINT_EVERY, false);
    }

    public TrainingOptions withMaxSteps(long steps) {
        return new TrainingOptions(seed, steps, solvedThreshold, window, stopWhenSolved, checkpointDirectory,
                checkpointEvery, resume);
    }

    public TrainingOptions withCheckpoints(Path directory, int every, boolean resumeFromIt) {
        return new TrainingOptions(seed, maxSteps, solvedThreshold, window, stopWhenSolved, directory, every,
                resumeFromIt);
    }

    public TrainingOptions withSolvedThreshold(double threshold) {
        return new TrainingOptions(seed, maxSteps, threshold, window, stopWhenSolved, checkpointDirectory,
                checkpointEvery, resume);
    }
}
