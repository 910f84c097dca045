package io.hololoom.benchmarks.routing;

import io.hololoom.api.Decision;
import io.hololoom.api.Observation;
import io.hololoom.api.Policy;
import io.hololoom.api.learn.ExperienceBatch;
import io.hololoom.api.learn.Transition;
import io.hololoom.core.Hololoom;
import io.hololoom.core.config.HololoomConfig;
import io.hololoom.core.learn.LearnLoop;
import io.hololoom.core.learn.Workload;
import io.hololoom.core.loom.Loom;
import io.hololoom.policy.neural.Backend;
import io.hololoom.policy.neural.NeuralPolicy;
import io.hololoom.policy.neural.NeuralPolicyConfig;
import io.hololoom.trainer.ppo.PpoTrainer;
import io.hololoom.trainer.ppo.PpoTrainerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A fast, approximate stand-in for {@code hololoom learn} with {@code neural} + {@code ppo}, for tuning only:
 * the observation of every workload query is computed once ({@link Loom#observe}, no tool runs), then each
 * configuration and seed replays the learn loop on those fixed observations with the real policy and trainer
 * classes: the same episode order as {@code LearnLoop} (a {@code SplittableRandom(seed)} shuffle), a sampled
 * decision, the simulated user's reward (right tool 1, wrong −0.6 under {@code weighted}), and a PPO update on
 * the newest {@code every} transitions every {@code every} episodes, as {@code Learner} does. Then greedy
 * accuracy on the test split.
 *
 * <p>What it leaves out: the observation's context features change a little during a real run as the
 * {@code note} tool stores notes; answer correctness ({@code outcome}) is not simulated. Settings found here
 * are confirmed with {@link RoutingBenchmark}, which runs the real loop.
 *
 * <pre>
 * benchmarks/run io.hololoom.benchmarks.routing.RoutingTuner [--embedder minilm] [--dims 96] [--weight 1.0]
 *     [--seeds 1,2,3,4,5] [--episodes 500] "every=16;lr=3e-3;ep=10;mb=16;ent=0;kl=0;clip=0.2;hidden=64x64" ...
 * </pre>
 *
 * <p>Keys of a setting (unset keys take the defaults in brackets, not the program's): {@code every} (16) an
 * update every that many episodes; {@code bs} (= every) the newest experiences each update trains on;
 * {@code mb} (= every) minibatch; {@code ep} (10) epochs; {@code lr} (3e-3); {@code anneal} (0) total updates
 * of a linear learning-rate decay; {@code clip} (0.2); {@code ent} (0); {@code kl} (0) target KL; {@code vf}
 * (0.5) value coefficient; {@code gn} (0.5) max gradient norm; {@code normadv} (true); {@code base}
 * (critic|none) baseline; {@code dec} (false) decoupled objective; {@code mw} (1) max behaviour weight;
 * {@code hidden} (64x64); {@code right}/{@code wrong} (1/−0.6) rewards; {@code obsnorm} (false)
 * standardised observations. The program's routing defaults are
 * {@code "every=32;bs=256;mb=16;ep=8;lr=3e-3;ent=0;kl=0;normadv=false;base=none;dec=true"}.
 */
public final class RoutingTuner {
    private RoutingTuner() {
    }

    /** Observations of a workload split with their labels (as action indices). */
    record Split(float[][] observations, int[] labels) {
    }

    public static void main(String[] args) throws IOException {
        String embedder = "minilm";
        String dims = "96";
        String weight = "1.0";
        List<Long> seeds = List.of(1L, 2L, 3L, 4L, 5L);
        int episodes = 500;
        List<String> specs = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--embedder" -> embedder = value(args, ++i, "--embedder");
                    case "--dims" -> dims = value(args, ++i, "--dims");
                    case "--weight" -> weight = value(args, ++i, "--weight");
                    case "--episodes" -> episodes = Integer.parseInt(value(args, ++i, "--episodes"));
                    case "--seeds" -> seeds = Arrays.stream(value(args, ++i, "--seeds").split(",")).map(Long::parseLong)
                            .toList();
                    default -> specs.add(args[i]);
                }
            }
            if (!List.of("minilm", "hashing").contains(embedder)) {
                throw new IllegalArgumentException("--embedder must be minilm or hashing, was [" + embedder + "]");
            }
            int e = Integer.parseInt(dims);
            if (e < 0 || e > FULL || Double.parseDouble(weight) < 0 || episodes < 1 || seeds.isEmpty()) {
                throw new IllegalArgumentException("--dims must be in [0, " + FULL + "], --weight >= 0, --episodes >= 1"
                        + " and --seeds a list of seeds");
            }
            if (specs.isEmpty()) {
                throw new IllegalArgumentException("no setting given");
            }
            specs.forEach(RoutingTuner::parse);
        } catch (IllegalArgumentException e) {
            String what = e instanceof NumberFormatException ? "a number is expected: " + e.getMessage() : e.getMessage();
            System.err.println("RoutingTuner: " + what + "\nusage: RoutingTuner [--embedder minilm|hashing]"
                    + " [--dims 96] [--weight 1.0] [--seeds 1,2,3] [--episodes 500] \"every=32;lr=3e-3;...\" ...\n"
                    + "keys: " + KEYS);
            System.exit(2);
            return;
        }
        long t0 = System.nanoTime();
        Split[] full = fullObservations(embedder);
        int e = Integer.parseInt(dims);
        Split train = reencode(full[0], e, Double.parseDouble(weight));
        Split test = reencode(full[1], e, Double.parseDouble(weight));
        List<String> actions = ACTIONS;
        System.out.printf(Locale.ROOT, "# embedder %s, dims %s, weight %s: %d-long observations in %.1f s%n", embedder,
                dims, weight, train.observations()[0].length, (System.nanoTime() - t0) / 1e9);
        Split trainNorm = standardised(train, train);
        Split testNorm = standardised(test, train);
        for (String spec : specs) {
            Map<String, String> p = parse(spec);
            boolean norm = p.getOrDefault("obsnorm", "false").equals("true");
            double[] last = new double[seeds.size()];
            double[] acc = new double[seeds.size()];
            long start = System.nanoTime();
            for (int s = 0; s < seeds.size(); s++) {
                double[] r = norm ? run(p, seeds.get(s), trainNorm, testNorm, actions, episodes)
                        : run(p, seeds.get(s), train, test, actions, episodes);
                last[s] = r[0];
                acc[s] = r[1];
            }
            System.out.printf(Locale.ROOT, "%-70s last100 %5.1f ± %4.1f (min %5.1f)  test %5.1f ± %4.1f (min %5.1f)"
                    + "  %.1fs/run%n", spec, 100 * RoutingBenchmark.mean(last), 100 * RoutingBenchmark.sd(last), 100 * RoutingBenchmark.min(last),
                    100 * RoutingBenchmark.mean(acc), 100 * RoutingBenchmark.sd(acc), 100 * RoutingBenchmark.min(acc), (System.nanoTime() - start) / 1e9 / seeds.size());
        }
    }

    /** The loom's tool order (the default {@code hololoom.tools}). */
    static final List<String> ACTIONS = List.of("answer", "search", "calc", "note", "query");
    /** The embedder's dimension (384 for both built-in embedders). */
    static final int FULL = 384;

    /**
     * Observations of train and test with the whole embedding at weight 1 (so the embedding block is the raw
     * embedding), computed once per embedder and cached under {@code java.io.tmpdir}.
     */
    static Split[] fullObservations(String embedder) throws IOException {
        Path cache = Path.of(System.getProperty("java.io.tmpdir"), "hololoom-tuner-" + embedder + "-384.bin");
        if (Files.exists(cache)) {
            try (java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(
                    Files.newInputStream(cache)))) {
                return new Split[] {readSplit(in), readSplit(in)};
            }
        }
        Path home = Files.createTempDirectory("hololoom-tuner");
        Map<String, String> flags = Map.of("hololoom.embedder", embedder, "hololoom.policy", "uniform",
                "hololoom.encoder.embedding-dims", Integer.toString(FULL), "hololoom.encoder.embedding-weight", "1.0",
                "hololoom.policy.warm-start", "false");
        Split[] out;
        try (Hololoom h = Hololoom.open(HololoomConfig.load(home, flags, Map.of()))) {
            Workload.seedNotes(h.memory());
            Loom loom = h.coldLoom();
            if (!loom.actions().equals(ACTIONS)) {
                throw new IllegalStateException("tools " + loom.actions() + ", expected " + ACTIONS);
            }
            out = new Split[] {observe(loom, Workload.read("builtin:train")), observe(loom, Workload.read("builtin:test"))};
        }
        try (java.io.DataOutputStream o = new java.io.DataOutputStream(new java.io.BufferedOutputStream(
                Files.newOutputStream(cache)))) {
            for (Split s : out) {
                o.writeInt(s.labels().length);
                o.writeInt(s.observations()[0].length);
                for (int i = 0; i < s.labels().length; i++) {
                    o.writeInt(s.labels()[i]);
                    for (float f : s.observations()[i]) {
                        o.writeFloat(f);
                    }
                }
            }
        }
        return out;
    }

    private static Split readSplit(java.io.DataInputStream in) throws IOException {
        int n = in.readInt();
        int d = in.readInt();
        float[][] obs = new float[n][d];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = in.readInt();
            for (int j = 0; j < d; j++) {
                obs[i][j] = in.readFloat();
            }
        }
        return new Split(obs, labels);
    }

    /** The observation {@code ObservationEncoder} gives for E = {@code dims} and w = {@code weight}. */
    static Split reencode(Split full, int dims, double weight) {
        float scale = dims == 0 ? 0 : (float) (weight * Math.sqrt(FULL / (double) dims));
        float[][] out = new float[full.labels().length][];
        for (int i = 0; i < out.length; i++) {
            float[] x = full.observations()[i];
            float[] y = new float[dims + x.length - FULL];
            for (int j = 0; j < dims; j++) {
                y[j] = x[j] * scale;
            }
            System.arraycopy(x, FULL, y, dims, x.length - FULL);
            out[i] = y;
        }
        return new Split(out, full.labels());
    }

    /**
     * An experiment for a proposed core change (observation normalisation): every component standardised with
     * the mean and standard deviation over the {@code by} split (constant components left as they are). This
     * uses the statistics of the whole training split up front, so it is an optimistic stand-in for a running
     * normaliser.
     */
    static Split standardised(Split s, Split by) {
        int d = by.observations()[0].length;
        double[] mean = new double[d];
        double[] sq = new double[d];
        for (float[] x : by.observations()) {
            for (int j = 0; j < d; j++) {
                mean[j] += x[j];
                sq[j] += x[j] * (double) x[j];
            }
        }
        int n = by.observations().length;
        float[][] out = new float[s.observations().length][d];
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
            double sd = Math.sqrt(Math.max(0, sq[j] / n - mean[j] * mean[j]));
            for (int i = 0; i < out.length; i++) {
                float x = s.observations()[i][j];
                out[i][j] = sd < 1e-6 ? x : (float) ((x - mean[j]) / sd);
            }
        }
        return new Split(out, s.labels());
    }

    static Split observe(Loom loom, List<Workload.Example> examples) {
        float[][] obs = new float[examples.size()][];
        int[] labels = new int[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            obs[i] = loom.observe(examples.get(i).query(), null).vector();
            labels[i] = loom.actions().indexOf(examples.get(i).tool());
        }
        return new Split(obs, labels);
    }

    /** The keys a setting may use (see the class comment). */
    static final List<String> KEYS = List.of("every", "bs", "mb", "ep", "lr", "anneal", "clip", "ent", "kl", "vf", "gn",
            "normadv", "base", "dec", "mw", "hidden", "right", "wrong", "obsnorm");

    /**
     * A setting as key → value, checked: every key known, numbers numbers, flags true/false, {@code base}
     * critic/none, {@code hidden} sizes like 64x64.
     *
     * @throws IllegalArgumentException naming the bad part of {@code spec}
     */
    static Map<String, String> parse(String spec) {
        Map<String, String> p = new LinkedHashMap<>();
        for (String kv : spec.split(";")) {
            if (kv.isBlank()) {
                continue;
            }
            String[] parts = kv.split("=", 2);
            String key = parts[0].trim();
            if (parts.length != 2 || !KEYS.contains(key)) {
                throw new IllegalArgumentException("[" + kv.trim() + "] in setting [" + spec + "] is not KEY=VALUE with"
                        + " a known key");
            }
            String value = parts[1].trim();
            boolean ok = switch (key) {
                case "normadv", "dec", "obsnorm" -> value.equals("true") || value.equals("false");
                case "base" -> value.equals("critic") || value.equals("none");
                case "hidden" -> value.matches("[1-9]\\d*(x[1-9]\\d*)*");
                default -> value.matches("-?[0-9.]+([eE]-?[0-9]+)?");
            };
            if (!ok) {
                throw new IllegalArgumentException("bad value [" + value + "] for [" + key + "] in setting [" + spec + "]");
            }
            p.put(key, value);
        }
        return p;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static double d(Map<String, String> p, String key, double def) {
        return p.containsKey(key) ? Double.parseDouble(p.get(key)) : def;
    }

    /** One seeded learn run and its greedy test accuracy: {last-100 success, test accuracy}. */
    static double[] run(Map<String, String> p, long seed, Split train, Split test, List<String> actions, int episodes) {
        int every = (int) d(p, "every", 16);
        // bs > every: each update sees the newest bs experiences, as the Learner does with batch-size > train.every
        int bs = (int) d(p, "bs", every);
        List<Integer> hidden = Arrays.stream(p.getOrDefault("hidden", "64x64").split("x")).map(Integer::parseInt)
                .toList();
        NeuralPolicy policy = new NeuralPolicy(new NeuralPolicyConfig(Backend.JAVA, hidden, seed, 0, 0));
        PpoTrainerConfig c = new PpoTrainerConfig(d(p, "lr", 3e-3), (long) d(p, "anneal", 0), false,
                d(p, "clip", 0.2), 0, 0.99, 0.95, d(p, "vf", 0.5), d(p, "ent", 0.0), d(p, "gn", 0.5),
                (int) d(p, "ep", 10), (int) d(p, "mb", every), d(p, "kl", 0), bs, p.getOrDefault("normadv", "true")
                .equals("true"), PpoTrainerConfig.Baseline.valueOf(p.getOrDefault("base", "critic").toUpperCase(Locale.ROOT)),
                p.getOrDefault("dec", "false").equals("true"), d(p, "mw", 1), 1e-5, seed);
        PpoTrainer trainer = new PpoTrainer(c);
        double right = d(p, "right", 1.0);
        double wrong = d(p, "wrong", -0.6);
        SplittableRandom rng = new SplittableRandom(seed);
        int[] order = LearnLoop.shuffled(train.labels().length, rng);
        int next = 0;
        Deque<Transition> recent = new ArrayDeque<>();
        int since = 0;
        boolean[] success = new boolean[episodes];
        for (int i = 0; i < episodes; i++) {
            if (next == order.length) {
                order = LearnLoop.shuffled(train.labels().length, rng);
                next = 0;
            }
            int row = order[next++];
            float[] x = train.observations()[row];
            Decision dec = policy.decide(new Observation(x, actions), Policy.Mode.EXPLORE);
            boolean ok = dec.action() == train.labels()[row];
            success[i] = ok;
            recent.addLast(new Transition(x, dec.action(), Math.log(Math.max(1e-9, dec.probability())), Double.NaN,
                    ok ? right : wrong, true, false, null));
            if (recent.size() > bs) {
                recent.removeFirst();
            }
            if (++since >= every) {
                since = 0;
                trainer.train(policy, new ExperienceBatch(List.copyOf(recent)));
            }
        }
        int tail = Math.min(100, episodes);
        int okTail = 0;
        for (int i = episodes - tail; i < episodes; i++) {
            okTail += success[i] ? 1 : 0;
        }
        int okTest = 0;
        for (int i = 0; i < test.labels().length; i++) {
            Decision dec = policy.decide(new Observation(test.observations()[i], actions), Policy.Mode.GREEDY);
            okTest += dec.action() == test.labels()[i] ? 1 : 0;
        }
        return new double[] {okTail / (double) tail, okTest / (double) test.labels().length};
    }
}
