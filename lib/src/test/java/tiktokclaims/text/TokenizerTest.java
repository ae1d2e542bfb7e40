package tiktokclaims.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void lowerCasesAndDeletesStraightAndCurlyApostrophes() {
        assertEquals(List.of("someones", "view", "its", "true", "doesnt"),
                Tokenizer.words("Someone\u2019s view: it's TRUE! doesn\u2018t"));
    }

    @Test
    void otherPunctuationBreaksWords() {
        assertEquals(List.of("12", "000", "teeth", "st", "petersburg", "deepest", "475", "usd"),
                Tokenizer.words("12,000 teeth; st. petersburg\u2014deepest ($475 usd)"));
    }

    @Test
    void keepsNonAsciiLettersAndDropsEmptyWords() {
        assertEquals(List.of("schr\u00f6dinger", "s", "cat"), Tokenizer.words("  Schr\u00f6dinger - \"s\"   cat.. "));
    }

    @Test
    void nullAndBlankHaveNoWords() {
        assertEquals(List.of(), Tokenizer.words(null));
        assertEquals(List.of(), Tokenizer.words(" \t\n,.;"));
    }

    @Test
    void ngramsListOneGramsThenTwoGrams() {
        assertEquals(List.of("a", "b", "c", "a b", "b c"), Tokenizer.ngrams(List.of("a", "b", "c"), 1, 2));
        assertEquals(List.of("a b c"), Tokenizer.ngrams(List.of("a", "b", "c"), 3, 3));
        assertEquals(List.of(), Tokenizer.ngrams(List.of("a"), 2, 2));
    }

    @Test
    void ngramRangeMustBeValid() {
        assertThrows(IllegalArgumentException.class, () -> Tokenizer.ngrams(List.of("a"), 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Tokenizer.ngrams(List.of("a"), 2, 1));
    }
}
