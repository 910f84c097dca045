package io.hololoom.core.reflect;

import io.hololoom.api.learn.Experience;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Success rates and usage of the experiences in the buffer.
 *
 * @param total experiences
 * @param successRate share of successes over all of them
 * @param windowSuccessRate share of successes over the last {@link ReflectionBuffer#WINDOW}
 * @param meanReward mean reward
 * @param byTool per tool
 * @param byCard per pattern card
 */
public record BufferStats(int total, double successRate, double windowSuccessRate, double meanReward,
        Map<String, Usage> byTool, Map<String, Usage> byCard) {

    /** Usage and success of one tool or card. */
    public record Usage(int count, double successRate, double meanReward) {
    }

    static BufferStats of(List<Experience> all) {
        Map<String, double[]> tools = new TreeMap<>();
        Map<String, double[]> cards = new TreeMap<>();
        double sum = 0;
        int successes = 0;
        for (Experience e : all) {
            boolean ok = ReflectionBuffer.isSuccess(e.reward());
            sum += e.reward();
            successes += ok ? 1 : 0;
            add(tools, e.tool(), e.reward(), ok);
            add(cards, e.card().name(), e.reward(), ok);
        }
        int from = Math.max(0, all.size() - ReflectionBuffer.WINDOW);
        long windowOk = all.subList(from, all.size()).stream().filter(e -> ReflectionBuffer.isSuccess(e.reward())).count();
        int n = all.size();
        return new BufferStats(n, n == 0 ? 0 : successes / (double) n,
                n == 0 ? 0 : windowOk / (double) (n - from), n == 0 ? 0 : sum / n, usage(tools), usage(cards));
    }

    private static void add(Map<String, double[]> m, String key, double reward, boolean ok) {
        double[] a = m.computeIfAbsent(key, k -> new double[3]);
        a[0]++;
        a[1] += ok ? 1 : 0;
        a[2] += reward;
    }

    private static Map<String, Usage> usage(Map<String, double[]> m) {
        Map<String, Usage> out = new TreeMap<>();
        m.forEach((k, a) -> out.put(k, new Usage((int) a[0], a[1] / a[0], a[2] / a[0])));
        return out;
    }
}
