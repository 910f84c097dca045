package io.hololoom.tool.query;

import io.hololoom.api.memory.Shard;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a structured question about the memory store. A question is, after polite lead-ins ("hey,", "I need to
 * know", "can you tell me") are dropped (see {@link QueryText}):
 * <ul>
 *   <li>a head: a count ("how many", "in how many", "how many times", "count", "number of", "a count of",
 *       "do I have", "are there", "is there", "what's my note count") or a list ("list", "show (me)", "find",
 *       "get", "give me", "which", "what", ...); a question that starts with the noun ("notes from today") is a
 *       list, or a count when its lead-in said so ("quick count: notes mentioning X");</li>
 *   <li>before the noun: words such as "all my", "every", "most recent", at most one hashtag or one adjective
 *       ("#infra notes", "security notes": a tag; see {@link Question#tagMayBeTopic()}), or "today's"/"yesterday's";
 *       verbs of writing ("how many times did I write a note about X");</li>
 *   <li>a kind: notes, documents (docs, files, pages), items (entries, everything), or "notes and documents";</li>
 *   <li>then, in any order: a tag ("tagged infra", "with tag infra", "have the tag infra", "carry the infra
 *       tag", "#infra"), a period ("today", "yesterday", "this/last week", "this/last month", "(in/from/over) the
 *       last|past N days|hours|weeks", "the past week"), a keyword ("mention(ing) X", "about X", "containing X",
 *       "contain the word X", "talk about X", "regarding X", "on X", "have X in them", "does X appear").</li>
 * </ul>
 * Anything else left over (apart from filler such as "do I have", "did I write", "please") makes the question
 * unrecognised, so free text is never silently read as a filter; a keyword has at most
 * {@value #MAX_KEYWORD_WORDS} words. Stateless and thread-safe.
 */
final class QuestionParser {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    // No pattern here repeats a group: Java's regex engine recurses once per repetition of a group, so runs of
    // words ("my my my ...", "from from ...") are skipped in plain, bounded loops instead.
    private static final Pattern KIND = Pattern.compile("notes?|memos?|documents?|docs?|files?|pages?|paragraphs?"
            + "|shards?|memories|entries|entry|items?|things|records?|everything|anything|stuff", FLAGS);
    /** Plural kinds that may open a question without a head ("notes from today"). */
    private static final Pattern HEADLESS = Pattern.compile("^(?:(?:all\\s+)?(?:my|the)\\s+|all\\s+)?"
            + "(?:notes|memos|documents|docs|entries|items)(?![\\p{L}\\p{N}'’])", FLAGS);
    /** Words that may stand between the head and the kind. */
    private static final Set<String> SKIP = Set.of("all", "my", "the", "of", "your", "me", "any", "a", "an", "are",
            "stored", "saved", "recent", "latest", "existing", "every", "each", "most", "more", "newest", "new",
            "current", "different", "unique", "total", "our", "times", "did", "do", "i", "we", "you", "write", "wrote",
            "take", "took", "make", "made", "save", "add", "added", "jot", "jotted", "create", "created", "keep",
            "kept", "have", "has", "got", "single", "separate", "individual");
    private static final int MAX_PRE_NOUN_WORDS = 12;
    private static final String B = "(?<![\\p{L}\\p{N}'’])";
    private static final String E = "(?![\\p{L}\\p{N}'’])";

    private static final Pattern COUNT_HEAD = Pattern.compile("^(?:(?:in\\s+)?how\\s+many(?:\\s+times)?|count(?:\\s+up)?"
            + "|(?:what(?:'s|’s|\\s+is)\\s+)?(?:the\\s+|a\\s+)?(?:total\\s+)?(?:number|count|tally)\\s+of"
            + "|(?:give|get)\\s+me\\s+(?:a|the)\\s+(?:total\\s+)?(?:count|number|tally)\\s+of"
            + "|total|do\\s+(?:i|we)\\s+have|are\\s+there|is\\s+there"
            + "|have\\s+(?:i|we)\\s+(?:got|saved|written|made|taken|added|stored))\\s+", FLAGS);
    private static final Pattern LIST_HEAD = Pattern.compile("^(?:list(?:\\s+out)?|show(?:\\s+me)?|find(?:\\s+me)?"
            + "|get(?:\\s+me)?|give\\s+me|display|fetch|search(?:\\s+for)?|which|what(?:\\s+are)?|pull\\s+up|bring\\s+up"
            + "|look\\s+up|see)\\s+", FLAGS);
    /** "what's my note count": a count whose noun is followed by the word count. */
    private static final Pattern WHAT_IS_HEAD = Pattern.compile("^what(?:'s|’s|\\s+is)\\s+", FLAGS);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’][\\p{L}\\p{N}'’_-]*");
    private static final Pattern ADJECTIVE = Pattern.compile("[\\p{L}][\\p{L}\\p{N}_-]*");
    private static final Pattern ALSO_KIND = Pattern.compile("^\\s*(?:and|or|&|\\+)\\s+(?:my\\s+|the\\s+|all\\s+)?("
            + "notes?|memos?|documents?|docs?|files?|pages?)" + E, FLAGS);
    private static final Pattern COUNT_AFTER_NOUN = Pattern.compile("^\\s*count" + E, FLAGS);

    private static final Pattern TAG = Pattern.compile("(?:" + B + "(?:(?:that\\s+are\\s+|which\\s+are\\s+|are\\s+)?"
            + "tagged(?:\\s+(?:with|as))?|with\\s+(?:the\\s+)?tags?|having\\s+(?:the\\s+)?tags?|under\\s+(?:the\\s+)?tags?"
            + "|in\\s+(?:the\\s+)?tag|(?:that\\s+|which\\s+)?(?:have|has|carry|carries|carrying|bear|bears|bearing)"
            + "\\s+(?:the\\s+)?tags?)\\s*:?\\s*#?|(?<![\\p{L}\\p{N}_&])#)([\\p{L}\\p{N}][\\p{L}\\p{N}_-]*)", FLAGS);
    /** The tag before the word tag: "carry the reading tag", "with the infra tag". */
    private static final Pattern TAG_BEFORE_WORD = Pattern.compile(B + "(?:(?:that\\s+|which\\s+)?(?:have|has|carry"
            + "|carries|carrying|bear|bears|bearing)|with|under)\\s+(?:the|a|an)\\s+#?([\\p{L}\\p{N}][\\p{L}\\p{N}_-]*)"
            + "\\s+tag" + E, FLAGS);

    private static final Set<String> TIME_LEAD = Set.of("from", "created", "written", "made", "added", "saved",
            "stored", "since", "in", "during", "of", "within", "over", "for", "noted", "wrote", "write", "took",
            "take", "taken");
    private static final Pattern TIME = Pattern.compile(B + "(?:the\\s+)?(?:"
            + "(today)|(yesterday)|(this\\s+week)|((?:last|previous)\\s+week)|(this\\s+month)|((?:last|previous)\\s+month)"
            + "|(?:last|past)\\s+(\\d{1,5})\\s+(days?|hours?|weeks?)|(?:last|past)\\s+(day|24\\s+hours|week)"
            + ")" + E, FLAGS);
    private static final Pattern NOTED = Pattern.compile(B + "(?:i|we)\\s+(?:noted|jotted)" + E, FLAGS);
    private static final Pattern POSSESSIVE_TIME = Pattern.compile("(today|yesterday)['’]s", FLAGS);

    /** "have tls in them", "does isolation level appear": the keyword sits inside the phrase. */
    private static final Pattern KEYWORD_INSIDE = Pattern.compile(B + "(?:(?:that|which)\\s+)?(?:(?:have|has|contain"
            + "|contains|include|includes|mention|mentions)\\s+(.+?)\\s+in\\s+(?:them|it|the\\s+text)"
            + "|(?:does|do)\\s+(.+?)\\s+(?:appear|occur|show\\s+up|come\\s+up|get\\s+mentioned)(?:\\s+in(?:\\s+them)?)?)$",
            FLAGS);
    private static final Pattern KEYWORD = Pattern.compile(B + "(?:(?:that|which|who)\\s+)?(?:(?:contain(?:s|ing)?"
            + "|with|includ(?:e|es|ing)|mention(?:s|ing)?)"
            + "\\s+the\\s+(?:word|term|phrase)|mention(?:s|ing|ed)?"
            + "|talk(?:s|ing)?\\s+about|about|discuss(?:es|ing)?|cover(?:s|ing)?|contain(?:s|ing)?|includ(?:e|es|ing)"
            + "|refer(?:s|ring)?\\s+to|regarding|concerning|on|with\\s+the\\s+(?:word|term|phrase)|matching"
            + "|say(?:s|ing)?|for|with)\\s+(.+)$", FLAGS);

    /** Words that may surround the clauses without changing the question. */
    private static final Set<String> FILLER = Set.of("do", "i", "have", "has", "are", "is", "were", "was", "there",
            "that", "which", "in", "total", "my", "all", "the", "stored", "saved", "exist", "exists", "any", "me",
            "you", "we", "got", "so", "far", "currently", "now", "right", "altogether", "been", "written", "made",
            "created", "added", "kept", "of", "ever", "existing", "already", "memory", "store", "i've", "we've",
            "does", "it", "contain", "hold", "holds", "there's", "exactly", "please", "did", "write", "wrote", "take",
            "took", "taken", "save", "make", "add", "jot", "jotted", "down", "noted", "create", "keep",
            "overall", "thanks", "thank", "pls", "by", "chance", "ones", "them", "those", "these", "here");
    private static final Set<String> TRAILING_FILLER = Set.of("do", "i", "have", "are", "there", "is", "stored",
            "saved", "exist", "exists", "in", "total", "got", "so", "far", "now", "currently", "altogether", "we",
            "you", "any", "memory", "please", "right", "i've", "been", "did", "write", "wrote", "take", "took", "made",
            "added", "save", "thanks", "pls");
    private static final Pattern TRIM = Pattern.compile("^[\\s\"'“”‘’`]+|[\\s\"'“”‘’`]+$");
    private static final Pattern ARTICLE = Pattern.compile("^(?:the|a|an)\\s+", FLAGS);

    static final int MAX_KEYWORD_CHARS = 100;
    static final int MAX_KEYWORD_WORDS = 5;

    private QuestionParser() {
    }

    /** The question, or empty when the text is not a question this tool understands. */
    static Optional<Question> parse(String text, Clock clock) {
        for (QueryText.Candidate c : QueryText.candidates(text)) {
            Optional<Question> q = parseCandidate(c.text(), c.countHint(), clock);
            if (q.isPresent()) {
                return q;
            }
        }
        return Optional.empty();
    }

    private static Optional<Question> parseCandidate(String s, boolean countHint, Clock clock) {
        Question.Mode mode;
        boolean needsCountWord = false;
        int at;
        Matcher head = COUNT_HEAD.matcher(s);
        if (head.find()) {
            mode = Question.Mode.COUNT;
            at = head.end();
        } else if ((head = LIST_HEAD.matcher(s)).find()) {
            mode = Question.Mode.LIST;
            at = head.end();
        } else if ((head = WHAT_IS_HEAD.matcher(s)).find()) {
            mode = Question.Mode.COUNT;
            needsCountWord = true;
            at = head.end();
        } else if (HEADLESS.matcher(s).find()) {
            mode = countHint ? Question.Mode.COUNT : Question.Mode.LIST;
            at = 0;
        } else {
            return Optional.empty();
        }

        // before the noun: skipped words, at most one hashtag or adjective (a tag), or "today's"
        Optional<String> tag = Optional.empty();
        boolean tagMayBeTopic = false;
        String timeWord = null;
        String noun = null;
        Matcher words = WORD.matcher(s);
        for (int n = 0; n < MAX_PRE_NOUN_WORDS && noun == null; n++) {
            int start = skipSpaces(s, at);
            boolean hashtag = start < s.length() && s.charAt(start) == '#';
            if (!words.find(hashtag ? start + 1 : start) || words.start() != (hashtag ? start + 1 : start)) {
                return Optional.empty();
            }
            String w = words.group().toLowerCase(Locale.ROOT);
            at = words.end();
            Matcher possessive = POSSESSIVE_TIME.matcher(w);
            if (hashtag || !SKIP.contains(w) && !KIND.matcher(w).matches() && !possessive.matches()) {
                if (tag.isPresent() || !(hashtag || nextIsKind(s, at)) || !ADJECTIVE.matcher(w).matches()
                        || FILLER.contains(w)) {
                    return Optional.empty();
                }
                tag = Optional.of(w);
                tagMayBeTopic = !hashtag;
            } else if (possessive.matches()) {
                if (timeWord != null) {
                    return Optional.empty();
                }
                timeWord = possessive.group(1);
            } else if (KIND.matcher(w).matches()) {
                noun = w;
            }
        }
        if (noun == null) {
            return Optional.empty();
        }
        Optional<Shard.Kind> kind = kindOf(noun);
        String rest = s.substring(at);
        Matcher also = ALSO_KIND.matcher(rest);
        if (also.find()) {
            if (!kind.equals(kindOf(also.group(1)))) {
                kind = Optional.empty();
            }
            rest = rest.substring(also.end());
        }
        Matcher countWord = COUNT_AFTER_NOUN.matcher(rest);
        if (countWord.find()) {
            mode = Question.Mode.COUNT;
            needsCountWord = false;
            rest = rest.substring(countWord.end());
        }
        if (needsCountWord) {
            return Optional.empty();
        }

        Matcher t = TAG.matcher(rest);
        Matcher tb = TAG_BEFORE_WORD.matcher(rest);
        boolean tagBefore = tb.find();
        Matcher found = tagBefore ? tb : t.find() ? t : null;
        if (found != null) {
            if (tag.isPresent()) {
                return Optional.empty();
            }
            tag = Optional.of(found.group(1).toLowerCase(Locale.ROOT));
            tagMayBeTopic = false;
            rest = rest.substring(0, found.start()) + " " + rest.substring(found.end());
        }

        Period period = null;
        if (timeWord != null) {
            period = Period.of(timeWord, clock);
        }
        Matcher time = TIME.matcher(rest);
        if (time.find()) {
            if (period != null) {
                return Optional.empty();
            }
            period = Period.of(time, clock);
            if (period == null) {
                return Optional.empty();
            }
            rest = rest.substring(0, withLeadWords(rest, time.start())) + " " + rest.substring(time.end());
        }

        Optional<String> keyword = Optional.empty();
        Matcher inside = KEYWORD_INSIDE.matcher(rest);
        Matcher k = KEYWORD.matcher(rest);
        String raw = null;
        int keywordStart = -1;
        if (inside.find()) {
            raw = inside.group(1) != null ? inside.group(1) : inside.group(2);
            keywordStart = inside.start();
        } else if (k.find()) {
            raw = k.group(1);
            keywordStart = k.start();
        }
        if (raw != null) {
            String word = keyword(raw);
            if (word.isEmpty() || word.length() > MAX_KEYWORD_CHARS || word.split(" ").length > MAX_KEYWORD_WORDS) {
                return Optional.empty();
            }
            keyword = Optional.of(word);
            rest = rest.substring(0, keywordStart);
        }
        if (!onlyFiller(rest)) {
            return Optional.empty();
        }
        if (kind.isEmpty() && NOTED.matcher(s).find()) {
            // "everything I noted / jotted down": the things written as notes
            kind = Optional.of(Shard.Kind.NOTE);
        }
        return Optional.of(new Question(mode, kind, keyword, tag, tagMayBeTopic && keyword.isEmpty(),
                period == null ? Optional.empty() : Optional.of(period.from()),
                period == null ? Optional.empty() : Optional.ofNullable(period.to()),
                period == null ? Optional.empty() : Optional.of(period.label())));
    }

    private static boolean nextIsKind(String s, int at) {
        Matcher m = WORD.matcher(s);
        int start = skipSpaces(s, at);
        return m.find(start) && m.start() == start && KIND.matcher(m.group()).matches();
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
}
