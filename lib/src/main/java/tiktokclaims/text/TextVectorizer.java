package tiktokclaims.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tiktokclaims.report.Html;

/**
 * Word n-gram features of transcripts with a vocabulary learned from training documents only (the same definitions
 * as scikit-learn's {@code CountVectorizer}/{@code TfidfVectorizer} with a custom tokenizer, so its numbers can be
 * checked against them).
 *
 * <p>Vocabulary: the n-grams ({@link Tokenizer#ngrams}) that occur in at least {@code minDf} training documents;
 * when more than {@code maxFeatures} remain, the {@code maxFeatures} with the highest total count over the
 * training documents, ties broken alphabetically; feature columns are in alphabetical order of their terms.
 * Weighting {@link Weighting#COUNTS}: the n-gram's count in the document. {@link Weighting#TFIDF}: count times
 * {@code idf = ln((1 + n) / (1 + df)) + 1} (n training documents, df of them contain the term), and the row scaled
 * to unit Euclidean length (a document with no known term stays all zero). An n-gram outside the vocabulary is
 * ignored.
 *
 * <p>Immutable and thread-safe once fitted.
 *
 * <p>Written by hand: scikit-learn's exact definitions (smoothed idf, l2 rows, min_df, max_features ties) so it is
 * checked against scikit-learn, and saved as text (terms and idf) inside the claims model file.
 */
public final class TextVectorizer implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How a term's count in a document becomes a feature value. */
    public enum Weighting {
        /** Raw count of the n-gram in the document. */
        COUNTS,
        /** Count times smoothed idf, row scaled to unit length. */
        TFIDF
    }

    /**
     * Settings of the vectorizer.
     *
     * @param minN        shortest n-gram (1 = single words)
     * @param maxN        longest n-gram
     * @param minDf       a term must occur in at least this many training documents
     * @param maxFeatures keep at most this many terms (the most frequent)
     * @param weighting   counts or TF-IDF
     */
    public record Options(int minN, int maxN, int minDf, int maxFeatures, Weighting weighting)
            implements Serializable {

        /** Words and word pairs, min document frequency 5, at most 100 terms, TF-IDF. */
        public static Options defaults() {
            return new Options(1, 2, 5, 100, Weighting.TFIDF);
        }

        public Options {
            if (minN < 1 || maxN < minN) {
                throw new IllegalArgumentException("n-gram range must satisfy 1 <= minN <= maxN");
            }
            if (minDf < 1 || maxFeatures < 1) {
                throw new IllegalArgumentException("minDf and maxFeatures must be at least 1");
            }
        }
    }

    private final Options options;
    private final String[] terms;
    private final double[] idf;
    private final HashMap<String, Integer> index;

    private TextVectorizer(Options options, String[] terms, double[] idf) {
        this.options = options;
        this.terms = terms;
        this.idf = idf;
        this.index = new HashMap<>(terms.length * 2);
        for (int i = 0; i < terms.length; i++) {
            index.put(terms[i], i);
        }
    }

    /** Learns the vocabulary (and idf) from the training documents; null documents count as empty. */
    public static TextVectorizer fit(List<String> trainingDocs, Options options) {
        Map<String, int[]> stats = new HashMap<>(); // term -> {document frequency, total count}
        for (String doc : trainingDocs) {
            List<String> grams = Tokenizer.ngrams(Tokenizer.words(doc), options.minN(), options.maxN());
            Set<String> seen = new HashSet<>();
            for (String g : grams) {
                int[] s = stats.computeIfAbsent(g, k -> new int[2]);
                s[1]++;
                if (seen.add(g)) {
                    s[0]++;
                }
            }
        }
        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, int[]> e : stats.entrySet()) {
            if (e.getValue()[0] >= options.minDf()) {
                kept.add(e.getKey());
            }
        }
        kept.sort((a, b) -> {
            int c = Integer.compare(stats.get(b)[1], stats.get(a)[1]);
            return c != 0 ? c : a.compareTo(b);
        });
        List<String> chosen = new ArrayList<>(kept.subList(0, Math.min(options.maxFeatures(), kept.size())));
        Collections.sort(chosen);
        int n = trainingDocs.size();
        double[] idf = new double[chosen.size()];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = Math.log((1.0 + n) / (1.0 + stats.get(chosen.get(i))[0])) + 1.0;
        }
        return new TextVectorizer(options, chosen.toArray(new String[0]), idf);
    }

    /**
     * A vectorizer fitted before (read back from a saved model): {@code terms} in strictly ascending order, one
     * idf per term.
     */
    public static TextVectorizer of(Options options, List<String> terms, double[] idf) {
        if (terms.size() != idf.length) {
            throw new IllegalArgumentException(terms.size() + " terms but " + idf.length + " idf values");
        }
        for (int i = 1; i < terms.size(); i++) {
            if (terms.get(i - 1).compareTo(terms.get(i)) >= 0) {
                throw new IllegalArgumentException("terms not in strictly ascending order at " + terms.get(i));
            }
        }
        return new TextVectorizer(options, terms.toArray(new String[0]), idf.clone());
    }

    /** The settings it was fitted with. */
    public Options options() {
        return options;
    }

    /** The learned terms, in feature-column order. */
    public List<String> vocabulary() {
        return List.of(terms);
    }

    /** Number of feature columns ({@code vocabulary().size()}). */
    public int size() {
        return terms.length;
    }

    /** The idf of each term, in feature-column order (used by {@link Weighting#TFIDF}). */
    public double[] idf() {
        return idf.clone();
    }

    /** The features of one document as a new array of {@link #size()} values. */
    public double[] transform(String doc) {
        double[] row = new double[terms.length];
        transform(doc, row, 0);
        return row;
    }

    /** How many distinct vocabulary terms occur in {@code doc} (its non-zero feature columns). */
    public int termsIn(String doc) {
        Set<String> found = new HashSet<>();
        for (String g : Tokenizer.ngrams(Tokenizer.words(doc), options.minN(), options.maxN())) {
            if (index.containsKey(g)) {
                found.add(g);
            }
        }
        return found.size();
    }

    /**
     * One document step by step, as a table of {@code step} and {@code result}: the transcript itself (a null one
     * shown as empty), its {@link Tokenizer#words words} and word pairs (each joined by {@code " | "}), and its
     * non-zero feature values as {@code term = value} (3 decimals, in column order; {@code (none)} when it has no
     * vocabulary term).
     *
     * @param transcript the document (user text: the table holds it as is, {@link Html#table} escapes it)
     * @param label      what the document is, e.g. its claim status, shown in brackets after {@code transcript};
     *                   null for nothing
     */
    public Table explain(String transcript, String label) {
        String text = transcript == null ? "" : transcript;
        List<String> words = Tokenizer.words(text);
        double[] values = transform(text);
        List<String> kept = new ArrayList<>();
        for (int j = 0; j < values.length; j++) {
            if (values[j] > 0) {
                kept.add(terms[j] + " = " + Html.fixed(values[j], 3));
            }
        }
        String weights = options.weighting() == Weighting.TFIDF ? "TF-IDF" : "counts";
        StringColumn step = StringColumn.create("step");
        StringColumn result = StringColumn.create("result");
        step.append(label == null ? "transcript" : "transcript (" + label + ")");
        result.append(text);
        step.append("words");
        result.append(String.join(" | ", words));
        step.append("word pairs");
        result.append(String.join(" | ", Tokenizer.ngrams(words, 2, 2)));
        step.append(weights + " of its vocabulary terms");
        result.append(kept.isEmpty() ? "(none)" : String.join(" | ", kept));
        return Table.create("Tokenisation, n-grams and " + weights + " of one transcript").addColumns(step, result);
    }

    /**
     * Writes the features of one document into {@code row[offset .. offset + size())}, overwriting what was
     * there.
     */
    public void transform(String doc, double[] row, int offset) {
        transformWords(Tokenizer.words(doc), row, offset);
    }

    /**
     * {@link #transform(String, double[], int)} of a document already split by {@link Tokenizer#words} (for a
     * caller that needs the words too).
     */
    public void transformWords(List<String> words, double[] row, int offset) {
        Arrays.fill(row, offset, offset + terms.length, 0.0);
        for (String g : Tokenizer.ngrams(words, options.minN(), options.maxN())) {
            Integer i = index.get(g);
            if (i != null) {
                row[offset + i] += 1.0;
            }
        }
        if (options.weighting() == Weighting.TFIDF) {
            double sum = 0;
            for (int i = 0; i < terms.length; i++) {
                row[offset + i] *= idf[i];
                sum += row[offset + i] * row[offset + i];
            }
            if (sum > 0) {
                double norm = Math.sqrt(sum);
                for (int i = 0; i < terms.length; i++) {
                    row[offset + i] /= norm;
                }
            }
        }
    }
}
