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

    // No pattern here repeats a group: Java's regex engine recurses once per repetition of a group, so
    // "#a #a #a ..." or "please please ..." would overflow the stack; repetition is done in plain loops instead.
    private static final Pattern POLITE_LEAD = Pattern.compile(
            "^(?:(?:please|pls|hey|ok|okay|hi)(?![\\p{L}\\p{N}])[\\s,!]*|(?:can|could|would|will) you\\s+)", FLAGS);
    private static final Pattern LEAD = Pattern.compile("^(?:"
            + "(?:take|make|save|add|write|create|leave)\\s+(?:a\\s+|me\\s+a\\s+)?(?:quick\\s+)?note(?:\\s+to\\s+self)?"
            + "(?:\\s+that)?|note\\s+to\\s+self(?:\\s+that)?|note\\s+(?:that|down)|note|memo"
            + "|remember(?:\\s+that)?|don'?t\\s+forget(?:\\s+that)?|do\\s+not\\s+forget(?:\\s+that)?"
            + "|keep\\s+in\\s+mind(?:\\s+that)?|jot\\s+down(?:\\s+that)?|write\\s+down(?:\\s+that)?"
            + "|record\\s+that|store\\s+that|save\\s+that|remind\\s+me\\s+that"
            + ")(?![\\p{L}\\p{N}])\\s*[:,\\-–—]?\\s*", FLAGS);
    private static final Pattern POLITE_TAIL = Pattern.compile(
            "[\\s,]*(?:please|pls|thanks|thank\\s+you|thx)[\\s.!]*$", FLAGS);
    private static final Pattern TAG_HEAD = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:tags?\\s*[:=]\\s*|tagged(?:\\s+(?:with|as))?(?:\\s*:\\s*|\\s+))", FLAGS);
    private static final Pattern TAG_LIST_END = Pattern.compile("\\s*[)\\]]?\\s*[.!]?\\s*$");
    private static final Pattern TAG_SEPARATOR = Pattern.compile("\\s*,\\s*|\\s*&\\s*|\\s+");
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_&#])#(\\p{L}[\\p{L}\\p{N}_-]*)");
    private static final Pattern HASHTAG_TOKEN = Pattern.compile("#\\p{L}[\\p{L}\\p{N}_-]*");
    private static final Pattern TAG_WORD = Pattern.compile(TAG);
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f]+");

    private NoteParser() {
    }

    static ParsedNote parse(String query, int maxTags) {
        String s = clean(query).strip();
        for (Matcher m = POLITE_LEAD.matcher(s); m.find(); m = POLITE_LEAD.matcher(s)) {
            s = s.substring(m.end());
        }
        s = LEAD.matcher(s).replaceFirst("");
        s = POLITE_TAIL.matcher(s).replaceFirst("");
        Set<String> tags = new LinkedHashSet<>();
        s = takeTagClause(s, tags);
        s = takeTrailingHashtags(s, tags);
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

    /**
     * Removes a trailing "tags: a, b" / "tagged a and b" clause and collects its tags. The first clause head whose
     * remainder is nothing but a tag list wins, so "the box was tagged blue, tags: infra" keeps "tagged blue".
     * Linear: the trailing run of tag-like words is measured once, then each head is compared against it.
     */
    private static String takeTagClause(String s, Set<String> tags) {
        Matcher end = TAG_LIST_END.matcher(s);
        int listEnd = end.find() ? end.start() : s.length();
        int runStart = trailingTagRunStart(s, listEnd);
        Matcher head = TAG_HEAD.matcher(s);
        while (head.find()) {
            if (head.end() < runStart || head.end() >= listEnd) {
                continue;
            }
            for (String w : tagList(s.substring(head.end(), listEnd))) {
                tags.add(normalizeTag(w));
            }
            int cut = head.start();
            while (cut > 0 && " ,;([–—-".indexOf(s.charAt(cut - 1)) >= 0) {
                cut--;
            }
            return s.substring(0, cut);
        }
        return s;
    }

    /** Where the run of tag words and separators ending at {@code end} begins. */
    private static int trailingTagRunStart(String s, int end) {
        int start = end;
        int i = end;
        while (i > 0) {
            while (i > 0 && (Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == ','
                    || s.charAt(i - 1) == '&')) {
                i--;
            }
            int b = i;
            while (b > 0 && !Character.isWhitespace(s.charAt(b - 1)) && s.charAt(b - 1) != ','
                    && s.charAt(b - 1) != '&') {
                b--;
            }
            if (b == i || !TAG_WORD.matcher(s.substring(b, i)).matches()) {
                break;
            }
            start = b;
            i = b;
        }
        return start;
    }

    /** The tags in "a, b and c" ("and" is a separator). */
    private static List<String> tagList(String list) {
        List<String> words = new ArrayList<>();
        for (String token : TAG_SEPARATOR.split(list.strip())) {
            if (!token.isEmpty() && !token.equalsIgnoreCase("and") && TAG_WORD.matcher(token).matches()) {
                words.add(token);
            }
        }
        return words;
    }

    /** Removes the run of hashtags at the end ("... db-7 #infra #ops.") and collects them. */
    private static String takeTrailingHashtags(String s, Set<String> tags) {
        String body = s.stripTrailing();
        if (body.endsWith(".") || body.endsWith("!")) {
            body = body.substring(0, body.length() - 1);
        }
        List<String> found = new ArrayList<>();
        int end = body.length();
        while (true) {
            int e = end;
            while (e > 0 && Character.isWhitespace(body.charAt(e - 1))) {
                e--;
            }
            int b = e;
            while (b > 0 && !Character.isWhitespace(body.charAt(b - 1))) {
                b--;
            }
            if (b == e || !HASHTAG_TOKEN.matcher(body.substring(b, e)).matches()) {
                break;
            }
            found.add(0, body.substring(b + 1, e));
            end = b;
        }
        if (found.isEmpty()) {
            return s;
        }
        for (String t : found) {
            tags.add(normalizeTag(t));
        }
        return body.substring(0, end);
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
