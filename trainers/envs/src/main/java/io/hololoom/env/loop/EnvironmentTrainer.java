package io.hololoom.env.loop;

import io.hololoom.api.learn.SeededRandom;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Observation;
import io.hololoom.api.Policy;
import io.hololoom.api.env.Environment;
import io.hololoom.api.env.Step;
import io.hololoom.api.learn.ActorCriticNetwork;
import io.hololoom.api.learn.ExperienceBatch;
import io.hololoom.api.learn.ForwardPass;
import io.hololoom.api.learn.NetworkShape;
import io.hololoom.api.learn.TrainablePolicy;
import io.hololoom.api.learn.Trainer;
import io.hololoom.api.learn.TrainingReport;
import io.hololoom.api.learn.Transition;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Trains a policy on an environment: collects rollouts of {@link Trainer#batchSize()} steps (network forward
 * pass, seeded sampling from the softmax), hands them to {@link Trainer#train}, tracks episodes and the moving
 * mean return, and stops at {@code maxSteps}, when solved (if asked) or on {@link #stop()}.
 *
 * <p><b>Checkpoints.</b> With a checkpoint directory, every {@code checkpointEvery} updates and at the end it
 * writes the trainer's checkpoint ({@code trainer-<updates>.ckpt}, which holds the policy's parameters) and then
 * the loop's own state ({@code loop.state}: counters, random state, current observation and episode, recent
 * returns, the environment's snapshot), each atomically; older trainer files are removed afterwards, so a crash
 * at any moment leaves a consistent pair. Checkpoints are taken at update boundaries only; a run that stops
 * between two updates saves the last boundary. Resuming continues bit-identically when the environment is a
 * {@link RestorableEnvironment} (otherwise it starts a new episode).
 *
 * <p><b>Network.</b> If the policy builds its network lazily and has not yet, the loop builds it with one
 * {@link Policy.Mode#GREEDY} decide on a zero observation with actions named {@code "0".."n-1"}. The network
 * must match the environment's sizes. Not thread-safe, except {@link #stop()}.
 */
public final class EnvironmentTrainer {
    public static final String STATE_FILE = "loop.state";
    private static final String TRAINER_PREFIX = "trainer-";
    private static final String TRAINER_SUFFIX = ".ckpt";

    private final Environment environment;
    private final TrainablePolicy policy;
    private final Trainer trainer;
    private final TrainingOptions options;
    private volatile boolean stopRequested;

    private SeededRandom random;
    private long updates;
    private long steps;
    private long episodes;
    private double[] observation;
    private double episodeReturn;
    private long episodeLength;
    private ArrayDeque<Double> recentReturns;
    private double lastReturn;
    private long solvedAtStep = -1;

    public EnvironmentTrainer(Environment environment, TrainablePolicy policy, Trainer trainer,
            TrainingOptions options) {
        this.environment = requireNonNull(environment, "environment is null");
        this.policy = requireNonNull(policy, "policy is null");
        this.trainer = requireNonNull(trainer, "trainer is null");
        this.options = requireNonNull(options, "options is null");
    }

    /** Asks a running {@link #run} to stop after the current step; safe from any thread. */
    public void stop() {
        stopRequested = true;
    }

    /**
     * Trains until a stop condition.
     *
     * @param progress called after every update (on this thread); may call {@link #stop()}
     * @throws IOException if a checkpoint cannot be written, or on resume cannot be read
     */
    public TrainingResult run(Consumer<TrainingProgress> progress) throws IOException {
        requireNonNull(progress, "progress is null");
        long start = System.nanoTime();
        ensureNetwork();
        if (options.resume()) {
            restore(options.checkpointDirectory());
        } else {
            random = new SeededRandom(options.seed());
            updates = 0;
            steps = 0;
            episodes = 0;
            recentReturns = new ArrayDeque<>();
            observation = environment.reset(random.nextLong());
        }
        ActorCriticNetwork network = policy.network();
        long savedUpdates = options.resume() ? updates : -1;
        LoopState boundary = capture();
        int batchSize = trainer.batchSize();
        List<Transition> rollout = new ArrayList<>(batchSize);
        float[] x = toFloat(observation);
        while (steps < options.maxSteps() && !(isSolved() && options.stopWhenSolved()) && !stopRequested) {
            ForwardPass pass = network.forward(new float[][] {x});
            double[] logP = logSoftmax(pass.logits()[0]);
            int action = sample(logP, random.nextDouble());
            Step step = environment.step(action);
            steps++;
            episodeReturn += step.reward();
            episodeLength++;
            float[] next = toFloat(step.state());
            rollout.add(new Transition(x, action, logP[action], pass.values()[0], step.reward(), step.terminated(),
                    step.truncated(), next));
            if (step.terminated() || step.truncated()) {
                endEpisode();
                observation = environment.reset(random.nextLong());
                x = toFloat(observation);
            } else {
                observation = step.state();
                x = next;
            }
            if (rollout.size() == batchSize) {
                TrainingReport report = trainer.train(policy, new ExperienceBatch(rollout));
                rollout.clear();
                updates++;
                boundary = capture();
                if (options.checkpointDirectory() != null && updates % options.checkpointEvery() == 0) {
                    save(boundary);
                    savedUpdates = updates;
                }
                progress.accept(new TrainingProgress(updates, steps, episodes, meanReturn(), lastReturn, isSolved(),
                        seconds(start), report));
            }
        }
        if (options.checkpointDirectory() != null && savedUpdates != boundary.updates()) {
            save(boundary);
        }
        return new TrainingResult(isSolved(), steps, episodes, meanReturn(), seconds(start), updates, solvedAtStep);
    }

    private void ensureNetwork() {
        NetworkShape shape;
        try {
            shape = policy.network().shape();
        } catch (IllegalStateException notBuiltYet) {
            List<String> names = IntStream.range(0, environment.actionCount()).mapToObj(Integer::toString).toList();
            policy.decide(new Observation(new float[environment.observationSize()], names), Policy.Mode.GREEDY);
            shape = policy.network().shape();
        }
        if (shape.observationSize() != environment.observationSize()
                || shape.actionCount() != environment.actionCount()) {
            throw new IllegalArgumentException("the policy's network takes [" + shape.observationSize()
                    + "] inputs and [" + shape.actionCount() + "] actions but the environment has ["
                    + environment.observationSize() + "] and [" + environment.actionCount() + "]");
        }
    }

    private void endEpisode() {
        episodes++;
        lastReturn = episodeReturn;
        recentReturns.addLast(episodeReturn);
        if (recentReturns.size() > options.window()) {
            recentReturns.removeFirst();
        }
        episodeReturn = 0;
        episodeLength = 0;
        if (solvedAtStep < 0 && recentReturns.size() == options.window()
                && meanReturn() >= options.solvedThreshold()) {
            solvedAtStep = steps;
        }
    }

    private boolean isSolved() {
        return solvedAtStep >= 0;
    }

    private double meanReturn() {
        if (recentReturns.isEmpty()) {
            return 0.0;
        }
        double sum = 0;
        for (double r : recentReturns) {
            sum += r;
        }
        return sum / recentReturns.size();
    }

    private LoopState capture() {
        double[] env = environment instanceof RestorableEnvironment r ? r.snapshot() : new double[0];
        return new LoopState(updates, steps, episodes, random.state(), observation.clone(), episodeReturn,
                episodeLength, recentReturns.stream().mapToDouble(Double::doubleValue).toArray(), env, solvedAtStep,
                "");
    }

    private void save(LoopState state) throws IOException {
        Path directory = options.checkpointDirectory();
        Files.createDirectories(directory);
        String name = TRAINER_PREFIX + state.updates() + TRAINER_SUFFIX;
        trainer.saveCheckpoint(policy, directory.resolve(name));
        state.withTrainerCheckpoint(name).write(directory.resolve(STATE_FILE));
        try (DirectoryStream<Path> old = Files.newDirectoryStream(directory, TRAINER_PREFIX + "*" + TRAINER_SUFFIX)) {
            for (Path p : old) {
                if (!p.getFileName().toString().equals(name)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private void restore(Path directory) throws IOException {
        Path stateFile = directory.resolve(STATE_FILE);
        if (!Files.exists(stateFile)) {
            throw new IOException("no training checkpoint to resume from in [" + directory + "] (missing "
                    + STATE_FILE + "); run without --resume first");
        }
        LoopState state = LoopState.read(stateFile);
        trainer.loadCheckpoint(policy, directory.resolve(state.trainerCheckpoint()));
        random = new SeededRandom(0);
        random.setState(state.randomState());
        updates = state.updates();
        steps = state.steps();
        episodes = state.episodes();
        solvedAtStep = state.solvedAtStep();
        recentReturns = new ArrayDeque<>();
        for (double r : state.recentReturns()) {
            recentReturns.addLast(r);
        }
        lastReturn = recentReturns.isEmpty() ? 0 : recentReturns.peekLast();
        if (environment instanceof RestorableEnvironment r && state.environment().length > 0) {
            try {
                r.restore(state.environment());
            } catch (IllegalArgumentException e) {
                throw new IOException("loop state [" + stateFile + "] does not fit this environment: "
                        + e.getMessage(), e);
            }
            observation = state.observation();
            episodeReturn = state.episodeReturn();
            episodeLength = state.episodeLength();
        } else {
            observation = environment.reset(random.nextLong());
            episodeReturn = 0;
            episodeLength = 0;
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static float[] toFloat(double[] state) {
        float[] x = new float[state.length];
        for (int i = 0; i < state.length; i++) {
            x[i] = (float) state[i];
        }
        return x;
    }

    static double[] logSoftmax(float[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (float l : logits) {
            max = Math.max(max, l);
        }
        double sum = 0;
        for (float l : logits) {
            sum += Math.exp(l - max);
        }
        double logSum = max + Math.log(sum);
        double[] out = new double[logits.length];
        for (int i = 0; i < logits.length; i++) {
            out[i] = logits[i] - logSum;
        }
        return out;
    }

    /** Inverse-CDF sampling; never an action of probability zero. */
    static int sample(double[] logP, double u) {
        double cumulative = 0;
        int last = 0;
        for (int i = 0; i < logP.length; i++) {
            double p = Math.exp(logP[i]);
            if (p > 0) {
                cumulative += p;
                last = i;
                if (u < cumulative) {
                    return i;
                }
            }
        }
        return last;
    }
}
