package io.hololoom.core.reflect;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.api.Policy;
import io.hololoom.api.learn.TrainablePolicy;
import io.hololoom.api.learn.Trainer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Where the long-lived policy of a data directory is persisted: {@code HOLOLOOM_HOME/policies/<id>.state}
 * (written by the policy) or {@code <id>.ckpt} (a trainer checkpoint with optimiser state). The id names
 * the policy and a hash of everything that makes a saved policy incompatible (observation layout, embedder,
 * tool list), so a changed setup starts a new policy instead of misreading an old one. Writes are atomic.
 */
public final class PolicyStore {
    private final Path directory;
    private final String id;

    public PolicyStore(Path home, String policyName, String compatibility) {
        requireNonNull(home, "home is null");
        this.directory = home.resolve("policies");
        this.id = policyName + "-" + Integer.toHexString(requireNonNull(compatibility, "compatibility is null").hashCode());
    }

    public Path stateFile() {
        return directory.resolve(id + ".state");
    }

    public Path checkpointFile() {
        return directory.resolve(id + ".ckpt");
    }

    public boolean exists(Policy policy, Optional<Trainer> trainer) {
        return Files.exists(usesCheckpoint(policy, trainer) ? checkpointFile() : stateFile());
    }

    static boolean usesCheckpoint(Policy policy, Optional<Trainer> trainer) {
        return policy instanceof TrainablePolicy && trainer.isPresent();
    }

    /** Restores the saved policy, if there is one; returns whether it did. */
    public boolean load(Policy policy, Optional<Trainer> trainer) {
        try {
            if (usesCheckpoint(policy, trainer)) {
                if (!Files.exists(checkpointFile())) {
                    return false;
                }
                trainer.get().loadCheckpoint((TrainablePolicy) policy, checkpointFile());
                return true;
            }
            if (!Files.exists(stateFile())) {
                return false;
            }
            try (InputStream in = Files.newInputStream(stateFile())) {
                policy.readState(in);
            }
            return true;
        } catch (IOException e) {
            throw new HololoomException(Category.STORAGE, "Cannot restore the saved policy from [" + directory.resolve(id)
                    + ".*]: " + e.getMessage() + ". Move the file away to start a fresh policy.", e);
        }
    }

    /** Saves the policy atomically: a crash while writing keeps the previous file. */
    public void save(Policy policy, Optional<Trainer> trainer) {
        try {
            Files.createDirectories(directory);
            if (usesCheckpoint(policy, trainer)) {
                trainer.get().saveCheckpoint((TrainablePolicy) policy, checkpointFile());
                return;
            }
            Path tmp = Files.createTempFile(directory, id, ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    policy.writeState(out);
                }
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
                try {
                    Files.move(tmp, stateFile(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, stateFile(), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new HololoomException(Category.STORAGE, "Cannot save the policy to [" + directory + "]: "
                    + e.getMessage(), e);
        }
    }

    /** Deletes the saved policy (used by {@code learn} to start from scratch). */
    public void delete() {
        try {
            Files.deleteIfExists(stateFile());
            Files.deleteIfExists(checkpointFile());
        } catch (IOException e) {
            throw new HololoomException(Category.STORAGE, "Cannot delete the saved policy: " + e.getMessage(), e);
        }
    }
}
