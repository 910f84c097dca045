package io.hololoom.embedder.minilm;

import static java.util.Objects.requireNonNull;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.util.Arrays;
import java.util.List;

/**
 * Turns texts into token ids ({@code [CLS] … [SEP]}) of at most {@code maxTokens} ids, for any input.
 *
 * <p><b>Odd input.</b> Unpaired UTF-16 surrogates become U+FFFD before the text crosses into native code
 * (the tokenizer's normaliser then drops them, as it drops NUL and other control characters), so the
 * result does not depend on how JNI would have decoded them.
 *
 * <p><b>Long input.</b> Tokenizing a whole megabyte only to keep 256 tokens costs most of a second, so a
 * long text is first cut to a prefix of about {@code 8 × maxTokens} characters that ends at a word boundary
 * (before whitespace, punctuation or a CJK ideograph: the places where BERT's pre-tokenizer splits). The
 * normaliser works character by character, so such a prefix yields exactly the first tokens of the whole
 * text: if it already gives {@code maxTokens} tokens, the result equals tokenizing everything. If it gives
 * fewer (much whitespace, very long words), the prefix is doubled until it does or the whole text is used,
 * so only a megabyte without any boundary costs the full tokenization (about a second).
 *
 * <p><b>Thread safety:</b> safe; the native tokenizer is immutable after construction.
 */
final class TokenEncoder {
    /** The tokenizer itself truncates at the model's limit; shorter limits are applied here. */
    static final int TOKENIZER_MAX_LENGTH = MiniLmEmbedderConfig.MAX_MAX_TOKENS;
    static final int CHARS_PER_TOKEN_GUESS = 8;

    private final HuggingFaceTokenizer tokenizer;

    TokenEncoder(HuggingFaceTokenizer tokenizer) {
        this.tokenizer = requireNonNull(tokenizer, "tokenizer is null");
    }

    /** Token ids of each text, {@code [CLS]} first and {@code [SEP]} last, at most {@code maxTokens} each. */
    long[][] encode(List<String> texts, int maxTokens) {
        int n = texts.size();
        String[] cleaned = new String[n];
        String[] prefixes = new String[n];
        for (int i = 0; i < n; i++) {
            cleaned[i] = replaceUnpairedSurrogates(texts.get(i));
            prefixes[i] = prefix(cleaned[i], initialLimit(maxTokens));
        }
        Encoding[] encodings = n == 1 ? new Encoding[] {tokenizer.encode(prefixes[0])}
                : tokenizer.batchEncode(prefixes);
        long[][] ids = new long[n][];
        for (int i = 0; i < n; i++) {
            long[] tokens = encodings[i].getIds();
            int limit = initialLimit(maxTokens);
            // the prefix was shorter than the text and did not reach maxTokens: look further
            while (tokens.length < maxTokens && prefixes[i].length() < cleaned[i].length()) {
                limit = limit > cleaned[i].length() / 2 ? cleaned[i].length() : limit * 2;
                prefixes[i] = prefix(cleaned[i], limit);
                tokens = tokenizer.encode(prefixes[i]).getIds();
            }
            ids[i] = truncate(tokens, maxTokens);
        }
        return ids;
    }

    static int initialLimit(int maxTokens) {
        return maxTokens * CHARS_PER_TOKEN_GUESS;
    }

    /** Keeps the first {@code maxTokens - 1} ids and the final {@code [SEP]}, like the tokenizer's own truncation. */
    static long[] truncate(long[] ids, int maxTokens) {
        if (ids.length <= maxTokens) {
            return ids;
        }
        long[] out = Arrays.copyOf(ids, maxTokens);
        out[maxTokens - 1] = ids[ids.length - 1];
        return out;
    }

    /**
     * The longest prefix of at most {@code limit} characters that ends at a word boundary (see
     * {@link #isWordBoundary}); without one, {@code limit} characters (never splitting a surrogate pair).
     */
    static String prefix(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        for (int i = limit; i > 0; i--) {
            if (isWordBoundary(text.charAt(i))) {
                return text.substring(0, i);
            }
        }
        int end = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
        return text.substring(0, end);
    }

    /**
     * Whether BERT's pre-tokenizer always starts a new word at {@code c}: its whitespace (space, tab, newline,
     * carriage return, Unicode space separators), its punctuation (ASCII symbols and Unicode P* categories)
     * and the BMP CJK ideographs the normaliser surrounds with spaces.
     */
    static boolean isWordBoundary(char c) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
            return true;
        }
        if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.SPACE_SEPARATOR, Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** The text with every unpaired surrogate replaced by U+FFFD; the same instance when there is none. */
    static String replaceUnpairedSurrogates(String text) {
        char[] chars = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (chars == null) {
                chars = text.toCharArray();
            }
            chars[i] = '\uFFFD';
        }
        return chars == null ? text : new String(chars);
    }
}
