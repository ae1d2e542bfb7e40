package tiktokclaims.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The complete rows of a claims CSV as primitive columns: video ids, the duration and the five counts as doubles,
 * the three labels as indices into their {@link ClaimsSchema} label lists. Every field of every row is checked
 * exactly as {@link ClaimsRowReader} checks it (the same {@link RowValidator}, the same messages, lines and
 * columns); a row with any empty field, transcript included, is counted as dropped, and transcripts are checked
 * as UTF-8 but never decoded. No row objects, no strings.
 *
 * <p>A large regular file is read in parallel, one byte range per core. A range after the first starts just after
 * a line feed, which is a record start unless the line feed sits inside a quoted field; the range before it
 * parses up to the first record start at or past that offset, and the guess is kept only when the two meet
 * exactly. Otherwise (a quoted line break at the guess) the rest of the file is read again from where the earlier
 * range ended, one range at a time, so the rows and the first error are always those of a sequential read. Each
 * range counts its own lines; an error found in a later range is reported by reading that range again from its
 * known first line, so the message names the same line as a sequential read. Pipes and small files are read
 * sequentially.
 */
public final class ClaimsColumns {

    /** Files below this size are read in one range. */
    static final long PARALLEL_BYTES = 8L << 20;
    private static final List<String> NUMBERS = List.of(ClaimsSchema.DURATION, ClaimsSchema.VIEWS,
            ClaimsSchema.LIKES, ClaimsSchema.SHARES, ClaimsSchema.DOWNLOADS, ClaimsSchema.COMMENTS);
    private static final List<String> LABELS = List.of(ClaimsSchema.CLAIM_STATUS, ClaimsSchema.VERIFIED_STATUS,
            ClaimsSchema.BAN_STATUS);
    private static final int[] NUMBER_INDEX = NUMBERS.stream().mapToInt(ClaimsSchema.COLUMNS::indexOf).toArray();
    private static final int[] LABEL_INDEX = LABELS.stream().mapToInt(ClaimsSchema.COLUMNS::indexOf).toArray();

    private final long[] ids;
    private final double[][] numbers;
    private final byte[][] labels;
    private final long dropped;

    private ClaimsColumns(long[] ids, double[][] numbers, byte[][] labels, long dropped) {
        this.ids = ids;
        this.numbers = numbers;
        this.labels = labels;
        this.dropped = dropped;
    }

    /**
     * Reads and checks every row of the file, in parallel on large regular files.
     *
     * @throws InputException naming file, line and column at the first bad value (the first in the file)
     */
    public static ClaimsColumns read(Path file) throws IOException {
        return read(file, Runtime.getRuntime().availableProcessors(), PARALLEL_BYTES);
    }

    /** {@link #read(Path)} with at most {@code ranges} byte ranges, for files of at least {@code minBytes}. */
    static ClaimsColumns read(Path file, int ranges, long minBytes) throws IOException {
        DataFiles.requireFile(file);
        long size = Files.isRegularFile(file) ? Files.size(file) : -1;
        try (InputStream in = Files.newInputStream(file)) {
            CsvRecords csv = new CsvRecords(in, file);
            if (!csv.next()) {
                throw new InputException(file, "empty file (expected a header line and data rows)");
            }
            ClaimsHeader header = ClaimsHeader.read(csv, file, Set.of());
            int k = size >= minBytes ? Math.max(1, ranges) : 1;
            List<Long> starts = k > 1 ? rangeStarts(file, csv.offset(), size, k) : List.of();
            List<Range> done = new ArrayList<>();
            ExecutorService pool = starts.isEmpty() ? null : Executors.newFixedThreadPool(starts.size(), r -> {
                Thread t = new Thread(r, "claims-columns");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<Range>> later = new ArrayList<>();
                for (int i = 0; i < starts.size(); i++) {
                    long from = starts.get(i);
                    long to = i + 1 < starts.size() ? starts.get(i + 1) : Long.MAX_VALUE;
                    later.add(pool.submit(() -> Range.parseFrom(file, header, from, 1, to)));
                }
                Range first = new Range(csv, header, file, starts.isEmpty() ? Long.MAX_VALUE : starts.get(0));
                first.parse();
                done.add(first);
                for (int i = 0; i < later.size(); i++) {
                    Range previous = done.get(done.size() - 1);
                    previous.throwError(file, header);
                    Range next = get(later.get(i));
                    if (previous.end != next.start) {
                        // the guessed start was inside a quoted field: read on sequentially from where we are
                        done.add(Range.parseFrom(file, header, previous.end, previous.nextLine(), Long.MAX_VALUE));
                        break;
                    }
                    next.firstLine = previous.nextLine();
                    done.add(next);
                }
                done.get(done.size() - 1).throwError(file, header);
            } finally {
                if (pool != null) {
                    pool.shutdownNow();
                }
            }
            return merge(file, done);
        }
    }

    /** Where the ranges after the first start: just after the first line feed at or after each even cut. */
    private static List<Long> rangeStarts(Path file, long dataStart, long size, int k) throws IOException {
        List<Long> starts = new ArrayList<>();
        try (FileChannel ch = FileChannel.open(file)) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(1 << 16);
            for (int i = 1; i < k; i++) {
                long at = dataStart + (size - dataStart) * i / k;
                long start = -1;
                while (start < 0 && at < size) {
                    b.clear();
                    int n = ch.read(b, at);
                    if (n <= 0) {
                        break;
                    }
                    for (int j = 0; j < n; j++) {
                        if (b.get(j) == '\n') {
                            start = at + j + 1;
                            break;
                        }
                    }
                    at += n;
                }
                if (start < 0 || start >= size || !starts.isEmpty() && start <= starts.get(starts.size() - 1)) {
                    continue;
                }
                starts.add(start);
            }
        }
        return starts;
    }

    private static Range get(Future<Range> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static ClaimsColumns merge(Path file, List<Range> ranges) {
        long total = 0;
        long dropped = 0;
        long seen = 0;
        for (Range r : ranges) {
            total += r.kept.rows;
            dropped += r.dropped;
            seen += r.kept.rows + r.dropped;
        }
        if (seen == 0) {
            throw new InputException(file, 1, null, "header only: the file has no data rows");
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new InputException(file, "more than " + (Integer.MAX_VALUE - 8) + " complete rows: too many to fit");
        }
        int n = (int) total;
        long[] ids = new long[n];
        double[][] numbers = new double[NUMBERS.size()][n];
        byte[][] labels = new byte[LABELS.size()][n];
        int at = 0;
        for (Range r : ranges) {
            at = r.kept.copyTo(ids, numbers, labels, at);
        }
        return new ClaimsColumns(ids, numbers, labels, dropped);
    }

    /** Complete rows. */
    public int rows() {
        return ids.length;
    }

    /** Rows dropped because a field was empty. */
    public long droppedRows() {
        return dropped;
    }

    /** The video ids of the complete rows (the array itself, not a copy). */
    public long[] videoIds() {
        return ids;
    }

    /**
     * The values of {@code video_duration_sec} or of one of the five counts, one per complete row (the array
     * itself, not a copy: a caller may change it, e.g. cap it in place).
     */
    public double[] values(String column) {
        int j = NUMBERS.indexOf(column);
        if (j < 0) {
            throw new IllegalArgumentException("not a numeric column kept by ClaimsColumns: " + column);
        }
        return numbers[j];
    }

    /**
     * The labels of {@code claim_status}, {@code verified_status} or {@code author_ban_status}, as indices into
     * {@link #labelNames} (the array itself).
     */
    public byte[] labels(String column) {
        int j = LABELS.indexOf(column);
        if (j < 0) {
            throw new IllegalArgumentException("not a label column: " + column);
        }
        return labels[j];
    }

    /** The label names of a label column, in the order of the indices of {@link #labels}. */
    public static List<String> labelNames(String column) {
        int j = LABELS.indexOf(column);
        if (j < 0) {
            throw new IllegalArgumentException("not a label column: " + column);
        }
        return List.of(RowValidator.labels(LABEL_INDEX[j]));
    }

    /** One byte range of the file and the complete rows read from it. */
    private static final class Range {
        private final CsvRecords csv;
        private final RowValidator row;
        private final long start;
        private final long stop;
        private final Blocks kept = new Blocks();
        /** The line number the range's reader gave its first line: 1 for a range whose first line was unknown. */
        private final long countedFrom;
        /** The file's line number of the range's first line, once known. */
        private long firstLine;
        private long dropped;
        private long end;
        /** The reader's line number (counted from {@link #countedFrom}) where the next range starts. */
        private long lastLine;
        private InputException error;

        Range(CsvRecords csv, ClaimsHeader header, Path file, long stop) {
            this.csv = csv;
            this.row = new RowValidator(csv, file, header);
            this.start = csv.offset();
            this.stop = stop;
            this.countedFrom = csv.nextLine();
            this.firstLine = countedFrom;
        }

        /** Parses the records that start in [from, stop), {@code from} being a record start on {@code line}. */
        static Range parseFrom(Path file, ClaimsHeader header, long from, long line, long stop) throws IOException {
            try (FileChannel ch = FileChannel.open(file)) {
                ch.position(from);
                CsvRecords csv = new CsvRecords(Channels.newInputStream(ch), file, from, line);
                csv.names(header.names());
                Range r = new Range(csv, header, file, stop);
                r.parse();
                return r;
            }
        }

        /** Parses records until one starts at or after {@code stop}, or the end of the file, or a bad value. */
        void parse() throws IOException {
            try {
                while (csv.offset() < stop && csv.next()) {
                    row.validate();
                    if (row.anyMissing()) {
                        dropped++;
                    } else {
                        kept.add(row);
                    }
                }
            } catch (InputException e) {
                error = e;
            }
            end = csv.offset();
            lastLine = csv.nextLine();
        }

        /** The file's line number where the next range starts. */
        long nextLine() {
            return firstLine + lastLine - countedFrom;
        }

        /**
         * Throws this range's error, if any. A range whose first line was not known when it ran counted its lines
         * from 1, so it is read again from its first line: the same error, with the file's line numbers.
         */
        void throwError(Path file, ClaimsHeader header) throws IOException {
            if (error == null) {
                return;
            }
            if (countedFrom == firstLine) {
                throw error;
            }
            Range again = parseFrom(file, header, start, firstLine, stop);
            throw again.error != null ? again.error : error;
        }
    }

    /** The kept columns of one range, in blocks (no copying as they grow). */
    private static final class Blocks {
        private static final int SIZE = 1 << 16;
        private final List<long[]> ids = new ArrayList<>();
        private final List<double[][]> numbers = new ArrayList<>();
        private final List<byte[][]> labels = new ArrayList<>();
        private long rows;
        private int fill = SIZE;

        void add(RowValidator row) {
            if (fill == SIZE) {
                ids.add(new long[SIZE]);
                numbers.add(new double[NUMBER_INDEX.length][SIZE]);
                labels.add(new byte[LABEL_INDEX.length][SIZE]);
                fill = 0;
            }
            int b = ids.size() - 1;
            ids.get(b)[fill] = row.videoId();
            double[][] num = numbers.get(b);
            for (int j = 0; j < NUMBER_INDEX.length; j++) {
                num[j][fill] = row.number(NUMBER_INDEX[j]);
            }
            byte[][] lab = labels.get(b);
            for (int j = 0; j < LABEL_INDEX.length; j++) {
                lab[j][fill] = (byte) row.label(LABEL_INDEX[j]);
            }
            fill++;
            rows++;
        }

        /** Copies the rows to the arrays from index {@code at}, freeing the blocks; returns the next index. */
        int copyTo(long[] toIds, double[][] toNumbers, byte[][] toLabels, int at) {
            for (int b = 0; b < ids.size(); b++) {
                int n = b == ids.size() - 1 ? fill : SIZE;
                System.arraycopy(ids.get(b), 0, toIds, at, n);
                for (int j = 0; j < toNumbers.length; j++) {
                    System.arraycopy(numbers.get(b)[j], 0, toNumbers[j], at, n);
                }
                for (int j = 0; j < toLabels.length; j++) {
                    System.arraycopy(labels.get(b)[j], 0, toLabels[j], at, n);
                }
                ids.set(b, null);
                numbers.set(b, null);
                labels.set(b, null);
                at += n;
            }
            return at;
        }
    }
}
