package tiktokclaims.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tiktokclaims.TestData;
import tiktokclaims.data.ClaimsData;
import tiktokclaims.data.ClaimsSchema;

/** Against scikit-learn (scripts/fixtures/claims.py): vocabulary, idf, counts and TF-IDF on the real transcripts. */
class TextVectorizerTest {

    private static final int TRAIN_DOCS = 2000;
    private static final TextVectorizer.Options TFIDF =
            new TextVectorizer.Options(1, 2, 5, 50, TextVectorizer.Weighting.TFIDF);
    private static final TextVectorizer.Options COUNTS =
            new TextVectorizer.Options(1, 2, 5, 50, TextVectorizer.Weighting.COUNTS);

    private static List<String> training;
    private static Map<Integer, String> byRow;

    @BeforeAll
    static void load() {
        Table t = ClaimsData.load(TestData.realDataset());
        training = new ArrayList<>();
        byRow = new HashMap<>();
        for (int r = 0; r < t.rowCount(); r++) {
            if (t.stringColumn(ClaimsSchema.TRANSCRIPT).isMissing(r)) {
                continue;
            }
            String text = t.stringColumn(ClaimsSchema.TRANSCRIPT).get(r);
            byRow.put(t.intColumn(ClaimsSchema.ROW).get(r), text);
            if (training.size() < TRAIN_DOCS) {
                training.add(text);
            }
        }
    }

    private static List<String[]> fixture(String name) throws IOException {
        List<String> lines = Files.readAllLines(TestData.resource("fixtures/claims/" + name));
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            rows.add(line.split(",", -1));
        }
        return rows;
    }

    @Test
    void vocabularyAndIdfMatchScikitLearn() throws IOException {
        TextVectorizer v = TextVectorizer.fit(training, TFIDF);
        List<String[]> expected = fixture("text_vocabulary.csv");
        assertEquals(expected.size(), v.size());
        double[] idf = v.idf();
        for (String[] e : expected) {
            int i = Integer.parseInt(e[0]);
            assertEquals(e[1], v.vocabulary().get(i), "term " + i);
            assertEquals(Double.parseDouble(e[4]), idf[i], 1e-12, "idf of " + e[1]);
        }
    }

    @Test
    void countsAndTfidfOfTrainingAndUnseenDocumentsMatchScikitLearn() throws IOException {
        TextVectorizer tfidf = TextVectorizer.fit(training, TFIDF);
        TextVectorizer counts = TextVectorizer.fit(training, COUNTS);
        Map<Integer, double[]> expectedTfidf = new HashMap<>();
        Map<Integer, double[]> expectedCounts = new HashMap<>();
        for (String[] d : fixture("text_docs.csv")) {
            int row = Integer.parseInt(d[0]);
            expectedTfidf.put(row, new double[tfidf.size()]);
            expectedCounts.put(row, new double[tfidf.size()]);
            assertEquals(Integer.parseInt(d[1]), Tokenizer.words(byRow.get(row)).size(), "words of row " + row);
        }
        for (String[] e : fixture("text_values.csv")) {
            int row = Integer.parseInt(e[0]);
            int j = Integer.parseInt(e[1]);
            expectedCounts.get(row)[j] = Double.parseDouble(e[2]);
            expectedTfidf.get(row)[j] = Double.parseDouble(e[3]);
        }
        assertTrue(expectedTfidf.size() >= 60, "documents in the fixture: " + expectedTfidf.size());
        for (int row : expectedTfidf.keySet()) {
            assertArrayEquals(expectedTfidf.get(row), tfidf.transform(byRow.get(row)), 1e-12, "tf-idf of row " + row);
            assertArrayEquals(expectedCounts.get(row), counts.transform(byRow.get(row)), 0.0, "counts of row " + row);
        }
    }

    @Test
    void unknownWordsAndEmptyTextGiveZeros() {
        TextVectorizer v = TextVectorizer.fit(List.of("red fish", "red fish", "blue fish"),
                new TextVectorizer.Options(1, 2, 2, 10, TextVectorizer.Weighting.TFIDF));
        assertEquals(List.of("fish", "red", "red fish"), v.vocabulary());
        assertArrayEquals(new double[3], v.transform("green cat"), 0.0);
        assertArrayEquals(new double[3], v.transform(null), 0.0);
    }

    @Test
    void maxFeaturesKeepsTheMostFrequentTermsTiesAlphabetically() {
        TextVectorizer v = TextVectorizer.fit(List.of("b a c", "c a b d", "d"),
                new TextVectorizer.Options(1, 1, 1, 2, TextVectorizer.Weighting.COUNTS));
        // totals: a 2, b 2, c 2, d 2: all tied, so the first two alphabetically
        assertEquals(List.of("a", "b"), v.vocabulary());
        TextVectorizer w = TextVectorizer.fit(List.of("z z y", "z x y", "x"),
                new TextVectorizer.Options(1, 1, 1, 2, TextVectorizer.Weighting.COUNTS));
        // totals: z 3, y 2, x 2: z, then y and x tie, x wins alphabetically; columns alphabetical
        assertEquals(List.of("x", "z"), w.vocabulary());
        assertArrayEquals(new double[] {1, 2}, w.transform("Z x z"), 0.0);
    }

    @Test
    void transformWritesIntoARowAtAnOffset() {
        TextVectorizer v = TextVectorizer.fit(List.of("a b", "a"),
                new TextVectorizer.Options(1, 1, 1, 5, TextVectorizer.Weighting.COUNTS));
        double[] row = {9, 9, 9, 9};
        v.transform("b b", row, 1);
        assertArrayEquals(new double[] {9, 0, 2, 9}, row, 0.0);
    }
}
