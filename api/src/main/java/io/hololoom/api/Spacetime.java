package io.hololoom.api;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The result of weaving one query: the answer and the full trace of how it was made. Immutable.
 *
 * @param id unique id, used for feedback
 * @param query the query text as received
 * @param card the pattern card used
 * @param tool the tool that ran, or {@code error} when weaving failed before or while running it
 * @param status how the tool run ended
 * @param response the text for the user
 * @param confidence in [0, 1]; 0 on any failure
 * @param quality the tool's own judgement of its result in [0, 1], NaN if it could not judge
 * @param sources shard ids the response was built from
 * @param trace how it was made
 */
public record Spacetime(String id, String query, PatternCard card, String tool, ToolResult.Status status,
        String response, double confidence, double quality, List<String> sources, Trace trace) {

    /** The tool name recorded when weaving failed. */
    public static final String ERROR_TOOL = "error";

    public Spacetime {
        requireNonNull(id, "id is null");
        requireNonNull(query, "query is null");
        requireNonNull(card, "card is null");
        requireNonNull(tool, "tool is null");
        requireNonNull(status, "status is null");
        requireNonNull(response, "response is null");
        sources = List.copyOf(requireNonNull(sources, "sources is null"));
        requireNonNull(trace, "trace is null");
        if (!Double.isNaN(quality) && (quality < 0 || quality > 1)) {
            throw new IllegalArgumentException("quality must be in [0, 1] or NaN, was [" + quality + "]");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], was [" + confidence + "]");
        }
    }

    public boolean isError() {
        return ERROR_TOOL.equals(tool) || status != ToolResult.Status.OK;
    }
}
