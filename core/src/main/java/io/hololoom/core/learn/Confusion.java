package io.hololoom.core.learn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A confusion matrix over tool names (rows: labelled tool, columns: chosen tool), with precision and recall. */
public final class Confusion {
    private final List<String> tools;
    private final long[][] counts;

    public Confusion(List<String> tools) {
        this.tools = List.copyOf(tools);
        this.counts = new long[tools.size() + 1][tools.size() + 1];
    }

    private int index(String tool) {
        int i = tools.indexOf(tool);
        return i < 0 ? tools.size() : i;
    }

    public synchronized void add(String expected, String chosen) {
        counts[index(expected)][index(chosen)]++;
    }

    public synchronized long total() {
        long n = 0;
        for (long[] row : counts) {
            for (long c : row) {
                n += c;
            }
        }
        return n;
    }

    public synchronized double accuracy() {
        long right = 0;
        for (int i = 0; i < tools.size(); i++) {
            right += counts[i][i];
        }
        long n = total();
        return n == 0 ? 0 : right / (double) n;
    }

    /** Precision and recall per tool. */
    public synchronized Map<String, double[]> precisionRecall() {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int t = 0; t < tools.size(); t++) {
            long tp = counts[t][t];
            long predicted = 0;
            long actual = 0;
            for (int i = 0; i <= tools.size(); i++) {
                predicted += counts[i][t];
                actual += counts[t][i];
            }
            out.put(tools.get(t), new double[] {predicted == 0 ? 0 : tp / (double) predicted,
                    actual == 0 ? 0 : tp / (double) actual, actual});
        }
        return out;
    }

    /** The matrix as aligned text. */
    public synchronized String render() {
        StringBuilder sb = new StringBuilder();
        int w = Math.max(8, tools.stream().mapToInt(String::length).max().orElse(8) + 1);
        int first = Math.max(w, "label\\chose".length() + 1);
        sb.append(String.format(Locale.ROOT, "%-" + first + "s", "label\\chose"));
        for (String t : tools) {
            sb.append(String.format(Locale.ROOT, "%" + w + "s", t));
        }
        sb.append(String.format(Locale.ROOT, "%" + w + "s%n", "other"));
        for (int i = 0; i < tools.size(); i++) {
            sb.append(String.format(Locale.ROOT, "%-" + first + "s", tools.get(i)));
            for (int j = 0; j <= tools.size(); j++) {
                sb.append(String.format(Locale.ROOT, "%" + w + "d", counts[i][j]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    public List<String> tools() {
        return tools;
    }
}
