package io.hololoom.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.Feedback;
import io.hololoom.api.RewardFunction;
import io.hololoom.api.Spacetime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link RewardFunction} keeps, as its javadoc states it: pure (the same inputs give the
 * same output, from every instance), thread-safe, and a finite result in [-1, 1] for every Spacetime (every
 * status, a failed weave, NaN quality) and every kind of feedback (none, ratings 0..5, right or wrong tool,
 * correct or not, an expected tool).
 *
 * <pre>{@code
 * class MyRewardContractTest extends RewardFunctionContractTest {
 *     protected RewardFunction createRewardFunction() { return new MyRewardProvider().create(context); }
 * }
 * }</pre>
 */
public abstract class RewardFunctionContractTest {
    /** A new reward function; every call must give one of the same configuration. */
    protected abstract RewardFunction createRewardFunction();

    /** The Spacetimes every reward is checked on; {@link Spacetimes#spread()} by default. */
    protected List<Spacetime> spacetimes() {
        return Spacetimes.spread();
    }

    /** Every kind of feedback. */
    protected List<Feedback> feedbacks() {
        List<Feedback> out = new ArrayList<>();
        out.add(Feedback.NONE);
        for (int stars = 0; stars <= 5; stars++) {
            out.add(Feedback.rating(stars));
        }
        for (boolean b : new boolean[] {true, false}) {
            out.add(new Feedback(OptionalInt.empty(), Optional.of(b), Optional.empty(), Optional.empty(), ""));
            out.add(new Feedback(OptionalInt.empty(), Optional.empty(), Optional.of(b), Optional.empty(), ""));
            out.add(new Feedback(OptionalInt.of(b ? 5 : 0), Optional.of(b), Optional.of(b), Optional.empty(),
                    "a comment"));
        }
        out.add(new Feedback(OptionalInt.empty(), Optional.of(false), Optional.empty(), Optional.of("search"), ""));
        out.add(new Feedback(OptionalInt.of(3), Optional.empty(), Optional.empty(), Optional.of("calc"), ""));
        return List.copyOf(out);
    }

    private List<Double> all(RewardFunction reward) {
        List<Double> out = new ArrayList<>();
        for (Spacetime s : spacetimes()) {
            for (Feedback f : feedbacks()) {
                out.add(reward.reward(s, f));
            }
        }
        return out;
    }

    @Test
    void everyRewardIsFiniteAndWithinMinusOneAndOne() {
        RewardFunction reward = createRewardFunction();
        for (Spacetime s : spacetimes()) {
            for (Feedback f : feedbacks()) {
                double r = reward.reward(s, f);
                assertThat(Double.isFinite(r)).as("finite reward for %s / %s", s.tool() + " " + s.status(), f).isTrue();
                assertThat(r).as("reward for %s %s / %s", s.tool(), s.status(), f).isBetween(-1.0, 1.0);
            }
        }
    }

    @Test
    void theRewardIsPure() {
        RewardFunction reward = createRewardFunction();
        List<Double> first = all(reward);
        assertThat(all(reward)).as("the same instance, again").isEqualTo(first);
        assertThat(all(createRewardFunction())).as("another instance").isEqualTo(first);
    }

    @Test
    void concurrentUseGivesTheSameRewards() throws Exception {
        RewardFunction reward = createRewardFunction();
        List<Double> expected = all(reward);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Double>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> all(reward)));
            }
            for (Future<List<Double>> f : futures) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
