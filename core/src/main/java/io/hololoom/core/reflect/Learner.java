package io.hololoom.core.reflect;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Feedback;
import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.api.Policy;
import io.hololoom.api.RewardFunction;
import io.hololoom.api.Spacetime;
import io.hololoom.api.learn.Experience;
import io.hololoom.api.learn.TrainablePolicy;
import io.hololoom.api.learn.Trainer;
import io.hololoom.api.learn.TrainingReport;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one long-lived policy of a data directory and how it learns: each reflected outcome becomes a reward
 * (through the configured reward function) and an experience in the reflection buffer; a bandit policy
 * updates at once; a trainable policy is updated by the trainer every {@code trainEvery} experiences, on the
 * newest {@code max(trainEvery, trainer.batchSize())} experiences of the buffer: never fewer than arrived since the
 * last update (none is skipped), more when the trainer's batch size asks for a longer window (older experiences
 * are then reused; PPO weighs them by the probability they were logged with). The policy is persisted after every change (unless autosave is off, e.g. during {@code learn}). Thread-safe.
 */
public final class Learner {
    private final Policy policy;
    private final String policyName;
    private final RewardFunction reward;
    private final String rewardName;
    private final ReflectionBuffer buffer;
    private final Optional<Trainer> trainer;
    private final PolicyStore store;
    private final int trainEvery;
    private final Clock clock;
    private volatile boolean autosave = true;
    private int sinceTraining;
    private final List<TrainingReport> reports = new ArrayList<>();

    public Learner(Policy policy, String policyName, RewardFunction reward, String rewardName, ReflectionBuffer buffer,
            Optional<Trainer> trainer, PolicyStore store, int trainEvery, Clock clock) {
        this.policy = requireNonNull(policy, "policy is null");
        this.policyName = requireNonNull(policyName, "policyName is null");
        this.reward = requireNonNull(reward, "reward is null");
        this.rewardName = requireNonNull(rewardName, "rewardName is null");
        this.buffer = requireNonNull(buffer, "buffer is null");
        this.trainer = requireNonNull(trainer, "trainer is null");
        this.store = requireNonNull(store, "store is null");
        this.trainEvery = trainEvery;
        this.clock = requireNonNull(clock, "clock is null");
    }

    public Policy policy() {
        return policy;
    }

    public String policyName() {
        return policyName;
    }

    public ReflectionBuffer buffer() {
        return buffer;
    }

    public PolicyStore store() {
        return store;
    }

    public Optional<Trainer> trainer() {
        return trainer;
    }

    /** Whether a trainer improves this policy (a trainable policy and a trainer are configured). */
    public boolean isTrained() {
        return policy instanceof TrainablePolicy && trainer.isPresent();
    }

    public void setAutosave(boolean autosave) {
        this.autosave = autosave;
    }

    /** The reward the configured function gives, checked to be finite and within [−1, 1]. */
    public double reward(Spacetime spacetime, Feedback feedback) {
        double r = reward.reward(spacetime, feedback);
        if (!Double.isFinite(r) || r < -1 || r > 1) {
            throw new HololoomException(Category.CONFIGURATION, "The reward function [" + rewardName + "] returned ["
                    + r + "]; rewards must be finite and within [-1, 1]. Check hololoom.reward." + rewardName + ".*");
        }
        return r;
    }

    /** See {@link io.hololoom.core.loom.Loom#reflect}. */
    public synchronized Optional<Experience> reflect(Spacetime s, Feedback feedback) {
        requireNonNull(s, "spacetime is null");
        requireNonNull(feedback, "feedback is null");
        float[] observation = s.trace().observation();
        List<String> actions = List.copyOf(s.trace().probabilities().keySet());
        int action = actions.indexOf(s.tool());
        if (observation.length == 0 || action < 0) {
            return Optional.empty();
        }
        double r = reward(s, feedback);
        double p = Math.max(1e-9, s.trace().probabilities().get(s.tool()));
        Experience e = buffer.append(new Experience(0, s.id(), clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS), observation, actions, action,
                Math.min(1, p), r, s.trace().policyVersion(), s.card(), feedback));
        if (isTrained()) {
            if (++sinceTraining >= trainEvery) {
                sinceTraining = 0;
                train();
            }
        } else {
            policy.update(new io.hololoom.api.Observation(observation, actions), action, r);
            if (autosave) {
                store.save(policy, trainer);
            }
        }
        return Optional.of(e);
    }

    /**
     * Runs the trainer on the newest {@code max(trainEvery, trainer.batchSize())} experiences (fewer while the
     * buffer holds fewer) now and saves a checkpoint.
     */
    public synchronized Optional<TrainingReport> train() {
        if (!isTrained() || buffer.size() == 0) {
            return Optional.empty();
        }
        int window = Math.max(trainEvery, trainer.get().batchSize());
        TrainingReport report = trainer.get().train((TrainablePolicy) policy,
                buffer.batch((int) Math.min(window, buffer.size())));
        reports.add(report);
        if (autosave) {
            store.save(policy, trainer);
        }
        return Optional.of(report);
    }

    public synchronized List<TrainingReport> reports() {
        return List.copyOf(reports);
    }

    public synchronized void save() {
        store.save(policy, trainer);
    }

    /** The metrics of the last trainer update, or empty. */
    public synchronized Map<String, Double> lastMetrics() {
        return reports.isEmpty() ? Map.of() : reports.get(reports.size() - 1).metrics();
    }
}
