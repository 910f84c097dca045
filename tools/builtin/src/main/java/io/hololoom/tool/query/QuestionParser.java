package io.hololoom.tool.query;

import io.hololoom.api.memory.Shard;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a structured question about the memory store. Understood shapes:
 * <ul>
 *   <li>a head: "how many / count / number of" (count) or "list / show (me) / find / get / which / what" (list),
 *       followed by a kind: notes, documents (docs, files, pages), or items (shards, entries, everything);</li>
 *   <li>optionally a tag: "tagged infra", "with tag infra", "#infra";</li>
 *   <li>optionally a period: "today", "yesterday", "this week", "last week", "this month", "last month",
 *       "(in) the last/past N days/hours/weeks", "the past week"; days begin in the clock's zone and weeks on
 *       Monday;</li>
 *   <li>optionally a keyword: "mention(ing) X", "about X", "containing X", "talking about X", "on X", ...</li>
 * </ul>
 * Anything else left over (apart from filler such as "do I have") makes the question unrecognised, so free
 * text is never silently read as a filter. Stateless and thread-safe.
 */
final class QuestionParser {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    // No pattern here repeats a group: Java's regex engine recurses once per repetition of a group, so runs of
    // words ("my my my ...", "from from ...") are skipped in plain loops instead.
    private static final Pattern KIND = Pattern.compile("notes?|memos?|documents?|docs?|files?|pages?|paragraphs?"
            + "|shards?|memories|entries|entry|items?|things|records?|everything|anything|stuff", FLAGS);
    private static final Set<String> SKIP = Set.of("all", "my", "the", "of", "your", "me", "any", "a", "an", "are", "stored",
            "saved", "recent", "latest", "existing");
    private static final String B = "(?<![\\p{L}\\p{N}'’])";
    private static final String E = "(?![\\p{L}\\p{N}'’])";

    private static final Pattern COUNT_HEAD = Pattern.compile("^(?:how\\s+many|count(?:\\s+up)?|(?:what(?:'s|’s|\\s+is)\\s+)?"
            + "(?:the\\s+)?(?:total\\s+)?number\\s+of|total|do\\s+(?:i|we)\\s+have|are\\s+there|is\\s+there"
            + "|have\\s+(?:i|we)\\s+(?:got|saved|written|made))\\s+", FLAGS);
    private static final Pattern LIST_HEAD = Pattern.compile("^(?:list|show(?:\\s+me)?|find|get|give\\s+me|display|fetch"
            + "|search(?:\\s+for)?|which|what|pull\\s+up|bring\\s+up|look\\s+up)\\s+", FLAGS);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’]+");

    private static final Pattern TAG = Pattern.compile("(?:" + B + "(?:(?:that\\s+are\\s+|which\\s+are\\s+|are\\s+)?"
            + "tagged(?:\\s+(?:with|as))?|with\\s+(?:the\\s+)?tags?|having\\s+(?:the\\s+)?tags?|under\\s+(?:the\\s+)?tags?"
            + "|in\\s+(?:the\\s+)?tag)\\s*:?\\s*#?|(?<![\\p{L}\\p{N}_&])#)([\\p{L}\\p{N}][\\p{L}\\p{N}_-]*)", FLAGS);

    private static final Set<String> TIME_LEAD = Set.of("from", "created", "written", "made", "added", "saved",
            "stored", "since", "in", "during", "of", "within", "over", "for");
    private static final Pattern TIME = Pattern.compile(B + "(?:the\\s+)?(?:"
            + "(today)|(yesterday)|(this\\s+week)|((?:last|previous)\\s+week)|(this\\s+month)|((?:last|previous)\\s+month)"
            + "|(?:last|past)\\s+(\\d{1,5})\\s+(days?|hours?|weeks?)|(?:last|past)\\s+(day|24\\s+hours|week)"
            + ")" + E, FLAGS);

    private static final Pattern KEYWORD = Pattern.compile(B + "(?:(?:that|which|who)\\s+)?(?:(?:contain(?:s|ing)?|with|includ(?:e|es|ing)|mention(?:s|ing)?)"
            + "\\s+the\\s+(?:word|term|phrase)|mention(?:s|ing|ed)?"
            + "|talk(?:s|ing)?\\s+about|about|discuss(?:es|ing)?|cover(?:s|ing)?|contain(?:s|ing)?|includ(?:e|es|ing)"
            + "|refer(?:s|ring)?\\s+to|regarding|concerning|on|with\\s+the\\s+(?:word|term|phrase)|matching"
            + "|say(?:s|ing)?|for|with)\\s+(.+)$", FLAGS);

    /** Words that may surround the clauses without changing the question. */
    private static final Set<String> FILLER = Set.of("do", "i", "have", "has", "are", "is", "were", "was", "there",
            "that", "which", "in", "total", "my", "all", "the", "stored", "saved", "exist", "exists", "any", "me",
            "you", "we", "got", "so", "far", "currently", "now", "right", "altogether", "been", "written", "made",
            "created", "added", "kept", "of", "ever", "existing", "already", "memory", "store", "i've", "we've",
            "does", "it", "contain", "hold", "holds", "there's", "exactly", "please");
    private static final Set<String> TRAILING_FILLER = Set.of("do", "i", "have", "are", "there", "is", "stored",
            "saved", "exist", "exists", "in", "total", "got", "so", "far", "now", "currently", "altogether", "we",
            "you", "any", "memory", "please", "right", "i've", "been");
    private static final Pattern TRIM = Pattern.compile("^[\\s\"'“”‘’`]+|[\\s\"'“”‘’`]+$");
    private static final Pattern ARTICLE = Pattern.compile("^(?:the|a|an)\\s+", FLAGS);

    static final int MAX_KEYWORD_CHARS = 100;

    private QuestionParser() {
    }

    /** The question, or empty when the text is not a question this tool understands. */
    static Optional<Question> parse(String text, Clock clock) {
        String s = clean(text);
        Question.Mode mode;
        Matcher head = COUNT_HEAD.matcher(s);
        if (head.find()) {
            mode = Question.Mode.COUNT;
        } else {
            head = LIST_HEAD.matcher(s);
            if (!head.find()) {
                return Optional.empty();
            }
            mode = Question.Mode.LIST;
        }
        // after the head: optional words such as "all my", then the kind noun
        Matcher words = WORD.matcher(s);
        int at = head.end();
        String noun = null;
        while (words.find(at) && words.start() == skipSpaces(s, at)) {
            String w = words.group().toLowerCase(Locale.ROOT);
            at = words.end();
            if (!SKIP.contains(w)) {
                noun = w;
                break;
            }
        }
        if (noun == null || !KIND.matcher(noun).matches()) {
            return Optional.empty();
        }
        Optional<Shard.Kind> kind = kindOf(noun);
        String rest = s.substring(at);

        Optional<String> tag = Optional.empty();
        Matcher t = TAG.matcher(rest);
        if (t.find()) {
            tag = Optional.of(t.group(1).toLowerCase(Locale.ROOT));
            rest = rest.substring(0, t.start()) + " " + rest.substring(t.end());
        }

        Optional<Instant> from = Optional.empty();
        Optional<Instant> to = Optional.empty();
        Optional<String> period = Optional.empty();
        Matcher time = TIME.matcher(rest);
        if (time.find()) {
            Period p = period(time, clock);
            if (p == null) {
                return Optional.empty();
            }
            from = Optional.of(p.from());
            to = Optional.ofNullable(p.to());
            period = Optional.of(p.label());
            rest = rest.substring(0, withLeadWords(rest, time.start())) + " " + rest.substring(time.end());
        }

        Optional<String> keyword = Optional.empty();
        Matcher k = KEYWORD.matcher(rest);
        if (k.find()) {
            String word = keyword(k.group(1));
            if (word.isEmpty() || word.length() > MAX_KEYWORD_CHARS) {
                return Optional.empty();
            }
            keyword = Optional.of(word);
            rest = rest.substring(0, k.start());
        }
        if (!onlyFiller(rest)) {
            return Optional.empty();
        }
        return Optional.of(new Question(mode, kind, keyword, tag, from, to, period));
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Moves a period's start back over the words that introduce it ("created in the last 7 days"). */
    private static int withLeadWords(String s, int start) {
        int begin = start;
        while (true) {
            int e = begin;
            while (e > 0 && s.charAt(e - 1) == ' ') {
                e--;
            }
            int b = e;
            while (b > 0 && Character.isLetter(s.charAt(b - 1))) {
                b--;
            }
            if (b == e || !TIME_LEAD.contains(s.substring(b, e).toLowerCase(Locale.ROOT))) {
                return begin;
            }
            begin = b;
        }
    }

    private record Period(Instant from, Instant to, String label) {
    }

    /** The range of a matched period; null for an absurd count ("last 0 days"). */
    private static Period period(Matcher m, Clock clock) {
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstOfMonth = today.withDayOfMonth(1);
        if (m.group(1) != null) {
            return days(today, today.plusDays(1), zone, "from today");
        }
        if (m.group(2) != null) {
            return days(today.minusDays(1), today, zone, "from yesterday");
        }
        if (m.group(3) != null) {
            return days(monday, monday.plusWeeks(1), zone, "from this week");
        }
        if (m.group(4) != null) {
            return days(monday.minusWeeks(1), monday, zone, "from last week");
        }
        if (m.group(5) != null) {
            return days(firstOfMonth, firstOfMonth.plusMonths(1), zone, "from this month");
        }
        if (m.group(6) != null) {
            return days(firstOfMonth.minusMonths(1), firstOfMonth, zone, "from last month");
        }
        if (m.group(7) != null) {
            long n = Long.parseLong(m.group(7));
            if (n < 1 || n > 36_500) {
                return null;
            }
            String unit = m.group(8).toLowerCase(Locale.ROOT);
            Duration d = unit.startsWith("hour") ? Duration.ofHours(n)
                    : unit.startsWith("week") ? Duration.ofDays(7 * n) : Duration.ofDays(n);
            String unitWord = unit.startsWith("hour") ? "hour" : unit.startsWith("week") ? "week" : "day";
            return new Period(now.minus(d), null,
                    "from the last " + (n == 1 ? unitWord : n + " " + unitWord + "s"));
        }
        String unit = m.group(9).toLowerCase(Locale.ROOT);
        if (unit.startsWith("week")) {
            return new Period(now.minus(Duration.ofDays(7)), null, "from the last 7 days");
        }
        return new Period(now.minus(Duration.ofHours(24)), null, "from the last 24 hours");
    }

    private static Period days(LocalDate from, LocalDate to, ZoneId zone, String label) {
        return new Period(from.atStartOfDay(zone).toInstant(), to.atStartOfDay(zone).toInstant(), label);
    }

    private static Optional<Shard.Kind> kindOf(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        if (n.startsWith("note") || n.startsWith("memo")) {
            return Optional.of(Shard.Kind.NOTE);
        }
        if (n.startsWith("doc") || n.startsWith("file") || n.startsWith("page") || n.startsWith("paragraph")) {
            return Optional.of(Shard.Kind.DOCUMENT);
        }
        return Optional.empty();
    }

    /** The keyword without quotes, a leading article or trailing filler ("PPO do I have" is "PPO"). */
    private static String keyword(String raw) {
        String w = TRIM.matcher(raw).replaceAll("");
        w = ARTICLE.matcher(w).replaceFirst("");
        String[] words = w.split("\\s+");
        int end = words.length;
        while (end > 0 && TRAILING_FILLER.contains(words[end - 1].toLowerCase(Locale.ROOT))) {
            end--;
        }
        return TRIM.matcher(String.join(" ", Arrays.copyOf(words, end))).replaceAll("");
    }

    private static boolean onlyFiller(String rest) {
        for (String word : rest.trim().split("[\\s,]+")) {
            if (!word.isEmpty() && !FILLER.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Control characters and lone surrogates become spaces; trailing punctuation goes; spaces collapse. */
    static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
            } else if (Character.isISOControl(c) || Character.isSurrogate(c)
                    || Character.getType(c) == Character.FORMAT) {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString().replaceAll("\\s+", " ").replaceAll("[\\s?.!]+$", "").strip();
    }
}
