package io.hololoom.api.learn;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Transitions in the order they happened.
 *
 * @param transitions at least one
 */
public record ExperienceBatch(List<Transition> transitions) {
    public ExperienceBatch {
        transitions = List.copyOf(requireNonNull(transitions, "transitions is null"));
        if (transitions.isEmpty()) {
            throw new IllegalArgumentException("an experience batch needs at least one transition");
        }
    }

    public int size() {
        return transitions.size();
    }
}
