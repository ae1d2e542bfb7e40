package tiktokclaims.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * {@link TextVectorizer#explain} and {@link TextVectorizer#termsIn} on three hand-made documents. Vocabulary
 * (min df 1): a, a cat, cat, cat ran, cat sat, dog, dog sat, ran, sat, the, the cat, the dog. With n = 3 documents,
 * idf = ln(4 / (1 + df)) + 1: 1.287682 for the, cat, sat (df 2) and 1.693147 for the pairs (df 1). "The cat sat!"
 * has the, cat, sat, the cat, cat sat once each; norm sqrt(3 * 1.287682^2 + 2 * 1.693147^2) = 3.272288, so the
 * words weigh 0.394 and the pairs 0.517 (scikit-learn's TfidfVectorizer gives the same).
 */
class TextVectorizerExplainTest {

    private static final List<String> DOCS = List.of("the cat sat", "the dog sat", "a cat ran");

    private static TextVectorizer fitted(TextVectorizer.Weighting weighting) {
        return TextVectorizer.fit(DOCS, new TextVectorizer.Options(1, 2, 1, 100, weighting));
    }

    private static List<String> column(Table t, String name) {
        return t.stringColumn(name).asList();
    }

    @Test
    void explainShowsTheTranscriptItsWordsPairsAndTfidfInColumnOrder() {
        Table t = fitted(TextVectorizer.Weighting.TFIDF).explain("The cat sat!", "claim");
        assertEquals("Tokenisation, n-grams and TF-IDF of one transcript", t.name());
        assertEquals(List.of("transcript (claim)", "words", "word pairs", "TF-IDF of its vocabulary terms"),
                column(t, "step"));
        assertEquals(List.of("The cat sat!", "the | cat | sat", "the cat | cat sat",
                "cat = 0.394 | cat sat = 0.517 | sat = 0.394 | the = 0.394 | the cat = 0.517"), column(t, "result"));
    }

    @Test
    void aMissingTranscriptWithoutLabelIsEmptyAndHasNoTerms() {
        Table t = fitted(TextVectorizer.Weighting.TFIDF).explain(null, null);
        assertEquals(List.of("transcript", "words", "word pairs", "TF-IDF of its vocabulary terms"),
                column(t, "step"));
        assertEquals(List.of("", "", "", "(none)"), column(t, "result"));
    }

    @Test
    void countWeightingShowsCounts() {
        Table t = fitted(TextVectorizer.Weighting.COUNTS).explain("cat, cat and zebra", "opinion");
        assertEquals("Tokenisation, n-grams and counts of one transcript", t.name());
        assertEquals("counts of its vocabulary terms", t.stringColumn("step").get(3));
        assertEquals("cat | cat | and | zebra", t.stringColumn("result").get(1));
        assertEquals("cat cat | cat and | and zebra", t.stringColumn("result").get(2));
        assertEquals("cat = 2.000", t.stringColumn("result").get(3));
    }

    @Test
    void termsInCountsDistinctVocabularyTerms() {
        TextVectorizer v = fitted(TextVectorizer.Weighting.TFIDF);
        assertEquals(5, v.termsIn("The cat sat!"));
        assertEquals(1, v.termsIn("cat cat cat"));
        assertEquals(0, v.termsIn("zebra crossing"));
        assertEquals(0, v.termsIn(null));
    }
}
