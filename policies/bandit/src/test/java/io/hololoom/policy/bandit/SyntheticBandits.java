package io.hololoom.policy.bandit;

import io.hololoom.api.Decision;
import io.hololoom.api.Observation;
import io.hololoom.api.Policy;
import io.hololoom.api.Policy.Mode;
import java.util.List;

/** Seeded synthetic problems for learning tests. */
public final class SyntheticBandits {
    public static final List<String> TOOLS = List.of("answer", "search", "calc");

    private SyntheticBandits() {
    }

    /**
     * Three tools with fixed mean rewards; a reward is +1 with probability {@code (mean+1)/2}, else -1.
     * The best tool is {@code calc}.
     */
    public static final class ContextFree {
        public static final double[] MEANS = {-0.2, 0.1, 0.4};
        public static final int BEST = 2;
        private final BanditRandom random;
        private final Observation observation = new Observation(new float[] {1f, 0.5f}, TOOLS);

        public ContextFree(long seed) {
            this.random = new BanditRandom(seed);
        }

        public Observation observation() {
            return observation;
        }

        public double reward(int action) {
            return random.nextDouble() < (MEANS[action] + 1) / 2 ? 1 : -1;
        }

        /** Runs {@code steps} explore-and-update rounds; returns how often the best tool was chosen in the last {@code tail}. */
        public double train(Policy policy, int steps, int tail) {
            int best = 0;
            for (int t = 0; t < steps; t++) {
                Decision d = policy.decide(observation, Mode.EXPLORE);
                policy.update(observation, d.action(), reward(d.action()));
                if (t >= steps - tail && d.action() == BEST) {
                    best++;
                }
            }
            return (double) best / tail;
        }
    }

    /**
     * A contextual problem: the first four features are a one-hot context type, the rest noise; the best
     * tool depends on the type ({@code calc, search, answer, search}). The best tool's reward is about
     * 0.6, the others about -0.3, with Gaussian noise (sd 0.3), clipped to [-1, 1].
     */
    public static final class Contextual {
        public static final int TYPES = 4;
        static final int[] BEST = {2, 1, 0, 1};
        private final BanditRandom random;
        private final int size;
        private final double noiseScale;

        /**
         * @param size observation length, at least 4
         * @param noiseNorm expected norm of the noise part
         */
        public Contextual(long seed, int size, double noiseNorm) {
            this.random = new BanditRandom(seed);
            this.size = size;
            this.noiseScale = size > TYPES ? noiseNorm / Math.sqrt(size - TYPES) : 0;
        }

        /** A context: the type in {@code type[0]}, the observation returned. */
        public Observation next(int[] type) {
            float[] x = new float[size];
            type[0] = random.nextInt(TYPES);
            x[type[0]] = 1f;
            for (int i = TYPES; i < size; i++) {
                x[i] = (float) (random.nextGaussian() * noiseScale);
            }
            return new Observation(x, TOOLS);
        }

        public double reward(int type, int action) {
            double mean = action == BEST[type] ? 0.6 : -0.3;
            return Math.max(-1, Math.min(1, mean + 0.3 * random.nextGaussian()));
        }

        public void train(Policy policy, int steps) {
            int[] type = new int[1];
            for (int t = 0; t < steps; t++) {
                Observation o = next(type);
                Decision d = policy.decide(o, Mode.EXPLORE);
                policy.update(o, d.action(), reward(type[0], d.action()));
            }
        }

        /** The fraction of {@code n} fresh contexts where the greedy choice is the best tool. */
        public double greedyAccuracy(Policy policy, int n) {
            int[] type = new int[1];
            int right = 0;
            for (int t = 0; t < n; t++) {
                Observation o = next(type);
                if (policy.decide(o, Mode.GREEDY).action() == BEST[type[0]]) {
                    right++;
                }
            }
            return (double) right / n;
        }
    }
}
