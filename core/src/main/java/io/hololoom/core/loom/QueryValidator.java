package io.hololoom.core.loom;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import java.util.ArrayList;
import java.util.List;

/**
 * The first stage: rejects queries that cannot be served and cleans those that can.
 *
 * <p>Blank or over-long queries are rejected with a message that says the limit and the key that sets it.
 * Control characters (other than tab and newline) are removed and unpaired surrogates replaced with U+FFFD;
 * both are reported as warnings, so nothing a user typed is silently lost.
 */
final class QueryValidator {
    /** A validated query and what was changed. */
    record Clean(String text, List<String> warnings) {
    }

    private final int maxLength;

    QueryValidator(int maxLength) {
        this.maxLength = maxLength;
    }

    Clean validate(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new HololoomException(Category.INPUT, "The query is blank; type a question or a command, e.g."
                    + " hololoom weave \"what is 17 * 23?\"");
        }
        if (raw.length() > maxLength) {
            throw new HololoomException(Category.INPUT, "The query is " + raw.length() + " characters long; the limit is "
                    + maxLength + ". Shorten it, put long text into memory with 'hololoom ingest FILE', or raise"
                    + " hololoom.query.max-length.");
        }
        List<String> warnings = new ArrayList<>();
        StringBuilder out = new StringBuilder(raw.length());
        int controls = 0;
        int surrogates = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                    out.append(c).append(raw.charAt(++i));
                } else {
                    out.append('\uFFFD');
                    surrogates++;
                }
            } else if (Character.isLowSurrogate(c)) {
                out.append('\uFFFD');
                surrogates++;
            } else if (Character.isISOControl(c) && c != '\t' && c != '\n') {
                controls++;
            } else {
                out.append(c);
            }
        }
        if (controls > 0) {
            warnings.add("removed " + controls + " control character(s) from the query");
        }
        if (surrogates > 0) {
            warnings.add("replaced " + surrogates + " unpaired surrogate(s) in the query with U+FFFD");
        }
        String text = out.toString().strip();
        if (text.isEmpty()) {
            throw new HololoomException(Category.INPUT, "The query has no visible characters once control characters"
                    + " are removed; type a question or a command.");
        }
        return new Clean(text, warnings);
    }
}
