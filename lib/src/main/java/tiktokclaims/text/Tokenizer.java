package tiktokclaims.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a transcript into words. The rule, in order: lower-case ({@link Locale#ROOT}); delete apostrophes (the
 * straight {@code '}, the curly {@code ’} and {@code ‘}, the modifier letter {@code ʼ} and the backtick), so that
 * {@code doesn’t} and {@code doesn't} both become {@code doesnt}; turn every other character that is not a letter
 * or digit ({@link Character#isLetterOrDigit(int)}) into a word break. Words are never empty; a null or blank
 * text has none. Numbers are words too: {@code 12,000} gives {@code 12} and {@code 000}.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    /** The words of {@code text}, in order. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (isApostrophe(cp)) {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }

    /**
     * The word n-grams of {@code words} for every n from {@code minN} to {@code maxN}: all 1-grams first, then
     * all 2-grams, and so on; the words of an n-gram are joined by one space.
     */
    public static List<String> ngrams(List<String> words, int minN, int maxN) {
        if (minN < 1 || maxN < minN) {
            throw new IllegalArgumentException("n-gram range must satisfy 1 <= min <= max, got " + minN + ".." + maxN);
        }
        List<String> out = new ArrayList<>();
        for (int n = minN; n <= maxN; n++) {
            for (int i = 0; i + n <= words.size(); i++) {
                out.add(n == 1 ? words.get(i) : String.join(" ", words.subList(i, i + n)));
            }
        }
        return out;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02BC' || cp == '`';
    }
}
