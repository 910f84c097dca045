package io.hololoom.tool.calc;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pulls an arithmetic expression out of a natural-language question ("what is 42 * 137?", "divide 100 by 7",
 * "15% of 80", "gimme 98 * 96", "hey, quick one: what is 929 - 35?") and rewrites it into the small EvalEx dialect
 * that {@link SafeEvaluator} accepts.
 *
 * <p>Steps: symbols are normalised; trailing chatter ("is what?", "for me", "please", "and tell me the result")
 * is cut; percentages, word operators ("times", "to the power of", "squared") and verb forms ("subtract 8 from
 * 50", "the sum of a and b") become symbols; then {@link MathSpan} decides what the arithmetic is: either the
 * whole text apart from filler words, or a well-formed run with an operator that ends the text after leading
 * chatter. It is still strict where it matters: a lone number after chatter, anything after the arithmetic, or an
 * operator glued to a word means the text is not arithmetic, so "remember that the server is db-7", "list notes
 * from the last 3 days" and "17 * 23 is 391" are never evaluated. Stateless and thread-safe; input is at most
 * {@code maxLength} characters (the caller checks), so the regular expressions below run on short strings only.
 */
final class ExpressionExtractor {

    /** User-facing function names mapped to the EvalEx dictionary names registered by {@link SafeEvaluator}. */
    static final Map<String, String> FUNCTIONS = Map.ofEntries(
            Map.entry("sqrt", "SQRT"), Map.entry("abs", "ABS"), Map.entry("round", "ROUND"),
            Map.entry("floor", "FLOOR"), Map.entry("ceil", "CEIL"), Map.entry("ceiling", "CEIL"),
            Map.entry("log", "LOG"), Map.entry("log10", "LOG"), Map.entry("ln", "LN"),
            Map.entry("sin", "SIN"), Map.entry("cos", "COS"), Map.entry("tan", "TAN"),
            Map.entry("min", "MIN"), Map.entry("max", "MAX"));

    static final Map<String, String> CONSTANTS = Map.of("pi", "PI", "e", "E");

    private static final String NUM = "(?:\\d+(?:\\.\\d+)?|\\.\\d+)";

    /**
     * Words that carry no arithmetic: a query made only of these and arithmetic is arithmetic ("what is the value
     * of 21 - 53"), and a sign after one of them is a sign ("what's -68 * 93").
     */
    static final Set<String> FILLER = Set.of("what", "whats", "what's", "what’s", "is", "are", "the",
            "of", "value", "result", "calculate", "calc", "compute", "evaluate", "eval", "solve", "please", "pls",
            "can", "could", "would", "you", "tell", "me", "how", "much", "equal", "equals", "do", "does", "get",
            "hey", "hi", "give", "answer", "for", "i", "need", "know", "want", "quickly", "math", "work", "out",
            "thanks", "thank", "quick", "us", "an", "a", "be", "will", "it", "that", "this", "so", "ok", "okay",
            "then", "now", "again", "exactly");

    /** Words that may follow the arithmetic ("... is what?", "... come to?", "... and tell me the result"). */
    private static final Set<String> TRAILING = union(FILLER, Set.of("come", "comes", "to", "and", "right",
            "in", "total", "real", "asap", "approximately", "roughly", "exactly", "precisely", "there", "here", "pal", "buddy"));


    // numbers are matched only where they start, which keeps these scans linear on long digit runs
    private static final Pattern PERCENT_OF = Pattern.compile("(?<![\\d.])(" + NUM + ")\\s*(?:%|percent\\b|per cent\\b)\\s*of\\b");
    private static final Pattern PERCENT = Pattern.compile("(?<![\\d.])(" + NUM + ")\\s*(?:%|percent\\b|per cent\\b)(?=\\s*(?:$|[-+*/^)]))");

    /** Word operators, longest phrases first; each is a whole-word match. */
    private static final List<Map.Entry<Pattern, String>> PHRASES = List.of(
            rule("(?:a|one)\\s+half\\s+of|half\\s+of", " (1/2)* "),
            rule("(?:a|one)\\s+third\\s+of", " (1/3)* "),
            rule("(?:a|one)\\s+quarter\\s+of|(?:a|one)\\s+fourth\\s+of", " (1/4)* "),
            rule("double|twice", " 2* "),
            rule("triple|thrice", " 3* "),
            rule("(?:raised\\s+)?to\\s+the\\s+power\\s+of", " ^ "),
            rule("raised\\s+to(?:\\s+the)?", " ^ "),
            rule("to\\s+the\\s+(\\d+)(?:st|nd|rd|th)\\s+power", " ^ $1 "),
            rule("squared", " ^ 2 "),
            rule("cubed", " ^ 3 "),
            rule("square\\s+root\\s+of|sqrt\\s+of|root\\s+of", " sqrt "),
            rule("absolute\\s+value\\s+of", " abs "),
            rule("natural\\s+log(?:arithm)?\\s+of|natural\\s+log(?:arithm)?", " ln "),
            rule("log(?:arithm)?\\s+of", " log "),
            rule("multiplied\\s+by|times", " * "),
            rule("divided\\s+by|over", " / "),
            rule("plus|added\\s+to", " + "),
            rule("minus|less", " - "),
            rule("modulo|mod", " % "));

    /** "cube root of" must be read before the word operator "root of". */
    private static final Map.Entry<Pattern, String> CUBE_ROOT = verb("cube\\s+root\\s+of\\s+(.+)", "($1)^(1/3)");

    /** Verb forms with two operands, applied only when both operands are arithmetic themselves. */
    private static final List<Map.Entry<Pattern, String>> VERBS = List.of(
            verb("divide\\s+(.+?)\\s+by\\s+(.+)", "($1)/($2)"),
            verb("multiply\\s+(.+?)\\s+(?:by|and|with)\\s+(.+)", "($1)*($2)"),
            verb("add\\s+(.+?)\\s+(?:and|to)\\s+(.+)", "($1)+($2)"),
            verb("(?:subtract|take\\s+away|take)\\s+(.+?)\\s+from\\s+(.+)", "($2)-($1)"),
            verb("(?:the\\s+)?sum\\s+of\\s+(.+?)\\s+and\\s+(.+)", "($1)+($2)"),
            verb("(?:the\\s+)?product\\s+of\\s+(.+?)\\s+and\\s+(.+)", "($1)*($2)"),
            verb("(?:the\\s+)?difference\\s+between\\s+(.+?)\\s+and\\s+(.+)", "($1)-($2)"),
            verb("(?:the\\s+)?quotient\\s+of\\s+(.+?)\\s+and\\s+(.+)", "($1)/($2)"));

    private static final Pattern TIMES_X = Pattern.compile("(?<=[\\d)])\\s*x\\s*(?=[\\d(.])");
    private static final Pattern BARE_CALL = Pattern.compile(
            "\\b(sqrt|abs|ln|log10|log|sin|cos|tan|floor|ceil|ceiling|round)\\s+(" + NUM + "|pi\\b|e\\b)");
    /** EvalEx cannot parse {@code 2^-3} when powers bind tighter than signs, so the signed exponent is wrapped. */
    private static final Pattern SIGNED_EXPONENT = Pattern.compile(
            "\\^([+-])(\\d+(?:\\.\\d*)?(?:e[+-]?\\d+)?|\\.\\d+(?:e[+-]?\\d+)?|PI|E(?![A-Z]))");

    private ExpressionExtractor() {
    }

    /**
     * The expression in the text, or empty when the text is not arithmetic.
     *
     * @param text the query, already checked for length
     */
    static Optional<String> extract(String text) {
        String s = SymbolText.normalizeSymbols(text).toLowerCase(Locale.ROOT);
        s = SymbolText.stripThousands(s);
        s = s.replace("**", "^");
        s = stripTrailingChatter(s);
        s = PERCENT_OF.matcher(s).replaceAll("($1/100)*");
        s = PERCENT.matcher(s).replaceAll("($1/100)");
        Matcher cube = CUBE_ROOT.getKey().matcher(s);
        if (cube.find() && arithmetic(cube.group(1))) {
            s = cube.replaceFirst(CUBE_ROOT.getValue());
        }
        for (Map.Entry<Pattern, String> rule : PHRASES) {
            s = rule.getKey().matcher(s).replaceAll(rule.getValue());
        }
        for (Map.Entry<Pattern, String> rule : VERBS) {
            Matcher m = rule.getKey().matcher(s);
            if (m.find() && arithmetic(m.group(1)) && arithmetic(m.group(2))) {
                s = m.replaceFirst(rule.getValue());
                break;
            }
        }
        s = TIMES_X.matcher(s).replaceAll("*");
        s = BARE_CALL.matcher(s).replaceAll("$1($2)");
        return MathSpan.find(s, FILLER)
                .map(ExpressionExtractor::collapseSigns)
                .flatMap(ExpressionExtractor::canonical)
                .map(c -> SIGNED_EXPONENT.matcher(c).replaceAll("^($1$2)"));
    }

    /** Whether a verb's operand is arithmetic (numbers, operators, calls, constants), e.g. "8" or "sqrt 16". */
    private static boolean arithmetic(String operand) {
        String o = BARE_CALL.matcher(TIMES_X.matcher(operand).replaceAll("*")).replaceAll("$1($2)");
        List<MathSpan.Token> tokens = MathSpan.tokenize(o, Set.of());
        if (tokens.isEmpty()) {
            return false;
        }
        for (MathSpan.Token t : tokens) {
            if (!t.math()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Cuts what may follow the arithmetic: spaces, {@code ? . = , ; :}, a {@code !} that is not a factorial sign
     * after a number, and the words in {@link #TRAILING} ("is what", "for me", "and tell me the result").
     * A plain backwards scan, linear in the text length.
     */
    static String stripTrailingChatter(String s) {
        int end = s.length();
        while (end > 0) {
            char c = s.charAt(end - 1);
            boolean noise = Character.isWhitespace(c) || c == '?' || c == '.' || c == '=' || c == ','
                    || c == ';' || c == ':' || c == '!' && (end == 1 || !Character.isDigit(s.charAt(end - 2))
                    && s.charAt(end - 2) != ')');
            if (noise) {
                end--;
                continue;
            }
            int start = end;
            while (start > 0 && (Character.isLetter(s.charAt(start - 1)) || s.charAt(start - 1) == '\''
                    || s.charAt(start - 1) == '’')) {
                start--;
            }
            boolean wholeWord = start < end && (start == 0 || !Character.isLetterOrDigit(s.charAt(start - 1)));
            if (!wholeWord || !TRAILING.contains(s.substring(start, end))) {
                break;
            }
            end = start;
        }
        return s.substring(0, end);
    }

    /** {@code 3 - -2} is {@code 3 + 2}; collapsing runs of signs keeps EvalEx's prefix-operator recursion flat. */
    private static String collapseSigns(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c != '+' && c != '-') {
                out.append(c);
                i++;
                continue;
            }
            int minus = 0;
            int j = i;
            int signs = 0;
            while (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-' || s.charAt(j) == ' ')) {
                if (s.charAt(j) != ' ') {
                    signs++;
                    minus += s.charAt(j) == '-' ? 1 : 0;
                }
                j++;
            }
            out.append(signs == 1 ? String.valueOf(c) : minus % 2 == 0 ? "+" : "-");
            // keep one space if the run ended in spaces, so "2 - 3" stays readable in data
            if (s.charAt(j - 1) == ' ') {
                out.append(' ');
            }
            i = j;
        }
        return out.toString();
    }

    /**
     * Tokenizes the rewritten text and accepts it only if every token is arithmetic and there is at least one
     * number or constant; returns the canonical form: names as registered, implicit multiplication written out
     * ({@code 2pi} is {@code 2*PI}), no spaces except between two adjacent numbers (which stays malformed).
     */
    private static Optional<String> canonical(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean sawValue = false;
        char previous = 0; // 'v' value (number, constant, ')'), 'n' number, 'f' function, 'o' other, 0 start
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ') {
                i++;
            } else if (Character.isDigit(c) || c == '.') {
                int start = i;
                i = scanNumber(s, i);
                if (i < 0) {
                    return Optional.empty();
                }
                out.append(previous == 'n' ? " " : previous == 'v' ? "*" : "").append(s, start, i);
                sawValue = true;
                previous = 'n';
            } else if ("+-*/^%,)".indexOf(c) >= 0) {
                out.append(c);
                previous = c == ')' ? 'v' : 'o';
                i++;
            } else if (c == '(') {
                out.append(previous == 'n' || previous == 'v' ? "*(" : "(");
                previous = 'o';
                i++;
            } else if (c >= 'a' && c <= 'z') {
                int start = i;
                while (i < n && (s.charAt(i) >= 'a' && s.charAt(i) <= 'z' || Character.isDigit(s.charAt(i)))) {
                    i++;
                }
                String word = s.substring(start, i);
                int next = i;
                while (next < n && s.charAt(next) == ' ') {
                    next++;
                }
                boolean call = next < n && s.charAt(next) == '(';
                String implicit = previous == 'n' || previous == 'v' ? "*" : "";
                if (call && FUNCTIONS.containsKey(word)) {
                    out.append(implicit).append(FUNCTIONS.get(word));
                    previous = 'f';
                } else if (!call && CONSTANTS.containsKey(word)) {
                    out.append(implicit).append(CONSTANTS.get(word));
                    sawValue = true;
                    previous = 'v';
                } else {
                    return Optional.empty();
                }
            } else {
                return Optional.empty();
            }
        }
        return sawValue ? Optional.of(out.toString()) : Optional.empty();
    }

    /** Scans a decimal number with an optional exponent ({@code 1.5e3}); returns its end, or -1 if malformed. */
    static int scanNumber(String s, int i) {
        int n = s.length();
        int digits = 0;
        while (i < n && Character.isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return -1;
        }
        if (i < n && s.charAt(i) == 'e') {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            if (j < n && Character.isDigit(s.charAt(j))) {
                while (j < n && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                i = j;
            }
        }
        return i;
    }

    private static Map.Entry<Pattern, String> rule(String regex, String replacement) {
        return Map.entry(Pattern.compile("(?<![\\p{L}\\p{N}_])(?:" + regex + ")(?![\\p{L}\\p{N}_])"), replacement);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static Map.Entry<Pattern, String> verb(String regex, String replacement) {
        return Map.entry(Pattern.compile("(?<![\\p{L}\\p{N}_])" + regex + "$"), replacement);
    }
}
