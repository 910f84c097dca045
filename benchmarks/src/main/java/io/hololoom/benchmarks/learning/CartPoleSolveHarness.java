package io.hololoom.benchmarks.learning;

import io.hololoom.api.learn.TrainablePolicy;
import io.hololoom.api.learn.Trainer;
import io.hololoom.env.cartpole.CartPole;
import io.hololoom.env.cartpole.CartPoleProvider;
import io.hololoom.env.loop.EnvironmentTrainer;
import io.hololoom.env.loop.Evaluation;
import io.hololoom.env.loop.TrainingOptions;
import io.hololoom.env.loop.TrainingResult;
import io.hololoom.policy.neural.NeuralPolicy;
import io.hololoom.policy.neural.NeuralPolicyConfig;
import io.hololoom.trainer.a2c.A2cTrainer;
import io.hololoom.trainer.a2c.A2cTrainerConfig;
import io.hololoom.trainer.ppo.PpoTrainer;
import io.hololoom.trainer.ppo.PpoTrainerConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Steps to solve CartPole-v1 with the neural policy and PPO (CartPole's recommended settings), per seed.
 *
 * <p>Two definitions of "solved", both with the threshold 475 over 100 episodes:
 * <ul>
 *   <li><b>greedy evaluation</b> (SB3-zoo / RL Zoo style): whenever a training episode returns at least 475, the
 *   current network plays 100 greedy episodes on a separate environment (not counted as training steps); the
 *   training steps at the first evaluation with mean ≥ 475 are the steps to solve;</li>
 *   <li><b>training window</b> (Gym leaderboard style): the mean of the last 100 training episodes (sampled
 *   actions, counting the early bad ones) reaches 475.</li>
 * </ul>
 * Throughput is environment steps per second of training wall time, updates included, evaluations excluded.
 *
 * <pre>
 * benchmarks/run io.hololoom.benchmarks.learning.CartPoleSolveHarness [--seeds 1,2,3,4,5] [--max-steps 200000]
 *     [--trainer ppo|a2c] [hololoom.trainer.ppo.epochs=4 ...]
 * </pre>
 */
public final class CartPoleSolveHarness {
    /** One seed's outcome. */
    record Run(long seed, long evaluationSolvedAt, long windowSolvedAt, long steps, double stepsPerSecond) {
    }

    private CartPoleSolveHarness() {
    }

    public static void main(String[] args) throws Exception {
        long[] seeds = {1, 2, 3, 4, 5};
        long maxSteps = 200_000;
        String trainerName = "ppo";
        Map<String, String> settings = new LinkedHashMap<>(CartPoleProvider.recommendedSettings());
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seeds" -> seeds = Arrays.stream(args[++i].split(",")).mapToLong(Long::parseLong).toArray();
                case "--max-steps" -> maxSteps = Long.parseLong(args[++i]);
                case "--trainer" -> trainerName = args[++i];
                default -> {
                    String[] kv = args[i].split("=", 2);
                    if (kv.length != 2) {
                        throw new IllegalArgumentException("unknown argument [" + args[i] + "]; expected --seeds,"
                                + " --max-steps, --trainer or key=value");
                    }
                    settings.put(kv[0], kv[1]);
                }
            }
        }
        System.out.println("settings " + settings);
        List<Run> runs = new ArrayList<>();
        for (long seed : seeds) {
            Run run = run(seed, maxSteps, trainerName, settings);
            runs.add(run);
            System.out.printf("seed %d: greedy-evaluation solved at %s steps, training-window solved at %s steps,"
                    + " %d steps, %.0f steps/s%n", seed, show(run.evaluationSolvedAt()), show(run.windowSolvedAt()),
                    run.steps(), run.stepsPerSecond());
        }
        System.out.printf("median steps to solve (greedy evaluation): %s%n",
                show(median(runs.stream().mapToLong(Run::evaluationSolvedAt).toArray())));
        System.out.printf("median steps to solve (training window): %s%n",
                show(median(runs.stream().mapToLong(Run::windowSolvedAt).toArray())));
        System.out.printf("median steps/s (training incl. updates): %.0f%n",
                medianDouble(runs.stream().mapToDouble(Run::stepsPerSecond).toArray()));
    }

    static Run run(long seed, long maxSteps, String trainerName, Map<String, String> settings) throws Exception {
        TrainablePolicy policy = new NeuralPolicy(NeuralPolicyConfig.from(
                new SettingsConfig("hololoom.policy.neural.", settings), seed));
        Trainer trainer = switch (trainerName) {
            case "ppo" -> new PpoTrainer(PpoTrainerConfig.from(new SettingsConfig("hololoom.trainer.ppo.", settings),
                    seed));
            case "a2c" -> new A2cTrainer(A2cTrainerConfig.from(new SettingsConfig("hololoom.trainer.a2c.", settings),
                    seed));
            default -> throw new IllegalArgumentException("Unknown trainer [" + trainerName + "]; known [ppo, a2c]");
        };
        long[] evaluationSolvedAt = {-1};
        long[] evaluationNanos = {0};
        CartPole evaluationEnvironment = new CartPole();
        TrainingOptions options = TrainingOptions.defaults(seed).withMaxSteps(maxSteps);
        TrainingResult result = new EnvironmentTrainer(new CartPole(), policy, trainer, options).run(p -> {
            if (evaluationSolvedAt[0] < 0 && p.lastReturn() >= TrainingOptions.CARTPOLE_V1_THRESHOLD) {
                long start = System.nanoTime();
                Evaluation.Result e = Evaluation.greedy(evaluationEnvironment, policy.network(), 100,
                        seed * 1_000_003 + p.updates(), TrainingOptions.CARTPOLE_V1_THRESHOLD, 500);
                evaluationNanos[0] += System.nanoTime() - start;
                if (e.reached()) {
                    evaluationSolvedAt[0] = p.steps();
                }
            }
        });
        double trainingSeconds = result.seconds() - evaluationNanos[0] / 1e9;
        return new Run(seed, evaluationSolvedAt[0], result.solvedAtStep(), result.steps(),
                result.steps() / trainingSeconds);
    }

    /** Median; runs that never solved (-1) count as infinitely slow. */
    static long median(long[] values) {
        long[] sorted = Arrays.stream(values).map(v -> v < 0 ? Long.MAX_VALUE : v).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    static double medianDouble(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static String show(long steps) {
        return steps < 0 || steps == Long.MAX_VALUE ? "not solved" : Long.toString(steps);
    }
}
