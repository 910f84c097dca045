package io.hololoom.tool.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares a question for {@link QuestionParser}: control characters removed, spaces collapsed, trailing
 * punctuation dropped, one swapped pair of adjacent letters repaired in a word of five or more letters when that
 * gives one of the parser's own words ("meniton" → "mention", "pelase" → "please"; a word the user filters by
 * is left alone unless it is itself one swap from such a word), and polite lead-ins removed ("hey,", "I need to
 * know", "can you tell me", "please"). Plain loops and regular expressions that repeat no group. Stateless.
 */
final class QueryText {

    /** A question that follows a lead-in: the text to parse and whether the lead-in asked for a count. */
    record Candidate(String text, boolean countHint) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** The words the parser itself relies on; only these are repaired. */
    private static final Set<String> VOCABULARY = Set.of("mention", "mentions", "mentioning", "mentioned",
            "contain", "contains", "containing", "tagged", "notes", "note", "documents", "document", "please",
            "about", "count", "number", "many", "which", "list", "show", "today", "yesterday", "week", "weeks",
            "month", "days", "hours", "last", "past", "from", "with", "have", "total", "stored", "saved", "regarding",
            "concerning", "talk", "talking", "appear", "appears", "entries", "items", "everything", "memos", "docs",
            "written", "added", "created");

    private static final Pattern LEAD = Pattern.compile("^(?:hey|hi|hello|yo|ok|okay|so|well|um|hmm|please|pls|just"
            + "|quick\\s+question|real\\s+quick|quickly|one\\s+more(?:\\s+thing)?|sorry|also|and|but|now"
            + "|i\\s+(?:need|want|would\\s+like)\\s+to\\s+know|i['’]d\\s+like\\s+to\\s+know|i\\s+wonder|i\\s+was\\s+wondering"
            + "|(?:can|could|would|will)\\s+(?:you|u)(?:\\s+please)?(?:\\s+(?:tell|show)\\s+me|\\s+let\\s+me\\s+know)?"
            + "|tell\\s+me|let\\s+me\\s+know|do\\s+you\\s+know|any\\s+idea)(?![\\p{L}\\p{N}'’])[\\s,:;!.-]*", FLAGS);
    private static final Pattern COUNT_WORD = Pattern.compile("(?<![\\p{L}])(?:count|how\\s+many|number|tally)"
            + "(?![\\p{L}])", FLAGS);
    private static final int MAX_LEADS = 8;

    private QueryText() {
    }

    /**
     * The texts to try, in order: the whole question without lead-ins, then what follows its first
     * {@code :} {@code ,} {@code ;} or {@code " - "} ("quick count: notes mentioning X", "sorry to ask, but ...").
     */
    static List<Candidate> candidates(String text) {
        String s = repair(clean(text));
        List<Candidate> out = new ArrayList<>(2);
        out.add(new Candidate(stripLeads(s), false));
        int cut = separator(s);
        if (cut > 0 && cut < s.length()) {
            String lead = s.substring(0, cut);
            out.add(new Candidate(stripLeads(s.substring(cut + 1).strip()), COUNT_WORD.matcher(lead).find()));
        }
        return out;
    }

    private static int separator(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':' || c == ',' || c == ';'
                    || c == '-' && i > 0 && i + 1 < s.length() && s.charAt(i - 1) == ' ' && s.charAt(i + 1) == ' ') {
                return i;
            }
        }
        return -1;
    }

    private static String stripLeads(String s) {
        for (int i = 0; i < MAX_LEADS; i++) {
            Matcher m = LEAD.matcher(s);
            if (!m.find() || m.end() == 0) {
                break;
            }
            s = s.substring(m.end());
        }
        return s.strip();
    }

    /** Repairs words that are one adjacent swap away from a vocabulary word and not words themselves. */
    static String repair(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (!Character.isLetter(c)) {
                out.append(c);
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(s.charAt(i))) {
                i++;
            }
            String word = s.substring(start, i);
            // four-letter swaps are too often real words ("form" / "from")
            out.append(word.length() >= 5 && word.length() <= 12 ? swapped(word) : word);
        }
        return out.toString();
    }

    private static String swapped(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (VOCABULARY.contains(lower)) {
            return word;
        }
        char[] chars = lower.toCharArray();
        for (int k = 0; k + 1 < chars.length; k++) {
            char a = chars[k];
            chars[k] = chars[k + 1];
            chars[k + 1] = a;
            String candidate = new String(chars);
            if (VOCABULARY.contains(candidate)) {
                return candidate;
            }
            chars[k + 1] = chars[k];
            chars[k] = a;
        }
        return word;
    }

    /** Control characters and lone surrogates become spaces; trailing punctuation goes; spaces collapse. */
    static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
                space = false;
            } else if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSurrogate(c)
                    || Character.getType(c) == Character.FORMAT || Character.isSpaceChar(c)) {
                if (!space) {
                    sb.append(' ');
                    space = true;
                }
            } else {
                sb.append(c);
                space = false;
            }
        }
        int end = sb.length();
        while (end > 0 && " ?.!".indexOf(sb.charAt(end - 1)) >= 0) {
            end--;
        }
        return sb.substring(0, end);
    }
}
