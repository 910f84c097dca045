package io.hololoom.tool.search;

/** Makes one-line previews of shard text: whitespace and control characters collapsed, cut at a word. */
final class Snippets {

    private Snippets() {
    }

    /**
     * The first {@code max} characters of {@code text} on one line, cut at a word boundary when one is near and
     * ending in an ellipsis when cut. Control characters and lone surrogates become spaces.
     */
    static String of(String text, int max) {
        StringBuilder sb = new StringBuilder(Math.min(text.length(), max + 1));
        boolean space = true;
        for (int i = 0; i < text.length() && sb.length() <= max; i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                sb.append(c).append(text.charAt(++i));
                space = false;
            } else if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSurrogate(c)) {
                if (!space) {
                    sb.append(' ');
                    space = true;
                }
            } else {
                sb.append(c);
                space = false;
            }
        }
        String flat = sb.toString().strip();
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max);
        if (cut < max / 2) {
            cut = max;
        }
        if (Character.isHighSurrogate(flat.charAt(cut - 1))) {
            cut--;
        }
        return flat.substring(0, cut).strip() + "…";
    }
}
