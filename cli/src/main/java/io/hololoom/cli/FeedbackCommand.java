package io.hololoom.cli;

import io.hololoom.api.Feedback;
import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.api.Spacetime;
import io.hololoom.api.learn.Experience;
import io.hololoom.core.Hololoom;
import io.hololoom.core.loom.Loom;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hololoom feedback ID --rating N}: tell the policy how a Spacetime went. */
@Command(name = "feedback", description = "Rate a Spacetime; the rating becomes a reward and updates the policy.")
final class FeedbackCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SPACETIME-ID", description = "The id printed by weave.")
    String id;

    @Option(names = "--rating", paramLabel = "0..5", description = "Stars from 0 (useless) to 5 (perfect).")
    Integer rating;

    @Option(names = "--right-tool", negatable = true, description = "Whether the chosen tool was the right one.")
    Boolean rightTool;

    @Option(names = "--expected", paramLabel = "TOOL", description = "The tool that should have been chosen.")
    String expected;

    @Option(names = "--correct", negatable = true, description = "Whether the answer was correct.")
    Boolean correct;

    @Override
    public Integer call() {
        if (rating == null && rightTool == null && expected == null && correct == null) {
            throw new HololoomException(Category.INPUT, "Say something about the Spacetime: --rating 0..5,"
                    + " --right-tool / --no-right-tool, --expected TOOL or --correct / --no-correct");
        }
        if (rating != null && (rating < 0 || rating > 5)) {
            throw new HololoomException(Category.INPUT, "--rating must be between 0 and 5, was [" + rating + "]");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Hololoom h = Hololoom.open(global.config())) {
            Loom loom = h.loom();
            Spacetime s = loom.find(id).orElseThrow(() -> new HololoomException(Category.INPUT, "No Spacetime with id ["
                    + id + "] in " + h.config().home() + "; use the id printed by 'hololoom weave' (the last 10,000"
                    + " are kept)"));
            if (expected != null && !loom.actions().contains(expected)) {
                throw new HololoomException(Category.INPUT, "Unknown tool [" + expected + "] for --expected; known tools "
                        + loom.actions());
            }
            Feedback f = new Feedback(rating == null ? OptionalInt.empty() : OptionalInt.of(rating),
                    Optional.ofNullable(rightTool), Optional.ofNullable(correct), Optional.ofNullable(expected), "");
            Optional<Experience> e = loom.reflect(s, f);
            if (e.isEmpty()) {
                throw new HololoomException(Category.INPUT, "Spacetime [" + id + "] failed before a tool was chosen;"
                        + " there is no decision to learn from");
            }
            out.printf(Locale.ROOT, "recorded feedback for %s (tool %s): reward %.3f, experience #%d; policy %s is now v%d%n",
                    id, s.tool(), e.get().reward(), e.get().sequence(), loom.learner().policyName(),
                    loom.learner().policy().version());
            return 0;
        }
    }
}
