package io.hololoom.core.learn;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Feedback;
import io.hololoom.api.Policy;
import io.hololoom.api.Query;
import io.hololoom.api.Spacetime;
import io.hololoom.core.loom.Loom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The full learning loop of {@code hololoom learn}: for each episode a labelled query is woven (policy
 * exploring, result cache bypassed), judged by the {@link SimulatedUser}, turned into a reward and an
 * experience, and learned from (bandits at once, trainable policies every {@code hololoom.train.every}).
 * Success means the right tool.
 */
public final class LearnLoop {
    /** Called after every episode. */
    @FunctionalInterface
    public interface Progress {
        void episode(int done, double runningSuccess);
    }

    /**
     * What a run did.
     *
     * @param episodes episodes run
     * @param success per-episode right-tool flag, in order
     * @param windows success rate per {@code window} episodes
     * @param toolCounts how often each tool was chosen
     * @param confusion label × chosen tool
     * @param meanReward mean reward
     * @param seconds wall time
     */
    public record Report(int episodes, List<Boolean> success, List<Double> windows, Map<String, Integer> toolCounts,
            Confusion confusion, double meanReward, double seconds) {

        /** Success rate over the last {@code n} episodes. */
        public double lastSuccess(int n) {
            List<Boolean> tail = success.subList(Math.max(0, success.size() - n), success.size());
            return tail.isEmpty() ? 0 : tail.stream().filter(b -> b).count() / (double) tail.size();
        }
    }

    private LearnLoop() {
    }

    public static Report run(Loom loom, List<Workload.Example> workload, int episodes, long seed, int window,
            Progress progress) {
        requireNonNull(loom, "loom is null");
        requireNonNull(workload, "workload is null");
        if (episodes < 1) {
            throw new IllegalArgumentException("episodes must be at least 1, was [" + episodes + "]");
        }
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1, was [" + window + "]");
        }
        if (workload.isEmpty()) {
            throw new IllegalArgumentException("the workload has no examples");
        }
        long start = System.nanoTime();
        SplittableRandom rng = new SplittableRandom(seed);
        int[] order = shuffled(workload.size(), rng);
        int next = 0;
        List<Boolean> success = new ArrayList<>(episodes);
        List<Double> windows = new ArrayList<>();
        Map<String, Integer> tools = new TreeMap<>();
        Confusion confusion = new Confusion(loom.actions());
        double rewardSum = 0;
        int ok = 0;
        for (int i = 0; i < episodes; i++) {
            if (next == order.length) {
                order = shuffled(workload.size(), rng);
                next = 0;
            }
            Workload.Example example = workload.get(order[next++]);
            Spacetime s = loom.weave(Query.of(example.query()), Policy.Mode.EXPLORE, false);
            Feedback f = SimulatedUser.judge(s, example);
            rewardSum += loom.reflect(s, f).map(e -> e.reward()).orElse(-1.0);
            boolean right = s.tool().equals(example.tool());
            success.add(right);
            ok += right ? 1 : 0;
            tools.merge(s.tool(), 1, Integer::sum);
            confusion.add(example.tool(), s.tool());
            if ((i + 1) % window == 0) {
                List<Boolean> w = success.subList(i + 1 - window, i + 1);
                windows.add(w.stream().filter(b -> b).count() / (double) window);
            }
            if (progress != null) {
                progress.episode(i + 1, ok / (double) (i + 1));
            }
        }
        return new Report(episodes, success, windows, tools, confusion, rewardSum / episodes,
                (System.nanoTime() - start) / 1e9);
    }

    /**
     * The episode order of {@code learn}: a Fisher-Yates shuffle of {@code 0..n-1} drawn from {@code rng}
     * (a new one each pass over the workload). Benchmarks that replay the loop use it to see the same episodes.
     */
    public static int[] shuffled(int n, SplittableRandom rng) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }
}
