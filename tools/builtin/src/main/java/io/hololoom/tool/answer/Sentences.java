package io.hololoom.tool.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits shard text into sentences: at line breaks and after {@code . ! ?} followed by a space and a capital
 * letter, digit or quote, so "e.g. the" and "0.2" stay whole. Markdown bullets and heading marks are dropped,
 * control characters and lone surrogates become spaces, and very long sentences are shortened.
 */
final class Sentences {

    static final int MAX_SENTENCE_CHARS = 400;

    private static final Pattern LINES = Pattern.compile("[\\n\\r\\u000B\\u000C\\u0085\\u2028\\u2029]+");
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?])[\\s\"')\\]]*\\s+(?=[\\p{Lu}\\p{N}\"'(\\[])");
    private static final Pattern LEAD = Pattern.compile("^\\s*(?:[-*+>#]+|\\d+[.)])\\s+");
    private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}{2,}");

    private Sentences() {
    }

    static List<String> split(String text, int limit) {
        List<String> out = new ArrayList<>();
        for (String line : LINES.split(clean(text))) {
            for (String part : BOUNDARY.split(line)) {
                if (out.size() >= limit) {
                    return out;
                }
                String s = LEAD.matcher(part).replaceFirst("").strip();
                if (HAS_LETTER.matcher(s).find()) {
                    out.add(shorten(s));
                }
            }
        }
        return out;
    }

    private static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
            } else if (c == '\n' || c == '\r') {
                sb.append(c);
            } else if (Character.isISOControl(c) || Character.isSurrogate(c)) {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String shorten(String s) {
        if (s.length() <= MAX_SENTENCE_CHARS) {
            return s;
        }
        int cut = s.lastIndexOf(' ', MAX_SENTENCE_CHARS);
        if (cut < MAX_SENTENCE_CHARS / 2) {
            cut = MAX_SENTENCE_CHARS;
        }
        if (Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--;
        }
        return s.substring(0, cut).strip() + "…";
    }
}
