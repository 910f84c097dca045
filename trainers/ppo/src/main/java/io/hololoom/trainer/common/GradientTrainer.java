package io.hololoom.trainer.common;

import io.hololoom.api.learn.SeededRandom;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.learn.ActorCriticNetwork;
import io.hololoom.api.learn.ExperienceBatch;
import io.hololoom.api.learn.NetworkShape;
import io.hololoom.api.learn.Trainer;
import io.hololoom.api.learn.TrainablePolicy;
import io.hololoom.api.learn.TrainingReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * What the actor-critic trainers share: Adam, a serialisable random source, counters and exact checkpoints.
 *
 * <p>A checkpoint holds the policy's state (its parameters, via {@code writeState}), the Adam moments and step,
 * the random state, the counters and the full configuration. Restoring it into a trainer of the same
 * configuration continues bit-identically. Not thread-safe.
 */
public abstract class GradientTrainer implements Trainer {
    private final SeededRandom random;
    private final double adamEpsilon;
    private Adam adam;
    private long trainCalls;
    private long gradientSteps;

    protected GradientTrainer(long seed, double adamEpsilon) {
        this.random = new SeededRandom(seed);
        this.adamEpsilon = adamEpsilon;
    }

    /** The plugin name, recorded in checkpoints. */
    public abstract String name();

    /** The full configuration as {@code key=value} (keys without prefix), recorded in checkpoints. */
    public abstract Map<String, String> configuration();

    /** One update from a prepared batch; counters are maintained by the caller. */
    protected abstract TrainingReport update(ActorCriticNetwork network, ExperienceBatch batch, long trainCall);

    @Override
    public final TrainingReport train(TrainablePolicy policy, ExperienceBatch batch) {
        requireNonNull(policy, "policy is null");
        requireNonNull(batch, "batch is null");
        TrainingReport report = update(policy.network(), batch, trainCalls);
        trainCalls++;
        gradientSteps += report.updates();
        return report;
    }

    /** Takes one Adam step on the network and installs the new parameters. */
    protected final void step(ActorCriticNetwork network, float[] gradient, double learningRate) {
        float[] parameters = network.parameters();
        if (adam == null) {
            adam = new Adam(parameters.length, adamEpsilon);
        } else if (adam.size() != parameters.length) {
            throw new IllegalArgumentException("this trainer's optimiser holds [" + adam.size()
                    + "] parameters but the network has [" + parameters.length
                    + "]; use a new trainer for another network");
        }
        adam.step(parameters, gradient, learningRate);
        network.setParameters(parameters);
    }

    protected final SeededRandom random() {
        return random;
    }

    /** {@code train} calls so far. */
    public final long trainCalls() {
        return trainCalls;
    }

    /** Optimiser steps so far. */
    public final long gradientSteps() {
        return gradientSteps;
    }

    @Override
    public final void saveCheckpoint(TrainablePolicy policy, Path file) throws IOException {
        requireNonNull(policy, "policy is null");
        requireNonNull(file, "file is null");
        NetworkShape shape = policy.network().shape();
        ByteArrayOutputStream state = new ByteArrayOutputStream();
        policy.writeState(state);
        new Checkpoint(name(), configuration(), trainCalls, gradientSteps, random.state(),
                adam == null ? -1 : adam.stepCount(), adam == null ? new double[0] : adam.firstMoment(),
                adam == null ? new double[0] : adam.secondMoment(), shape, state.toByteArray()).write(file);
    }

    @Override
    public final void loadCheckpoint(TrainablePolicy policy, Path file) throws IOException {
        requireNonNull(policy, "policy is null");
        requireNonNull(file, "file is null");
        Checkpoint checkpoint = Checkpoint.read(file);
        if (!checkpoint.trainer().equals(name())) {
            throw new IOException("checkpoint [" + file + "] was written by trainer [" + checkpoint.trainer()
                    + "], not [" + name() + "]");
        }
        NetworkShape current = currentShape(policy);
        if (current != null && !current.equals(checkpoint.shape())) {
            throw new IOException("checkpoint [" + file + "] is for a network of " + checkpoint.shape()
                    + " but the policy's network is " + current);
        }
        boolean hasAdam = checkpoint.adamStep() >= 0;
        if (hasAdam && (checkpoint.adamFirstMoment().length != checkpoint.shape().parameterCount()
                || checkpoint.adamSecondMoment().length != checkpoint.shape().parameterCount())) {
            throw new IOException("checkpoint [" + file + "] is corrupt: optimiser state does not match the network");
        }
        if (checkpoint.randomState().length != 4 || Arrays.stream(checkpoint.randomState()).allMatch(s -> s == 0)) {
            throw new IOException("checkpoint [" + file + "] is corrupt: bad random state");
        }
        policy.readState(new ByteArrayInputStream(checkpoint.policyState()));
        if (!checkpoint.shape().equals(policy.network().shape())) {
            throw new IOException("checkpoint [" + file + "] holds a policy state that does not match its shape "
                    + checkpoint.shape());
        }
        adam = hasAdam ? new Adam(adamEpsilon, checkpoint.adamStep(), checkpoint.adamFirstMoment(),
                checkpoint.adamSecondMoment()) : null;
        random.setState(checkpoint.randomState());
        trainCalls = checkpoint.trainCalls();
        gradientSteps = checkpoint.gradientSteps();
    }

    /** The policy's network shape, or null while a lazily built policy has no network yet. */
    private static NetworkShape currentShape(TrainablePolicy policy) {
        try {
            return policy.network().shape();
        } catch (IllegalStateException e) {
            return null;
        }
    }
}
