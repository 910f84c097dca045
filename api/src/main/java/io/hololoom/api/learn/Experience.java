package io.hololoom.api.learn;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Feedback;
import io.hololoom.api.PatternCard;
import java.time.Instant;
import java.util.List;

/**
 * One routing decision and its outcome, as kept in the reflection buffer.
 *
 * @param sequence position in the buffer, increasing
 * @param spacetimeId the Spacetime it came from
 * @param at when the outcome was recorded
 * @param observation what the policy saw
 * @param actions the tool names in the order the policy saw them
 * @param action index of the tool that ran
 * @param probability the probability the policy gave that tool (propensity for offline evaluation)
 * @param reward the reward, finite, in [-1, 1]
 * @param policyVersion the policy's version when it decided
 * @param card the pattern card used
 * @param feedback what the user said
 */
public record Experience(long sequence, String spacetimeId, Instant at, float[] observation, List<String> actions,
        int action, double probability, double reward, long policyVersion, PatternCard card, Feedback feedback) {
    public Experience {
        requireNonNull(spacetimeId, "spacetimeId is null");
        requireNonNull(at, "at is null");
        observation = requireNonNull(observation, "observation is null").clone();
        actions = List.copyOf(requireNonNull(actions, "actions is null"));
        requireNonNull(card, "card is null");
        requireNonNull(feedback, "feedback is null");
        if (action < 0 || action >= actions.size()) {
            throw new IllegalArgumentException("action [" + action + "] out of range for " + actions);
        }
        if (!(probability > 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1], was [" + probability + "]");
        }
        if (!Double.isFinite(reward) || reward < -1 || reward > 1) {
            throw new IllegalArgumentException("reward must be finite and in [-1, 1], was [" + reward + "]");
        }
    }

    @Override
    public float[] observation() {
        return observation.clone();
    }

    public String tool() {
        return actions.get(action);
    }

    /** This experience as a one-step, terminated transition. */
    public Transition toTransition() {
        return new Transition(observation, action, Math.log(probability), Double.NaN, reward, true, false, null);
    }
}
