package io.hololoom.cli;

import io.hololoom.api.Policy;
import io.hololoom.api.Query;
import io.hololoom.api.Spacetime;
import io.hololoom.api.learn.Experience;
import io.hololoom.core.Hololoom;
import io.hololoom.core.learn.OffPolicyEvaluator;
import io.hololoom.core.learn.SimulatedUser;
import io.hololoom.core.learn.Workload;
import io.hololoom.core.loom.Loom;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code hololoom ope --candidate NAME}: estimate a candidate policy's value from the reflection buffer (IPS,
 * SNIPS, doubly robust) and, with a workload, check the estimate against its true value under the simulated user.
 */
@Command(name = "ope", description = "Offline policy evaluation from the reflection buffer (IPS, SNIPS, doubly robust).")
final class OpeCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Option(names = "--candidate", required = true, paramLabel = "POLICY", description = "Policy to evaluate (its saved"
            + " state in the data directory is used, else it starts warm or cold as configured).")
    String candidate;

    @Option(names = "--greedy", description = "Evaluate the candidate's greedy choices instead of its exploring ones.")
    boolean greedy;

    @Option(names = "--truth", paramLabel = "FILE", description = "Also run the candidate on this labelled workload"
            + " (or builtin:train / builtin:test) under the simulated user and report its true mean reward.")
    String truth;

    @Option(names = "--max-weight", paramLabel = "W", defaultValue = "50", description = "Clip importance weights (50).")
    double maxWeight;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Policy.Mode mode = greedy ? Policy.Mode.GREEDY : Policy.Mode.EXPLORE;
        try (Hololoom h = Hololoom.open(global.config(Map.of("hololoom.policy", candidate)))) {
            Workload.seedNotes(h.memory());
            List<Experience> log = h.buffer().all();
            Loom loom = h.loom();
            loom.learner().setAutosave(false);
            OffPolicyEvaluator.Estimate e = new OffPolicyEvaluator(1.0, maxWeight).estimate(log, loom.learner().policy(),
                    mode);
            out.printf(Locale.ROOT, "logged experiences: %d, logged mean reward %.4f%n", e.n(), e.logged());
            out.printf(Locale.ROOT, "candidate %s (%s): IPS %.4f, SNIPS %.4f, DR %.4f (mean weight %.3f, %d clipped)%n",
                    candidate, mode.name().toLowerCase(Locale.ROOT), e.ips(), e.snips(), e.dr(), e.meanWeight(), e.clipped());
            String truthJson = "";
            if (truth != null) {
                double sum = 0;
                List<Workload.Example> workload = Workload.read(truth);
                for (Workload.Example ex : workload) {
                    Spacetime s = loom.weave(Query.of(ex.query()), mode, false);
                    sum += loom.learner().reward(s, SimulatedUser.judge(s, ex));
                }
                double value = sum / workload.size();
                out.printf(Locale.ROOT, "true value on %s: %.4f (IPS error %+.4f, DR error %+.4f)%n", truth, value,
                        e.ips() - value, e.dr() - value);
                truthJson = String.format(Locale.ROOT, ", \"true\":%s", Double.toString(value));
            }
            out.printf(Locale.ROOT, "{\"ips\":%s, \"snips\":%s, \"dr\":%s, \"n\":%d%s}%n", Double.toString(e.ips()),
                    Double.toString(e.snips()), Double.toString(e.dr()), e.n(), truthJson);
            return 0;
        }
    }
}
