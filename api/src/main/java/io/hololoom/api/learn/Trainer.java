package io.hololoom.api.learn;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A learning algorithm (PPO, A2C, ...) that improves a {@link TrainablePolicy} from experience.
 *
 * <p><b>Contract:</b> a trainer owns its optimiser state, random state and statistics, and writes them all
 * into a checkpoint so that a seeded run stopped and resumed gives the same parameters as an uninterrupted
 * one. Checkpoints are written atomically: a crash while writing keeps the previous one. Not thread-safe:
 * one thread trains at a time.
 */
public interface Trainer {
    /** Updates the policy's network from the batch (transitions in time order). */
    TrainingReport train(TrainablePolicy policy, ExperienceBatch batch);

    /** Writes the policy's network, the trainer's state and its full configuration to {@code file}, atomically. */
    void saveCheckpoint(TrainablePolicy policy, Path file) throws IOException;

    /**
     * Restores what {@link #saveCheckpoint} wrote into the policy and this trainer.
     *
     * @throws IOException if the file is missing, corrupt, or was written for a network of another shape
     */
    void loadCheckpoint(TrainablePolicy policy, Path file) throws IOException;

    /** How many transitions the trainer wants per {@link #train} call (its rollout length). */
    default int batchSize() {
        return 64;
    }
}
