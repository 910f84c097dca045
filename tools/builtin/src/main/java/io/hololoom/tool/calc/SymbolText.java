package io.hololoom.tool.calc;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Character-level clean-up before the calculator reads a query: typographic operators to ASCII, control
 * characters to spaces, thousands separators removed. Plain scans (no regular expressions), linear in the text
 * length. Stateless.
 */
final class SymbolText {

    private SymbolText() {
    }

    /** Maps typographic operators to ASCII and control characters / lone surrogates to spaces. */
    static String normalizeSymbols(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '×', '✕', '✖', '⋅', '·', '∗' -> out.append('*');
                case '÷', '∕' -> out.append('/');
                case '−', '–', '—', '‒' -> out.append('-');
                case '＋' -> out.append('+');
                case '²' -> out.append("^2");
                case '³' -> out.append("^3");
                case 'π' -> out.append(" pi ");
                case '√' -> out.append(" sqrt ");
                default -> out.append(Character.isISOControl(c) || Character.isSurrogate(c)
                        || Character.isSpaceChar(c) ? ' ' : c);
            }
        }
        return out.toString();
    }

    /**
     * Removes thousands separators ({@code 1,234,567}) except inside a function call, where a comma separates
     * arguments ({@code max(1,234)} keeps two arguments). A plain scan rather than a regular expression: Java's
     * engine recurses per repeated group, and this runs on text of any configured length.
     */
    static String stripThousands(String s) {
        boolean[] inCall = callMask(s);
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            boolean numberStart = Character.isDigit(c) && (i == 0 || !Character.isDigit(s.charAt(i - 1))
                    && s.charAt(i - 1) != '.');
            if (!numberStart || inCall[i]) {
                out.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < n && Character.isDigit(s.charAt(j))) {
                j++;
            }
            int end = j;
            if (j - i <= 3) {
                while (end + 4 <= n && s.charAt(end) == ',' && isDigits(s, end + 1, end + 4)
                        && (end + 4 == n || !Character.isDigit(s.charAt(end + 4)))) {
                    end += 4;
                }
            }
            out.append(end > j ? s.substring(i, end).replace(",", "") : s.substring(i, j));
            i = end;
        }
        return out.toString();
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** For each position, whether the innermost enclosing parenthesis was opened by a function name. */
    private static boolean[] callMask(String s) {
        boolean[] mask = new boolean[s.length()];
        Deque<Boolean> stack = new ArrayDeque<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                int j = i - 1;
                while (j >= 0 && s.charAt(j) == ' ') {
                    j--;
                }
                int end = j;
                while (j >= 0 && Character.isLetterOrDigit(s.charAt(j))) {
                    j--;
                }
                // a name such as "max" or "log10" before the parenthesis makes it a call; a number does not
                stack.push(j < end && Character.isLetter(s.charAt(j + 1)));
            } else if (c == ')' && !stack.isEmpty()) {
                stack.pop();
            }
            mask[i] = !stack.isEmpty() && stack.peek();
        }
        return mask;
    }
}
