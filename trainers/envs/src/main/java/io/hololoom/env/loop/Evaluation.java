package io.hololoom.env.loop;

import io.hololoom.api.learn.SeededRandom;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.env.Environment;
import io.hololoom.api.env.Step;
import io.hololoom.api.learn.ActorCriticNetwork;

/** Greedy evaluation of a network on an environment (argmax of the logits, no exploration). */
public final class Evaluation {
    private Evaluation() {
    }

    /**
     * @param meanReturn mean return of the episodes run
     * @param episodes episodes run (fewer than asked when stopped early)
     * @param reached the mean over all asked episodes reached the target
     */
    public record Result(double meanReturn, int episodes, boolean reached) {
    }

    /**
     * Runs {@code episodes} greedy episodes, resetting with seeds drawn from {@code seed}. Stops early once the
     * target can no longer be reached even if every remaining episode returned {@code maxEpisodeReturn}.
     */
    public static Result greedy(Environment environment, ActorCriticNetwork network, int episodes, long seed,
            double target, double maxEpisodeReturn) {
        requireNonNull(environment, "environment is null");
        requireNonNull(network, "network is null");
        if (episodes < 1) {
            throw new IllegalArgumentException("evaluation needs at least one episode, got [" + episodes + "]");
        }
        SeededRandom random = new SeededRandom(seed);
        double total = 0;
        for (int e = 0; e < episodes; e++) {
            double[] state = environment.reset(random.nextLong());
            double episodeReturn = 0;
            while (true) {
                float[][] x = {EnvironmentTrainer.toFloat(state)};
                float[] logits = network.forward(x).logits()[0];
                int best = 0;
                for (int a = 1; a < logits.length; a++) {
                    best = logits[a] > logits[best] ? a : best;
                }
                Step step = environment.step(best);
                episodeReturn += step.reward();
                if (step.terminated() || step.truncated()) {
                    break;
                }
                state = step.state();
            }
            total += episodeReturn;
            if (total + (episodes - e - 1) * maxEpisodeReturn < target * episodes) {
                return new Result(total / (e + 1), e + 1, false);
            }
        }
        return new Result(total / episodes, episodes, total / episodes >= target);
    }
}
