package io.hololoom.embedder.hashing;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.Embedder;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Deterministic signed feature hashing of word unigrams, word bigrams and character trigrams.
 *
 * <p><b>Pipeline.</b> The first {@code maxChars} UTF-16 characters of the text are kept (never splitting a
 * surrogate pair), normalised to NFKC and lower-cased ({@link Locale#ROOT}). A word is a maximal run of
 * letters, digits and combining marks; everything else (spaces, punctuation, symbols, controls, unpaired
 * surrogates) separates words. Each word contributes
 * <ul>
 *   <li>its UTF-8 bytes (unigram),</li>
 *   <li>the bytes {@code <previous word>$^<word>} (bigram with the previous word, if any),</li>
 *   <li>every window of three code points of {@code ^<word>$} (character trigrams; a word of n code points
 *   gives n trigrams).</li>
 * </ul>
 * Each feature is hashed with MurmurHash3 x86_32 and a seed per feature type; the hash's low 31 bits
 * modulo the dimension give the bucket and its top bit the sign, and {@code ±weight} is added there.
 * The sum is L2-normalised; a text without any word gives the zero vector.
 *
 * <p><b>Stability.</b> The hash is implemented in this module and the arithmetic is plain IEEE float in a
 * fixed order, so a text gives the same vector on every run and machine. Lower-casing and NFKC use the
 * JDK's Unicode tables (Java 17: Unicode 13); a later JDK may change vectors of rare, newly assigned
 * characters only.
 *
 * <p><b>Thread safety:</b> immutable; all working memory is local to a call.
 */
public final class HashingEmbedder implements Embedder {
    static final int UNIGRAM_SEED = 0x5eed0001;
    static final int BIGRAM_SEED = 0x5eed0002;
    static final int TRIGRAM_SEED = 0x5eed0003;
    private static final byte START = '^';
    private static final byte END = '$';

    private final HashingEmbedderConfig config;
    private final int dimension;
    private final float unigramWeight;
    private final float bigramWeight;
    private final float trigramWeight;
    private final String fingerprint;

    public HashingEmbedder(HashingEmbedderConfig config) {
        this.config = requireNonNull(config, "config is null");
        this.dimension = config.dimension();
        this.unigramWeight = (float) config.unigramWeight();
        this.bigramWeight = (float) config.bigramWeight();
        this.trigramWeight = (float) config.trigramWeight();
        this.fingerprint = config.fingerprint();
    }

    public HashingEmbedderConfig config() {
        return config;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public String fingerprint() {
        return fingerprint;
    }

    @Override
    public float[] embed(String text) {
        requireNonNull(text, "text is null");
        float[] vector = new float[dimension];
        new Pass(vector).run(normalise(text));
        normaliseL2(vector);
        return vector;
    }

    /** Truncates, applies NFKC and lower-cases. */
    String normalise(String text) {
        String s = text;
        int limit = config.maxChars();
        if (s.length() > limit) {
            // never cut between the two halves of a surrogate pair
            int end = Character.isHighSurrogate(s.charAt(limit - 1)) ? limit - 1 : limit;
            s = s.substring(0, end);
        }
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFKC)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        return s.toLowerCase(Locale.ROOT);
    }

    static boolean isWordCodePoint(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static void normaliseL2(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += (double) v * v;
        }
        if (sum == 0) {
            return;
        }
        float scale = (float) (1.0 / Math.sqrt(sum));
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= scale;
        }
    }

    /**
     * One embedding pass. Only the current and the previous word are kept in {@link #buf}, laid out as
     * {@code ^prev$^cur$}, so that the bigram's bytes are contiguous and memory stays proportional to the
     * longest word, not to the text.
     */
    private final class Pass {
        private final float[] vector;
        private byte[] buf = new byte[64];
        private int pos;
        private int prevStart = -1;
        private int prevEnd = -1;
        private int curStart = -1;

        Pass(float[] vector) {
            this.vector = vector;
        }

        void run(String s) {
            boolean inWord = false;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (isWordCodePoint(cp)) {
                    if (!inWord) {
                        startWord();
                        inWord = true;
                    }
                    appendUtf8(cp);
                } else if (inWord) {
                    endWord();
                    inWord = false;
                }
            }
            if (inWord) {
                endWord();
            }
        }

        private void startWord() {
            if (prevStart > 0) {
                // move the previous word to the front so the buffer never holds more than two words
                System.arraycopy(buf, prevStart, buf, 0, prevEnd - prevStart);
                prevEnd -= prevStart;
                prevStart = 0;
            }
            pos = prevStart < 0 ? 0 : prevEnd;
            curStart = pos;
            ensure(1);
            buf[pos++] = START;
        }

        private void endWord() {
            ensure(1);
            buf[pos++] = END;
            int curEnd = pos;
            add(Murmur3.hash32(buf, curStart + 1, curEnd - curStart - 2, UNIGRAM_SEED), unigramWeight);
            if (prevStart >= 0) {
                add(Murmur3.hash32(buf, prevStart + 1, curEnd - prevStart - 2, BIGRAM_SEED), bigramWeight);
            }
            int a = curStart;
            int b = next(a, curEnd);
            int c = next(b, curEnd);
            int d = next(c, curEnd);
            while (true) {
                add(Murmur3.hash32(buf, a, d - a, TRIGRAM_SEED), trigramWeight);
                if (d >= curEnd) {
                    break;
                }
                a = b;
                b = c;
                c = d;
                d = next(d, curEnd);
            }
            prevStart = curStart;
            prevEnd = curEnd;
        }

        /** The start of the code point after the one starting at {@code i}. */
        private int next(int i, int end) {
            i++;
            while (i < end && (buf[i] & 0xC0) == 0x80) {
                i++;
            }
            return i;
        }

        private void add(int hash, float weight) {
            if (weight == 0) {
                return;
            }
            int bucket = (hash & 0x7fffffff) % dimension;
            vector[bucket] += hash < 0 ? -weight : weight;
        }

        private void appendUtf8(int cp) {
            ensure(4);
            if (cp < 0x80) {
                buf[pos++] = (byte) cp;
            } else if (cp < 0x800) {
                buf[pos++] = (byte) (0xC0 | cp >>> 6);
                buf[pos++] = (byte) (0x80 | cp & 0x3F);
            } else if (cp < 0x10000) {
                buf[pos++] = (byte) (0xE0 | cp >>> 12);
                buf[pos++] = (byte) (0x80 | cp >>> 6 & 0x3F);
                buf[pos++] = (byte) (0x80 | cp & 0x3F);
            } else {
                buf[pos++] = (byte) (0xF0 | cp >>> 18);
                buf[pos++] = (byte) (0x80 | cp >>> 12 & 0x3F);
                buf[pos++] = (byte) (0x80 | cp >>> 6 & 0x3F);
                buf[pos++] = (byte) (0x80 | cp & 0x3F);
            }
        }

        private void ensure(int extra) {
            if (pos + extra > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + extra));
            }
        }
    }
}
