package tiktokclaims.claims;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import tiktokclaims.data.ClaimsSchema;
import tiktokclaims.stats.Summary;
import tiktokclaims.text.TextVectorizer;
import tiktokclaims.text.Tokenizer;

/**
 * Turns a {@link ClaimRecord} into the classifier's feature row, with everything learned from training rows only.
 *
 * <p>Columns, in order ({@link #names()}): {@code video_duration_sec}; {@code verified} (1 for verified);
 * {@code ban_under_review}, {@code ban_banned} (one-hot, {@code active} is the reference); {@code log1p_} of each
 * of the five counts (views, likes, shares, downloads, comments: log(1 + count), because the counts span five
 * orders of magnitude and the L2-penalised logistic regression stalls on raw counts; trees are unaffected by a
 * monotone transform); {@code transcript_chars} and {@code transcript_words} (text length); then one column
 * {@code text: TERM} per term of the fitted {@link TextVectorizer}.
 *
 * <p>Missing values: a missing duration or count is imputed with its training median; a missing transcript is
 * the empty text; a missing or unknown verified/ban status counts as the reference level (not verified, active).
 * {@link ClaimRecord#missingColumns()} tells which rows were imputed.
 */
public final class ClaimFeatures implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int FIXED = 11;
    /** What the name of every transcript-term column starts with. */
    static final String TEXT_PREFIX = "text: ";

    private final TextVectorizer text;
    private final double durationMedian;
    private final double[] countMedians;

    /** Features with a fitted text part and training medians (five counts, {@link ClaimsSchema#COUNTS} order). */
    ClaimFeatures(TextVectorizer text, double durationMedian, double[] countMedians) {
        this.text = text;
        this.durationMedian = durationMedian;
        this.countMedians = countMedians;
    }

    /** Learns the vocabulary and the imputation medians from the training records. */
    public static ClaimFeatures fit(List<ClaimRecord> training, TextVectorizer.Options textOptions) {
        List<String> docs = new ArrayList<>(training.size());
        double[] durations = new double[training.size()];
        double[][] counts = new double[5][training.size()];
        for (int i = 0; i < training.size(); i++) {
            ClaimRecord r = training.get(i);
            docs.add(r.transcript());
            durations[i] = r.durationSec();
            double[] c = r.counts();
            for (int k = 0; k < 5; k++) {
                counts[k][i] = c[k];
            }
        }
        double[] medians = new double[5];
        for (int k = 0; k < 5; k++) {
            medians[k] = median(counts[k]);
        }
        return new ClaimFeatures(TextVectorizer.fit(docs, textOptions), median(durations), medians);
    }

    /** The text part. */
    public TextVectorizer text() {
        return text;
    }

    /** Training median of video_duration_sec (imputed when missing). */
    public double durationMedian() {
        return durationMedian;
    }

    /** Training medians of the five counts in {@link ClaimsSchema#COUNTS} order (imputed when missing). */
    public double[] countMedians() {
        return countMedians.clone();
    }

    /** Number of feature columns. */
    public int size() {
        return FIXED + text.size();
    }

    /** The feature column names, in order. */
    public List<String> names() {
        List<String> names = new ArrayList<>(size());
        names.add(ClaimsSchema.DURATION);
        names.add("verified");
        names.add("ban_under_review");
        names.add("ban_banned");
        for (String c : ClaimsSchema.COUNTS) {
            names.add("log1p_" + c.replace("video_", ""));
        }
        names.add("transcript_chars");
        names.add("transcript_words");
        for (String term : text.vocabulary()) {
            names.add(TEXT_PREFIX + term);
        }
        return names;
    }

    /** The feature row of one record, as a new array. */
    public double[] row(ClaimRecord r) {
        double[] x = new double[size()];
        row(r, x);
        return x;
    }

    /** Writes the feature row of one record into {@code x} (length {@link #size()}). */
    public void row(ClaimRecord r, double[] x) {
        x[0] = Double.isNaN(r.durationSec()) ? durationMedian : r.durationSec();
        x[1] = "verified".equals(r.verifiedStatus()) ? 1 : 0;
        x[2] = "under review".equals(r.banStatus()) ? 1 : 0;
        x[3] = "banned".equals(r.banStatus()) ? 1 : 0;
        double[] c = r.counts();
        for (int k = 0; k < 5; k++) {
            double v = Double.isNaN(c[k]) ? countMedians[k] : c[k];
            x[4 + k] = Math.log1p(Math.max(0, v));
        }
        String t = r.transcript() == null ? "" : r.transcript();
        List<String> words = Tokenizer.words(t);
        x[9] = t.length();
        x[10] = words.size();
        text.transformWords(words, x, FIXED);
    }

    /** The feature matrix of many records. */
    public double[][] matrix(List<ClaimRecord> records) {
        double[][] x = new double[records.size()][];
        // Rows are independent (each reads only this fitted object), so they are built side by side.
        java.util.stream.IntStream.range(0, x.length).parallel().forEach(i -> x[i] = row(records.get(i)));
        return x;
    }

    /** The median of the non-missing values, 0 when there is none. */
    private static double median(double[] values) {
        double m = Summary.quantile(values, 0.5);
        return Double.isNaN(m) ? 0 : m;
    }
}
