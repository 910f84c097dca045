package io.hololoom.benchmarks.embedder;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * The child process of {@link FirstVectorHarness}: in a fresh JVM, creates one candidate, embeds
 * "hello world", then embeds the 256 queries and 64 paragraphs with {@code embedAll}, and reports on one
 * line: milliseconds from JVM start to the first vector, and resident memory (VmRSS) after the first vector
 * and after the bulk work, plus the peak (VmHWM).
 *
 * <p>Run: {@code java -cp <benchmarks class path> io.hololoom.benchmarks.embedder.FirstVectorProbe <candidate>}.
 */
public final class FirstVectorProbe {
    static final String FIRST = "FIRST-VECTOR";
    static final String RESULT = "RESULT";

    private FirstVectorProbe() {
    }

    public static void main(String[] args) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainStart = System.currentTimeMillis();
        Candidate candidate = Candidate.create(args[0]);
        float[] first = candidate.embed("hello world");
        long firstAt = System.currentTimeMillis();
        // the harness times the fork up to this line
        System.out.println(FIRST);
        System.out.flush();
        double rssFirst = Machine.statusMiB("VmRSS");
        List<String> texts = new java.util.ArrayList<>(Texts.sentences());
        texts.addAll(Texts.paragraphs());
        double sink = first[0];
        for (int i = 0; i < texts.size(); i += 32) {
            for (float[] v : candidate.embedAll(texts.subList(i, Math.min(texts.size(), i + 32)))) {
                sink += v[0];
            }
        }
        double rssAfter = Machine.statusMiB("VmRSS");
        double hwm = Machine.statusMiB("VmHWM");
        Runtime rt = Runtime.getRuntime();
        double heapUsed = (rt.totalMemory() - rt.freeMemory()) / 1048576.0;
        System.out.printf(Locale.ROOT, "%s candidate=%s sinceJvmStartMs=%d sinceMainMs=%d rssFirstMiB=%.0f "
                + "rssAfterMiB=%.0f hwmMiB=%.0f heapUsedMiB=%.0f sink=%.3f%n", RESULT, args[0], firstAt - jvmStart,
                firstAt - mainStart, rssFirst, rssAfter, hwm, heapUsed, sink);
    }
}
