package io.hololoom.api;

import static java.util.Objects.requireNonNull;

/**
 * A failure recorded in a trace instead of being thrown.
 *
 * @param stage where it happened, e.g. {@code tool_execution}
 * @param message what happened, without user text
 * @param type the kind, e.g. the exception's simple class name or {@code timeout}
 */
public record TraceError(String stage, String message, String type) {
    public TraceError {
        requireNonNull(stage, "stage is null");
        requireNonNull(message, "message is null");
        requireNonNull(type, "type is null");
    }
}
