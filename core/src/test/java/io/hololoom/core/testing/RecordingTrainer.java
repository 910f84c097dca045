package io.hololoom.core.testing;

import io.hololoom.api.learn.ExperienceBatch;
import io.hololoom.api.learn.TrainablePolicy;
import io.hololoom.api.learn.Trainer;
import io.hololoom.api.learn.TrainingReport;
import io.hololoom.api.learn.Transition;
import io.hololoom.api.plugin.PluginContext;
import io.hololoom.api.plugin.TrainerProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A trainer for tests: records each batch, nudges the logit of every taken action by {@code reward · lr} along
 * the observation (a crude policy-gradient step, enough to change the parameters and the version), and
 * checkpoints the policy's state plus its own call count atomically.
 */
public final class RecordingTrainer implements Trainer {
    private final List<Integer> batches = new CopyOnWriteArrayList<>();
    private final int batchSize;
    private volatile int restoredCalls;

    public RecordingTrainer(int batchSize) {
        this.batchSize = batchSize;
    }

    @Override
    public TrainingReport train(TrainablePolicy policy, ExperienceBatch batch) {
        batches.add(batch.size());
        Transition first = batch.transitions().get(0);
        LinearPolicy lp = (LinearPolicy) policy;
        LinearNetwork net = lp.ensureNetwork(first.observation().length,
                lp.network() == null ? first.action() + 1 : lp.network().shape().actionCount());
        float[] p = net.parameters();
        int inputs = net.shape().observationSize();
        for (Transition t : batch.transitions()) {
            for (int i = 0; i < inputs; i++) {
                p[t.action() * inputs + i] += (float) (0.1 * t.reward() * t.observation()[i]);
            }
        }
        net.setParameters(p);
        return new TrainingReport(1, Map.of("batch", (double) batch.size()));
    }

    /** Sizes of the batches trained on by this instance. */
    public List<Integer> batches() {
        return List.copyOf(batches);
    }

    public int restoredCalls() {
        return restoredCalls;
    }

    @Override
    public void saveCheckpoint(TrainablePolicy policy, Path file) throws IOException {
        ByteArrayOutputStream state = new ByteArrayOutputStream();
        policy.writeState(state);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream d = new DataOutputStream(Files.newOutputStream(tmp))) {
            d.writeInt(restoredCalls + batches.size());
            d.writeInt(state.size());
            d.write(state.toByteArray());
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void loadCheckpoint(TrainablePolicy policy, Path file) throws IOException {
        try (DataInputStream d = new DataInputStream(Files.newInputStream(file))) {
            int calls = d.readInt();
            byte[] state = new byte[d.readInt()];
            d.readFully(state);
            policy.readState(new ByteArrayInputStream(state));
            restoredCalls = calls;
        }
    }

    @Override
    public int batchSize() {
        return batchSize;
    }

    /** {@code test-trainer}; setting {@code batch-size} (64). */
    public static final class Provider implements TrainerProvider {
        @Override
        public String name() {
            return "test-trainer";
        }

        @Override
        public Trainer create(PluginContext context) {
            return new RecordingTrainer(context.config().integer("batch-size", 64, 1, 10_000));
        }
    }
}
