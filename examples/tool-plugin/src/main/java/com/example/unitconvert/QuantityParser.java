package com.example.unitconvert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a conversion request in a query. Two shapes are understood, anywhere in the text:
 * <ul>
 *   <li>{@code NUMBER UNIT (to|in|into|as) UNIT}: "convert 10 km to miles", "what is 100°F in celsius",
 *       "5.5 lbs as kg";</li>
 *   <li>{@code how many UNIT (are)? (in|is|per) [NUMBER|a|an|one] UNIT}: "how many feet in 3 meters",
 *       "how many ounces in a pound".</li>
 * </ul>
 * Pure and thread-safe. Runs in time linear in the query length.
 */
final class QuantityParser {
    /** A conversion to do. */
    record Request(double value, String valueText, Unit from, Unit to) {
    }

    private static final Pattern TOKEN = Pattern.compile(
            "(?<number>-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:e[+-]?\\d+)?|-?\\.\\d+)|(?<word>[\\p{L}°][\\p{L}°/]*)");
    private static final List<String> CONNECTORS = List.of("to", "in", "into", "as");
    private static final List<String> ONE = List.of("a", "an", "one");

    private QuantityParser() {
    }

    /** The first conversion the query asks for. */
    static Optional<Request> parse(String query) {
        List<String> tokens = tokens(query);
        for (int i = 0; i < tokens.size(); i++) {
            Optional<Request> r = isNumber(tokens.get(i)) ? numberFirst(tokens, i) : howMany(tokens, i);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    /** Lower-cased numbers and words; punctuation separates them ("10km" is two tokens). */
    static List<String> tokens(String query) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(query.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static boolean isNumber(String token) {
        char c = token.charAt(0);
        return Character.isDigit(c) || c == '-' || c == '.';
    }

    /** {@code NUMBER UNIT CONNECTOR UNIT} starting at {@code i}. */
    private static Optional<Request> numberFirst(List<String> t, int i) {
        for (int n = Units.longestName(); n >= 1; n--) {
            Optional<Unit> from = Units.named(t, i + 1, n);
            int c = i + 1 + n;
            if (from.isPresent() && c < t.size() && CONNECTORS.contains(t.get(c))) {
                Optional<Unit> to = longest(t, c + 1);
                if (to.isPresent()) {
                    return request(t.get(i), from.get(), to.get());
                }
            }
        }
        return Optional.empty();
    }

    /** {@code how many UNIT (are)? (in|is|per) [NUMBER|a|an|one] UNIT} starting at {@code i}. */
    private static Optional<Request> howMany(List<String> t, int i) {
        if (!t.get(i).equals("how") || i + 2 >= t.size() || !t.get(i + 1).equals("many")) {
            return Optional.empty();
        }
        for (int n = Units.longestName(); n >= 1; n--) {
            Optional<Unit> to = Units.named(t, i + 2, n);
            int at = i + 2 + n;
            if (to.isEmpty()) {
                continue;
            }
            if (at < t.size() && t.get(at).equals("are")) {
                at++;
            }
            if (at >= t.size() || !List.of("in", "is", "per").contains(t.get(at))) {
                continue;
            }
            at++;
            String value = "1";
            if (at < t.size() && (isNumber(t.get(at)) || ONE.contains(t.get(at)))) {
                value = isNumber(t.get(at)) ? t.get(at) : "1";
                at++;
            }
            Optional<Unit> from = longest(t, at);
            if (from.isPresent()) {
                return request(value, from.get(), to.get());
            }
        }
        return Optional.empty();
    }

    private static Optional<Unit> longest(List<String> t, int at) {
        for (int n = Units.longestName(); n >= 1; n--) {
            Optional<Unit> u = Units.named(t, at, n);
            if (u.isPresent()) {
                return u;
            }
        }
        return Optional.empty();
    }

    private static Optional<Request> request(String number, Unit from, Unit to) {
        double value = Double.parseDouble(number.replace(",", ""));
        return Optional.of(new Request(value, number, from, to));
    }
}
