package io.hololoom.cli;

import io.hololoom.core.Hololoom;
import io.hololoom.core.learn.Evaluation;
import io.hololoom.core.learn.Workload;
import io.hololoom.core.loom.Loom;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hololoom eval}: accuracy of the current policy on a labelled workload, with no learning. */
@Command(name = "eval", description = "Evaluate the current policy (greedy, no learning) on a labelled workload.")
final class EvalCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Mixin
    ExperimentOptions experiment;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Workload.Example> workload = Workload.read(experiment.workload("builtin:test"));
        try (Hololoom h = Hololoom.open(global.config(experiment.overrides()))) {
            Workload.seedNotes(h.memory());
            Loom loom = h.loom();
            loom.learner().setAutosave(false);
            Evaluation e = Evaluation.run(loom, workload, null);
            out.printf(Locale.ROOT, "policy %s v%d on %d queries: accuracy %.1f%%%n", loom.learner().policyName(),
                    loom.learner().policy().version(), workload.size(), 100 * e.accuracy());
            out.println("tool        precision  recall   support");
            e.confusion().precisionRecall().forEach((tool, pr) -> out.printf(Locale.ROOT, "%-10s  %8.1f%%  %6.1f%%  %7d%n",
                    tool, 100 * pr[0], 100 * pr[1], (long) pr[2]));
            if (e.answered() > 0) {
                out.printf(Locale.ROOT, "answers checked: %d, correct: %d (%.1f%%)%n", e.answered(), e.correct(),
                        100.0 * e.correct() / e.answered());
            }
            out.print(e.confusion().render());
            out.printf(Locale.ROOT, "{\"accuracy\":%s, \"n\":%d}%n", Double.toString(e.accuracy()), workload.size());
            return 0;
        }
    }
}
