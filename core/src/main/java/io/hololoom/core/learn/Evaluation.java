package io.hololoom.core.learn;

import io.hololoom.api.Policy;
import io.hololoom.api.Query;
import io.hololoom.api.Spacetime;
import io.hololoom.core.loom.Loom;
import java.util.List;

/**
 * {@code hololoom eval}: the current policy, greedy, on a labelled workload, with no learning: accuracy
 * (right tool), answer correctness where labels have answers, and a confusion matrix.
 *
 * @param confusion label × chosen tool
 * @param answered labelled answers checked (tool right and label has an answer)
 * @param correct of those, responses containing the answer
 */
public record Evaluation(Confusion confusion, int answered, int correct) {
    public double accuracy() {
        return confusion.accuracy();
    }

    public static Evaluation run(Loom loom, List<Workload.Example> workload, LearnLoop.Progress progress) {
        Confusion confusion = new Confusion(loom.actions());
        int answered = 0;
        int correct = 0;
        int i = 0;
        int right = 0;
        for (Workload.Example e : workload) {
            Spacetime s = loom.weave(Query.of(e.query()), Policy.Mode.GREEDY, false);
            confusion.add(e.tool(), s.tool());
            if (s.tool().equals(e.tool())) {
                right++;
                if (e.answer().isPresent()) {
                    answered++;
                    correct += SimulatedUser.contains(s.response(), e.answer().get()) ? 1 : 0;
                }
            }
            if (progress != null) {
                progress.episode(++i, right / (double) i);
            }
        }
        return new Evaluation(confusion, answered, correct);
    }
}
