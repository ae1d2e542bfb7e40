package tiktokclaims.claims;

import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tiktokclaims.output.AtomicOutput;
import tiktokclaims.data.ClaimsRowReader;
import tiktokclaims.data.ClaimsSchema;
import tiktokclaims.data.DataFiles;
import tiktokclaims.data.InputException;
import tiktokclaims.progress.Progress;

/**
 * Scores reports into a review queue: one output row per input row, {@code rank} (1 = review first, see
 * {@link QueueOrder}), {@code video_id}, {@code claim_probability}, {@code predicted} ({@code claim} or
 * {@code opinion} by the model's threshold) and {@code imputed} (the feature columns that were empty in the input
 * and imputed from the training medians, separated by {@code ;}; empty for a complete row). Rows are written in
 * rank order.
 *
 * <p>Missing fields: a row with an empty count, duration, transcript or status is scored with the training median
 * (empty text, reference level) in its place, ranked like any other row, and flagged in {@code imputed}, so that a
 * reviewer can see that its probability rests on less evidence. A row without a video_id cannot be queued: that
 * is an input error. The input may lack the {@code claim_status} and {@code #} columns.
 *
 * <p>Memory: the file is streamed; per row only the probability, view count, video id (three 8-byte values), the
 * imputed-columns mask (2 bytes) and the two int arrays of the sort (8 bytes) are kept: 34 bytes a row, up to
 * about twice that while the arrays grow. Ten million rows take about 0.35 to 0.7 GB, whatever the transcripts'
 * length.
 */
public final class ScoringQueue {

    /** The output columns, in order. */
    public static final List<String> COLUMNS = List.of("rank", "video_id", "claim_probability", "predicted",
            "imputed");

    /**
     * What a file scoring did.
     *
     * @param rows            rows scored (= rows written)
     * @param predictedClaims rows predicted {@code claim}
     * @param imputedRows     rows with at least one imputed column
     */
    public record Summary(long rows, long predictedClaims, long imputedRows) {
    }

    private ScoringQueue() {
    }

    /**
     * Scores every row of CSV file {@code in} and writes the queue to {@code out} (through a temporary file and a
     * rename). Bad input stops with an {@link InputException} naming file, line and column, exactly as
     * {@code validate} would; nothing is written then.
     */
    public static Summary scoreFile(ClaimsModel model, Path in, Path out, Progress progress) throws Exception {
        DataFiles.requireFile(in);
        // A pipe (--data /dev/stdin) has no size: the progress bar then counts rows only.
        long total = Files.isRegularFile(in) ? Files.size(in) : 0;
        Scores s = new Scores();
        ClaimFeatures features = model.features();
        double[] x = new double[features.size()];
        try (CountingStream counted = new CountingStream(Files.newInputStream(in));
             ClaimsRowReader rows = ClaimsRowReader.open(counted, in,
                     List.of(ClaimsSchema.ROW, ClaimsSchema.CLAIM_STATUS))) {
            while (rows.next()) {
                ClaimRecord r = ClaimRecord.of(rows);
                features.row(r, x);
                s.add(model.classifier().probability(x), r.views(), r.videoId(), r.missingMask());
                if ((s.n & 0x3fff) == 0) {
                    progress.update(counted.count, total, s.n);
                }
            }
        }
        progress.finish(s.n);
        int[] order = QueueOrder.order(s.p, s.views, s.ids, s.n);
        long[] claims = new long[1];
        long imputed = 0;
        for (int i = 0; i < s.n; i++) {
            imputed += s.mask[i] != 0 ? 1 : 0;
        }
        AtomicOutput.write(out, os -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
            w.write(String.join(",", COLUMNS));
            w.write('\n');
            for (int k = 0; k < s.n; k++) {
                int i = order[k];
                boolean claim = model.isClaim(s.p[i]);
                claims[0] += claim ? 1 : 0;
                w.write(Integer.toString(k + 1));
                w.write(',');
                w.write(Long.toString(s.ids[i]));
                w.write(',');
                w.write(Double.toString(s.p[i]));
                w.write(claim ? ",claim," : ",opinion,");
                if (s.mask[i] != 0) {
                    w.write(String.join(";", ClaimRecord.columnsOf(s.mask[i])));
                }
                w.write('\n');
            }
            w.flush();
        });
        return new Summary(s.n, claims[0], imputed);
    }

    /**
     * Scores a table in memory (for notebooks) and returns the queue as a table in rank order, with the columns
     * of {@link #COLUMNS}.
     */
    public static Table score(ClaimsModel model, Table data) {
        List<ClaimRecord> records = ClaimRecord.all(data);
        int n = records.size();
        double[] p = model.probabilities(records);
        double[] views = new double[n];
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            views[i] = records.get(i).views();
            ids[i] = records.get(i).videoId();
        }
        int[] order = QueueOrder.order(p, views, ids, n);
        IntColumn rank = IntColumn.create("rank");
        LongColumn id = LongColumn.create("video_id");
        DoubleColumn prob = DoubleColumn.create("claim_probability");
        StringColumn predicted = StringColumn.create("predicted");
        StringColumn imputed = StringColumn.create("imputed");
        for (int k = 0; k < n; k++) {
            int i = order[k];
            rank.append(k + 1);
            id.append(ids[i]);
            prob.append(p[i]);
            predicted.append(model.label(p[i]));
            imputed.append(String.join(";", records.get(i).missingColumns()));
        }
        return Table.create("Review queue").addColumns(rank, id, prob, predicted, imputed);
    }

    /**
     * Counts what a queue from {@link #score(ClaimsModel, Table)} holds (rows in rank order): predicted claims,
     * probabilities shown as 1, ties between neighbours, and the reports with imputed columns.
     */
    public static QueueSummary summary(Table queue) {
        DoubleColumn prob = queue.doubleColumn("claim_probability");
        StringColumn predicted = queue.stringColumn("predicted");
        StringColumn imputed = queue.stringColumn("imputed");
        long claims = 0;
        long shownAsOne = 0;
        long ties = 0;
        long imputedRows = 0;
        long bestImputedRank = 0;
        long imputedClaims = 0;
        long missingTranscript = 0;
        for (int r = 0; r < queue.rowCount(); r++) {
            boolean claim = predicted.get(r).equals("claim");
            claims += claim ? 1 : 0;
            shownAsOne += prob.getDouble(r) >= QueueSummary.SHOWN_AS_ONE ? 1 : 0;
            ties += r > 0 && prob.getDouble(r) == prob.getDouble(r - 1) ? 1 : 0;
            if (!imputed.get(r).isEmpty()) {
                int rank = queue.intColumn("rank").getInt(r);
                bestImputedRank = imputedRows == 0 ? rank : Math.min(bestImputedRank, rank);
                imputedRows++;
                imputedClaims += claim ? 1 : 0;
                missingTranscript += List.of(imputed.get(r).split(";")).contains(ClaimsSchema.TRANSCRIPT) ? 1 : 0;
            }
        }
        return new QueueSummary(queue.rowCount(), claims, shownAsOne, ties, imputedRows, bestImputedRank,
                imputedClaims, missingTranscript);
    }

    /** Growable primitive columns of the scored rows. */
    private static final class Scores {
        int n;
        double[] p = new double[1024];
        double[] views = new double[1024];
        long[] ids = new long[1024];
        short[] mask = new short[1024];

        void add(double probability, double viewCount, long id, int missing) {
            if (n == p.length) {
                int cap = p.length * 2;
                p = Arrays.copyOf(p, cap);
                views = Arrays.copyOf(views, cap);
                ids = Arrays.copyOf(ids, cap);
                mask = Arrays.copyOf(mask, cap);
            }
            p[n] = probability;
            views[n] = viewCount;
            ids[n] = id;
            mask[n] = (short) missing;
            n++;
        }
    }

    /** Counts the bytes read, for the progress bar. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int r = super.read(b, off, len);
            if (r > 0) {
                count += r;
            }
            return r;
        }
    }
}
