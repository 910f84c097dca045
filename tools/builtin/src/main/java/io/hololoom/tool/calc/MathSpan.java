package io.hololoom.tool.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the arithmetic in a rewritten query (word operators already turned into symbols, lower case).
 *
 * <p>Two shapes are accepted:
 * <ol>
 *   <li><b>Only arithmetic and filler</b> ("what is 17 * 23", "the value of 21 - 53", "5"): the filler words are
 *       dropped and the rest is handed on as it is, so malformed arithmetic ("2 + * 3") still reaches the
 *       evaluator and is reported as an ERROR, and a lone number is its own value.</li>
 *   <li><b>Leading chatter, then arithmetic at the end</b> ("gimme 98 * 96", "hey, quick one: 929 - 35",
 *       "I need to know 613*77"): the maximal run of arithmetic tokens that ends the text is taken if it is
 *       well-formed on its own and contains an operator or a function call. Whatever precedes it is ignored;
 *       what follows it has already been stripped as trailing chatter ("is what?", "for me", "please").</li>
 * </ol>
 * Everything else is not arithmetic: a lone number after chatter ("the 0.2 clip", "the last 3 days"), text
 * after the arithmetic ("17 * 23 is 391", "2 + 2 and who are you"), an operator glued to a word ("db-7",
 * "x * 2 + 1", "HTTP/2"), or a run that does not parse. Linear in the text length, no recursion, no regular
 * expressions. Stateless and thread-safe.
 */
final class MathSpan {

    enum Type {
        NUMBER, OPERATOR, OPEN, CLOSE, COMMA, FUNCTION, CONSTANT, FILLER, WORD, PUNCTUATION
    }

    /** One token: its type, where it starts and ends in the text, and whether whitespace precedes it. */
    record Token(Type type, int start, int end, boolean spaceBefore) {
        boolean math() {
            return switch (type) {
                case NUMBER, OPERATOR, OPEN, CLOSE, COMMA, FUNCTION, CONSTANT -> true;
                default -> false;
            };
        }

        boolean value() {
            return type == Type.NUMBER || type == Type.CONSTANT || type == Type.CLOSE;
        }
    }

    private MathSpan() {
    }

    /**
     * The arithmetic to evaluate, or empty when the text holds none.
     *
     * @param s rewritten, lower-case text with trailing chatter already removed
     * @param filler words that carry no meaning and may stand anywhere in a pure arithmetic query
     */
    static Optional<String> find(String s, Set<String> filler) {
        List<Token> tokens = tokenize(s, filler);
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        boolean onlyMathAndFiller = true;
        for (Token t : tokens) {
            if (!t.math() && t.type() != Type.FILLER) {
                onlyMathAndFiller = false;
                break;
            }
        }
        if (onlyMathAndFiller) {
            StringBuilder out = new StringBuilder(s.length());
            for (Token t : tokens) {
                if (t.math()) {
                    out.append(' ').append(s, t.start(), t.end());
                }
            }
            return out.length() == 0 ? Optional.empty() : Optional.of(out.toString().trim());
        }
        return trailingRun(s, tokens);
    }

    /** The well-formed arithmetic run that ends the text, with at least one operator or call. */
    private static Optional<String> trailingRun(String s, List<Token> tokens) {
        int first = tokens.size();
        while (first > 0 && tokens.get(first - 1).math()) {
            first--;
        }
        // a comma before the arithmetic separates it from the chatter ("real quick, -33 * 41")
        boolean separated = false;
        while (first < tokens.size() && tokens.get(first).type() == Type.COMMA) {
            first++;
            separated = true;
        }
        if (first == tokens.size()) {
            return Optional.empty();
        }
        Token lead = tokens.get(first);
        if (lead.type() == Type.OPERATOR && !leadingSign(s, tokens, first, separated)) {
            return Optional.empty();
        }
        List<Token> run = tokens.subList(first, tokens.size());
        if (!hasOperation(s, run) || !wellFormed(s, run) || looksLikeIdentifier(s, run)) {
            return Optional.empty();
        }
        return Optional.of(s.substring(lead.start()));
    }

    /**
     * Whether an operator opening the run is a sign ("what's -68 * 93", "hey, -5 * 3", "gimme -5 * 3") rather
     * than a binary operator attached to a word before it ("x - 2", "db-7", "x * 2").
     */
    private static boolean leadingSign(String s, List<Token> tokens, int index, boolean separated) {
        Token sign = tokens.get(index);
        char c = s.charAt(sign.start());
        if (c != '-' && c != '+') {
            return false;
        }
        if (separated || index == 0) {
            return true;
        }
        Token before = tokens.get(index - 1);
        if (before.type() == Type.FILLER) {
            return true;
        }
        if (before.type() == Type.PUNCTUATION && ":;".indexOf(s.charAt(before.start())) >= 0) {
            return true;
        }
        // "gimme -5": space before the sign, none after it
        return sign.spaceBefore() && index + 1 < tokens.size() && !tokens.get(index + 1).spaceBefore();
    }

    /**
     * Dates, phone numbers and version-like ids after chatter ("the release is 2024-05-15", "call 555-123-4567",
     * "due 15/05"): integers joined by one kind of {@code -} or {@code /} with no spaces, either three or more of
     * them or with a part that has a leading zero. Typed on their own they are still evaluated.
     */
    private static boolean looksLikeIdentifier(String s, List<Token> run) {
        if (run.size() < 3 || run.size() % 2 == 0) {
            return false;
        }
        char joiner = s.charAt(run.get(1).start());
        if (joiner != '-' && joiner != '/') {
            return false;
        }
        boolean leadingZero = false;
        for (int i = 0; i < run.size(); i++) {
            Token t = run.get(i);
            if (i > 0 && t.spaceBefore()) {
                return false;
            }
            if (i % 2 == 1) {
                if (t.type() != Type.OPERATOR || s.charAt(t.start()) != joiner) {
                    return false;
                }
                continue;
            }
            if (t.type() != Type.NUMBER) {
                return false;
            }
            for (int k = t.start(); k < t.end(); k++) {
                if (!Character.isDigit(s.charAt(k))) {
                    return false;
                }
            }
            leadingZero |= i > 0 && s.charAt(t.start()) == '0' && t.end() - t.start() > 1;
        }
        return run.size() >= 5 || leadingZero;
    }

    /** A binary operator after a value, or a function call: a lone (signed) number is not a calculation. */
    private static boolean hasOperation(String s, List<Token> run) {
        for (int i = 0; i < run.size(); i++) {
            Token t = run.get(i);
            if (t.type() == Type.FUNCTION) {
                return true;
            }
            if (t.type() == Type.OPERATOR && i > 0 && run.get(i - 1).value()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A plain state machine over the tokens: operands and operators alternate, signs may precede operands,
     * parentheses balance, commas only separate the arguments of a call, implicit multiplication only before a
     * constant, a call or a parenthesis ({@code 2pi}, {@code 2(3+4)}), never between two numbers.
     */
    static boolean wellFormed(String s, List<Token> run) {
        boolean expectOperand = true;
        // one bit per open parenthesis: whether it opened a call; depth is bounded by the caller's max-depth
        List<Boolean> stack = new ArrayList<>();
        boolean callPending = false;
        Type previous = null;
        for (Token t : run) {
            Type type = t.type();
            if (callPending && type != Type.OPEN) {
                return false;
            }
            switch (type) {
                case NUMBER -> {
                    if (!expectOperand && previous == Type.NUMBER) {
                        return false;
                    }
                    expectOperand = false;
                }
                case CONSTANT -> expectOperand = false;
                case FUNCTION -> callPending = true;
                case OPEN -> {
                    stack.add(callPending);
                    callPending = false;
                    expectOperand = true;
                }
                case CLOSE -> {
                    if (expectOperand || stack.isEmpty()) {
                        return false;
                    }
                    stack.remove(stack.size() - 1);
                }
                case COMMA -> {
                    if (expectOperand || stack.isEmpty() || !stack.get(stack.size() - 1)) {
                        return false;
                    }
                    expectOperand = true;
                }
                case OPERATOR -> {
                    char c = s.charAt(t.start());
                    if (expectOperand && c != '-' && c != '+') {
                        return false;
                    }
                    expectOperand = true;
                }
                default -> {
                    return false;
                }
            }
            previous = type;
        }
        return !expectOperand && !callPending && stack.isEmpty();
    }

    /** Splits the text into tokens; letters form words, which are functions, constants, filler or other words. */
    static List<Token> tokenize(String s, Set<String> filler) {
        List<Token> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        boolean space = false;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                i++;
                continue;
            }
            int start = i;
            Type type;
            if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1))) {
                int end = ExpressionExtractor.scanNumber(s, i);
                i = end < 0 ? i + 1 : end;
                type = end < 0 ? Type.PUNCTUATION : Type.NUMBER;
            } else if (Character.isLetter(c)) {
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '\''
                        || s.charAt(i) == '’')) {
                    i++;
                }
                type = word(s.substring(start, i), nextNonSpace(s, i) == '(', filler);
            } else {
                i++;
                type = switch (c) {
                    case '+', '-', '*', '/', '^', '%' -> Type.OPERATOR;
                    case '(' -> Type.OPEN;
                    case ')' -> Type.CLOSE;
                    case ',' -> Type.COMMA;
                    default -> Type.PUNCTUATION;
                };
            }
            out.add(new Token(type, start, i, space));
            space = false;
        }
        return out;
    }

    private static Type word(String word, boolean call, Set<String> filler) {
        if (call && ExpressionExtractor.FUNCTIONS.containsKey(word)) {
            return Type.FUNCTION;
        }
        if (!call && ExpressionExtractor.CONSTANTS.containsKey(word)) {
            return Type.CONSTANT;
        }
        return filler.contains(word) ? Type.FILLER : Type.WORD;
    }

    private static char nextNonSpace(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i < s.length() ? s.charAt(i) : 0;
    }
}
