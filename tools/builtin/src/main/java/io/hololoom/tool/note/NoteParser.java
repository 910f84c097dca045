package io.hololoom.tool.note;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns "remember that the staging server is db-7 #infra" into the note text "the staging server is db-7" and
 * the tags [infra]. Understood: lead phrases ("remember that", "note:", "take a note:", "save a note that",
 * "jot down", ...), politeness ("please", "thanks"), trailing hashtags (inline ones keep their word), and a
 * trailing tag clause ("tags: a, b", "tag: a", "tagged infra", "tagged with a and b"). A hashtag starts with a
 * letter, so "issue #42" stays text. Control characters and
 * unpaired surrogates are removed. Stateless and thread-safe.
 */
final class NoteParser {

    /** A parsed note; text may be blank (the tool refuses it). */
    record ParsedNote(String text, List<String> tags) {
        ParsedNote {
            tags = List.copyOf(tags);
        }
    }

    static final int MAX_TAG_CHARS = 32;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String TAG = "#?[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*";

    private static final Pattern POLITE_LEAD = Pattern.compile(
            "^(?:(?:please|pls|hey|ok|okay|hi)\\b[\\s,!]*|(?:can|could|would|will) you\\s+)+", FLAGS);
    private static final Pattern LEAD = Pattern.compile("^(?:"
            + "(?:take|make|save|add|write|create|leave)\\s+(?:a\\s+|me\\s+a\\s+)?(?:quick\\s+)?note(?:\\s+to\\s+self)?"
            + "(?:\\s+that)?|note\\s+to\\s+self(?:\\s+that)?|note\\s+(?:that|down)|note|memo"
            + "|(?:please\\s+)?remember(?:\\s+that)?|don'?t\\s+forget(?:\\s+that)?|do\\s+not\\s+forget(?:\\s+that)?"
            + "|keep\\s+in\\s+mind(?:\\s+that)?|jot\\s+down(?:\\s+that)?|write\\s+down(?:\\s+that)?"
            + "|record\\s+that|store\\s+that|save\\s+that|remind\\s+me\\s+that"
            + ")(?![\\p{L}\\p{N}])\\s*[:,\\-–—]?\\s*", FLAGS);
    private static final Pattern POLITE_TAIL = Pattern.compile(
            "[\\s,]*(?:please|pls|thanks|thank\\s+you|thx)[\\s.!]*$", FLAGS);
    private static final Pattern TAG_CLAUSE = Pattern.compile(
            "[\\s,;(\\[–—-]*(?:\\btags?\\s*[:=]\\s*|\\btagged(?:\\s+(?:with|as))?(?:\\s*:\\s*|\\s+))"
            + "(" + TAG + "(?:\\s*(?:,|&|\\band\\b|\\s)\\s*" + TAG + ")*)\\s*[)\\]]?\\s*[.!]?\\s*$", FLAGS);
    private static final Pattern TRAILING_HASHTAGS = Pattern.compile(
            "(?:\\s*(?<![\\p{L}\\p{N}_&#])#\\p{L}[\\p{L}\\p{N}_-]*)+\\s*[.!]?\\s*$");
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_&#])#(\\p{L}[\\p{L}\\p{N}_-]*)");
    private static final Pattern TAG_WORD = Pattern.compile(TAG);
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f]+");

    private NoteParser() {
    }

    static ParsedNote parse(String query, int maxTags) {
        String s = clean(query).strip();
        s = POLITE_LEAD.matcher(s).replaceFirst("");
        s = LEAD.matcher(s).replaceFirst("");
        s = POLITE_TAIL.matcher(s).replaceFirst("");
        Set<String> tags = new LinkedHashSet<>();
        Matcher clause = TAG_CLAUSE.matcher(s);
        if (clause.find()) {
            Matcher words = TAG_WORD.matcher(clause.group(1));
            while (words.find()) {
                if (!words.group().equalsIgnoreCase("and")) {
                    tags.add(normalizeTag(words.group()));
                }
            }
            s = s.substring(0, clause.start());
        }
        Matcher trailing = TRAILING_HASHTAGS.matcher(s);
        if (trailing.find()) {
            collectHashtags(trailing.group(), tags);
            s = s.substring(0, trailing.start());
        }
        // inline hashtags tag the note and keep their word in the text
        collectHashtags(s, tags);
        s = HASHTAG.matcher(s).replaceAll("$1");
        s = POLITE_TAIL.matcher(s).replaceFirst("");
        s = s.strip();
        s = stripDanglingPunctuation(s);
        List<String> kept = new ArrayList<>();
        for (String t : tags) {
            if (kept.size() == maxTags) {
                break;
            }
            if (!t.isEmpty()) {
                kept.add(t);
            }
        }
        return new ParsedNote(s, kept);
    }

    private static void collectHashtags(String text, Set<String> tags) {
        Matcher m = HASHTAG.matcher(text);
        while (m.find()) {
            tags.add(normalizeTag(m.group(1)));
        }
    }

    private static String normalizeTag(String raw) {
        String t = raw.startsWith("#") ? raw.substring(1) : raw;
        t = t.toLowerCase(Locale.ROOT);
        return t.length() > MAX_TAG_CHARS ? t.substring(0, MAX_TAG_CHARS) : t;
    }

    /** A colon or comma left at either end by the lead phrase or the tag clause goes; a final period stays. */
    private static String stripDanglingPunctuation(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && ":,;-–—".indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && ":,;-–—".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end).strip();
    }

    /** Control characters (except line breaks) and unpaired surrogates become spaces; runs of spaces collapse. */
    static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
            } else if (c == '\n') {
                sb.append(c);
            } else if (c == '\r' || Character.isISOControl(c) || Character.isSurrogate(c)
                    || Character.getType(c) == Character.FORMAT) {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return SPACES.matcher(sb).replaceAll(" ");
    }
}
