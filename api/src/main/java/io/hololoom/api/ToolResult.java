package io.hololoom.api;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * What a tool returned.
 *
 * @param status how the run ended
 * @param output the text shown to the user; empty when the tool produced nothing
 * @param quality the tool's own judgement of its result in [0, 1], or {@code NaN} if it cannot judge
 * @param reason why the tool refused or failed; empty for OK
 * @param sources ids of the shards the output was built from
 * @param data structured results (e.g. {@code value -> 391}); string keys and values
 */
public record ToolResult(Status status, String output, double quality, String reason, List<String> sources,
        Map<String, String> data) {

    /** How a tool run ended. */
    public enum Status {
        OK, ERROR, TIMEOUT, REFUSED
    }

    public ToolResult {
        requireNonNull(status, "status is null");
        requireNonNull(output, "output is null");
        requireNonNull(reason, "reason is null");
        sources = List.copyOf(requireNonNull(sources, "sources is null"));
        data = Map.copyOf(requireNonNull(data, "data is null"));
        if (!Double.isNaN(quality) && (quality < 0 || quality > 1)) {
            throw new IllegalArgumentException("quality must be in [0, 1] or NaN, was [" + quality + "]");
        }
    }

    public static ToolResult ok(String output, double quality) {
        return new ToolResult(Status.OK, output, quality, "", List.of(), Map.of());
    }

    public static ToolResult ok(String output, double quality, List<String> sources, Map<String, String> data) {
        return new ToolResult(Status.OK, output, quality, "", sources, data);
    }

    public static ToolResult refused(String reason) {
        return new ToolResult(Status.REFUSED, "", 0, reason, List.of(), Map.of());
    }

    public static ToolResult error(String reason) {
        return new ToolResult(Status.ERROR, "", 0, reason, List.of(), Map.of());
    }

    public static ToolResult timeout(String reason) {
        return new ToolResult(Status.TIMEOUT, "", 0, reason, List.of(), Map.of());
    }

    public boolean isOk() {
        return status == Status.OK;
    }
}
