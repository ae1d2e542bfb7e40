package tiktokclaims.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import tiktokclaims.claims.ClaimRecord;
import tiktokclaims.data.ClaimsRowReader;
import tiktokclaims.data.ClaimsSchema;
import tiktokclaims.data.InputException;

/**
 * The claims data as a Spark {@link Dataset}, from CSV or Parquet, typed as {@link #SCHEMA} (the lib's schema:
 * an empty field is null), with a last column {@link #ORDER} that keeps the input order (for the queue's last
 * tie-break).
 *
 * <p>CSV: the file is cut into byte ranges ({@link #SPLIT_BYTES}), one Spark task each; a task reads the records
 * that start in its range (a record starts after a line feed) through the lib's own {@link ClaimsRowReader}, so
 * every header and field rule, and every message, is the lib's. A bad value stops the job; the message names the
 * file, the line (in the first range) or the byte offset of the line (further ranges, which cannot know their line
 * number without reading the whole file before them), and the column. Nothing is skipped. A line break inside a
 * quoted field at a range boundary cannot be told from a record boundary: such a file is refused (the range after
 * it sees a broken record), never misread silently; the course data and the generator have none.
 *
 * <p>Parquet: a file or a folder of part files as written by {@link #writeParquet}; the columns must be there
 * with these types (any whole-number type for {@code video_id} and {@code #}, any numeric type for the numbers,
 * strings for the text) and the labels and counts must obey the lib's rules; otherwise one line names the column.
 * The path must be readable at the same place by every executor (a shared file system, or local mode).
 */
public final class ClaimsInput {

    /** The input-order column appended to the schema (split index and row number within the split). */
    public static final String ORDER = "_input_order";
    /** Spark configuration key for the CSV range size in bytes (default: the file cut into one range per core, at most 64 MiB). */
    public static final String SPLIT_BYTES = "spark.tiktokclaims.csvSplitBytes";

    private static final List<String> LONGS = List.of(ClaimsSchema.ROW, ClaimsSchema.VIDEO_ID);
    private static final List<String> TEXTS = List.of(ClaimsSchema.CLAIM_STATUS, ClaimsSchema.TRANSCRIPT,
            ClaimsSchema.VERIFIED_STATUS, ClaimsSchema.BAN_STATUS);

    /** The claims columns, in file order, typed: {@code #} and video_id long, text string, other numbers double. */
    public static final StructType SCHEMA = schema();

    private ClaimsInput() {
    }

    private static StructType schema() {
        List<StructField> f = new ArrayList<>();
        for (String c : ClaimsSchema.COLUMNS) {
            f.add(DataTypes.createStructField(c, typeOf(c), true));
        }
        return DataTypes.createStructType(f);
    }

    private static DataType typeOf(String c) {
        if (LONGS.contains(c)) {
            return DataTypes.LongType;
        }
        return TEXTS.contains(c) ? DataTypes.StringType : DataTypes.DoubleType;
    }

    /** Whether the path is Parquet: a folder, a name ending in .parquet, or a file starting with PAR1. */
    public static boolean isParquet(Path path) throws IOException {
        if (Files.isDirectory(path) || path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet")) {
            return true;
        }
        if (!Files.isRegularFile(path) || Files.size(path) < 4) {
            return false;
        }
        try (InputStream in = Files.newInputStream(path)) {
            return new String(in.readNBytes(4), StandardCharsets.ISO_8859_1).equals("PAR1");
        }
    }

    /**
     * Reads the file (CSV or Parquet).
     *
     * @param optional   columns that may be absent (read as null)
     * @param needVideoId every row must have its video_id (scoring): the lib's message otherwise
     */
    public static Dataset<Row> read(SparkSession spark, Path file, List<String> optional, boolean needVideoId)
            throws IOException {
        return isParquet(file) ? readParquet(spark, file, optional, needVideoId) : readCsv(spark, file, optional,
                needVideoId);
    }

    // --- CSV --------------------------------------------------------------------------------------------------

    /** The CSV file, validated by the lib's row reader inside the tasks. */
    public static Dataset<Row> readCsv(SparkSession spark, Path file, List<String> optional, boolean needVideoId)
            throws IOException {
        try (ClaimsRowReader header = ClaimsRowReader.open(file, optional)) {
            // the header is checked here, at once, with the lib's message
        }
        long size = Files.size(file);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        long perCore = Math.max(1, (size + jsc.defaultParallelism() - 1) / jsc.defaultParallelism());
        long step = spark.conf().contains(SPLIT_BYTES) ? Long.parseLong(spark.conf().get(SPLIT_BYTES))
                : Math.min(64L << 20, Math.max(1L << 20, perCore));
        List<long[]> ranges = new ArrayList<>();
        for (long start = 0, k = 0; start < size; start += step, k++) {
            ranges.add(new long[] {k, start, Math.min(size, start + step)});
        }
        String name = file.toString();
        List<String> opt = List.copyOf(optional);
        JavaRDD<Row> rows = jsc.parallelize(ranges, Math.max(1, ranges.size()))
                .mapPartitions(it -> {
                    List<Iterator<Row>> parts = new ArrayList<>();
                    while (it.hasNext()) {
                        long[] r = it.next();
                        parts.add(new RangeRows(name, r[0], r[1], r[2], opt, needVideoId));
                    }
                    return concat(parts);
                });
        return spark.createDataFrame(rows, SCHEMA.add(ORDER, DataTypes.LongType, false));
    }

    private static Iterator<Row> concat(List<Iterator<Row>> parts) {
        Iterator<Iterator<Row>> outer = parts.iterator();
        return new Iterator<>() {
            Iterator<Row> cur = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!cur.hasNext() && outer.hasNext()) {
                    cur = outer.next();
                }
                return cur.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return cur.next();
            }
        };
    }

    /** The rows whose records start in one byte range of the file, read lazily by the lib's reader. */
    static final class RangeRows implements Iterator<Row> {
        private final Path file;
        private final long index;
        private final long regionStart;
        private final boolean needVideoId;
        private final ClaimsRowReader reader;
        private final FileChannel channel;
        private long rowInRange;
        private Boolean ahead;

        RangeRows(String name, long index, long start, long end, List<String> optional, boolean needVideoId)
                throws IOException {
            this.file = Path.of(name);
            this.index = index;
            this.needVideoId = needVideoId;
            this.channel = FileChannel.open(file, StandardOpenOption.READ);
            long s = start == 0 ? 0 : lineEnd(channel, start - 1);
            long e = lineEnd(channel, end - 1);
            this.regionStart = s;
            if (s >= e) {
                reader = null;
                channel.close();
                ahead = false;
                return;
            }
            InputStream region = new Limited(Channels.newInputStream(channel.position(s)), e - s);
            InputStream in = start == 0 ? region
                    : new SequenceInputStream(new ByteArrayInputStream(headerBytes(channel)), region);
            reader = ClaimsRowReader.open(in, file, optional);
        }

        @Override
        public boolean hasNext() {
            if (ahead == null) {
                try {
                    ahead = reader.next();
                    if (ahead && needVideoId) {
                        ClaimRecord.of(reader);
                    }
                } catch (InputException e) {
                    close();
                    if (index > 0 && e.line() == 1 && e.reason().startsWith("header only")) {
                        ahead = false; // a range of blank lines only: nothing to read, not a file without rows
                    } else {
                        throw located(e);
                    }
                } catch (IOException e) {
                    close();
                    throw new InputException(file, "cannot read: " + e.getMessage());
                }
                if (!ahead) {
                    close();
                }
            }
            return ahead;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ahead = null;
            Object[] v = new Object[ClaimsSchema.COLUMNS.size() + 1];
            for (int c = 0; c < ClaimsSchema.COLUMNS.size(); c++) {
                String col = ClaimsSchema.COLUMNS.get(c);
                if (col.equals(ClaimsSchema.VIDEO_ID)) {
                    v[c] = reader.videoId() < 0 ? null : reader.videoId();
                } else if (TEXTS.contains(col)) {
                    v[c] = reader.text(col);
                } else {
                    double d = reader.number(col);
                    v[c] = Double.isNaN(d) ? null : col.equals(ClaimsSchema.ROW) ? (Object) (long) d : (Object) d;
                }
            }
            v[v.length - 1] = (index << 40) | rowInRange++;
            return RowFactory.create(v);
        }

        /** The lib's exception, with the line turned into a byte offset outside the first range. */
        private InputException located(InputException e) {
            if (index == 0 || e.line() <= 0) {
                return e;
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                long pos = regionStart;
                for (long l = 2; l < e.line(); l++) {
                    pos = lineEnd(ch, pos);
                }
                return new ByteOffsetException(file, pos, e.column(), e.reason());
            } catch (IOException io) {
                return e;
            }
        }

        private void close() {
            try {
                if (reader != null) {
                    reader.close();
                }
                channel.close();
            } catch (IOException ignored) {
                // reading is over; nothing to save
            }
        }
    }

    /** Position just after the first line feed at or after {@code from} (the file's size when there is none). */
    static long lineEnd(FileChannel ch, long from) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(1 << 14);
        long pos = from;
        while (true) {
            buf.clear();
            int n = ch.read(buf, pos);
            if (n <= 0) {
                return ch.size();
            }
            for (int i = 0; i < n; i++) {
                if (buf.get(i) == '\n') {
                    return pos + i + 1;
                }
            }
            pos += n;
        }
    }

    private static byte[] headerBytes(FileChannel ch) throws IOException {
        long end = lineEnd(ch, 0);
        ByteBuffer b = ByteBuffer.allocate((int) Math.min(end, 1 << 20));
        ch.read(b, 0);
        return java.util.Arrays.copyOf(b.array(), b.position());
    }

    /** At most {@code limit} bytes of a stream. */
    private static final class Limited extends java.io.FilterInputStream {
        private long left;

        Limited(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            left -= b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            left -= Math.max(n, 0);
            return n;
        }
    }

    /** A bad value located by byte offset: {@code FILE:byte N: column C: reason}. */
    public static final class ByteOffsetException extends InputException {
        private final long offset;

        ByteOffsetException(Path file, long offset, String column, String message) {
            super(file, 0, column, message);
            this.offset = offset;
        }

        /** Byte offset (0-based) of the start of the line with the bad value. */
        public long offset() {
            return offset;
        }

        @Override
        public String oneLine() {
            return file() + ":byte " + offset + ": " + (column() == null ? "" : "column " + column() + ": ")
                    + reason().replace('\n', ' ');
        }
    }

    // --- Parquet ----------------------------------------------------------------------------------------------

    /** A Parquet file or folder, its columns and values checked (one line naming the column otherwise). */
    public static Dataset<Row> readParquet(SparkSession spark, Path file, List<String> optional, boolean needVideoId) {
        if (!Files.exists(file)) {
            throw new InputException(file, "no such file");
        }
        Dataset<Row> raw;
        try {
            raw = spark.read().parquet(file.toString());
            raw.schema();
        } catch (Exception e) { // Spark throws its checked SparkException undeclared
            throw new InputException(file, "not a readable Parquet file: " + SparkErrors.firstLine(e));
        }
        List<Column> cols = new ArrayList<>();
        for (String c : ClaimsSchema.COLUMNS) {
            if (!java.util.Arrays.asList(raw.columns()).contains(c)) {
                if (!optional.contains(c)) {
                    throw new InputException(file, 0, c, "missing column (the Parquet data has "
                            + String.join(", ", raw.columns()) + ")");
                }
                cols.add(functions.lit(null).cast(typeOf(c)).as(c));
                continue;
            }
            DataType t = raw.schema().apply(c).dataType();
            DataType want = typeOf(c);
            boolean whole = t.equals(DataTypes.LongType) || t.equals(DataTypes.IntegerType)
                    || t.equals(DataTypes.ShortType) || t.equals(DataTypes.ByteType);
            boolean ok = want.equals(DataTypes.StringType) ? t.equals(DataTypes.StringType)
                    : want.equals(DataTypes.LongType) ? whole : t instanceof NumericType;
            if (!ok) {
                throw new InputException(file, 0, c, "has type " + t.simpleString() + ", expected "
                        + (want.equals(DataTypes.LongType) ? "a whole-number type" : want.equals(DataTypes.StringType)
                                ? "string" : "a numeric type"));
            }
            cols.add(functions.col("`" + c + "`").cast(want).as(c));
        }
        cols.add(functions.monotonically_increasing_id().as(ORDER));
        Dataset<Row> typed = raw.select(cols.toArray(Column[]::new));
        checkValues(file, typed, needVideoId);
        return typed;
    }

    /** The lib's value rules on Parquet data: labels, positive ids, non-negative whole counts, durations. */
    private static void checkValues(Path file, Dataset<Row> typed, boolean needVideoId) {
        List<String> names = new ArrayList<>();
        List<Column> bad = new ArrayList<>();
        for (String c : List.of(ClaimsSchema.CLAIM_STATUS, ClaimsSchema.VERIFIED_STATUS, ClaimsSchema.BAN_STATUS)) {
            List<String> labels = c.equals(ClaimsSchema.CLAIM_STATUS) ? ClaimsSchema.CLAIM_LABELS
                    : c.equals(ClaimsSchema.VERIFIED_STATUS) ? ClaimsSchema.VERIFIED_LABELS : ClaimsSchema.BAN_LABELS;
            names.add(c + ": a label other than " + String.join(" or ", labels));
            bad.add(functions.col(c).isNotNull().and(functions.not(functions.col(c).isin(labels.toArray()))));
        }
        names.add(ClaimsSchema.VIDEO_ID + ": video id must be a positive whole number");
        bad.add(functions.col(ClaimsSchema.VIDEO_ID).leq(0));
        if (needVideoId) {
            names.add(ClaimsSchema.VIDEO_ID + ": missing: every row to score needs its video id");
            bad.add(functions.col(ClaimsSchema.VIDEO_ID).isNull());
        }
        names.add(ClaimsSchema.DURATION + ": duration is not plausible (expected 1 second or more)");
        bad.add(functions.col(ClaimsSchema.DURATION).lt(1));
        for (String c : ClaimsSchema.COUNTS) {
            names.add(c + ": negative, not a whole number, or not finite");
            Column v = functions.col(c);
            bad.add(v.lt(0).or(v.notEqual(functions.floor(v))).or(functions.isnan(v)));
        }
        List<Column> sums = new ArrayList<>();
        for (Column b : bad) {
            sums.add(functions.sum(functions.when(b, 1).otherwise(0)));
        }
        Row counts;
        try {
            counts = typed.agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new)).first();
        } catch (Exception e) { // SparkException, undeclared
            throw new InputException(file, "cannot read the Parquet data: " + SparkErrors.firstLine(e));
        }
        for (int i = 0; i < names.size(); i++) {
            long n = counts.isNullAt(i) ? 0 : counts.getLong(i);
            if (n > 0) {
                String[] parts = names.get(i).split(": ", 2);
                throw new InputException(file, 0, parts[0], parts[1] + " (" + n + " rows)");
            }
        }
    }

    /** Writes the data (without {@link #ORDER}) as Parquet into a new folder {@code out}, through a temporary folder. */
    public static void writeParquet(Dataset<Row> data, Path out) throws IOException {
        Path abs = out.toAbsolutePath();
        if (Files.exists(abs)) {
            throw new tiktokclaims.output.UsageException(out + " exists; give a new folder name (nothing is replaced)");
        }
        if (abs.getParent() == null || !Files.isDirectory(abs.getParent())) {
            throw new tiktokclaims.output.UsageException("output folder does not exist: " + abs.getParent());
        }
        Path tmp = abs.resolveSibling("." + abs.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            data.drop(ORDER).write().parquet(tmp.toString());
            Files.move(tmp, abs, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            if (Files.exists(tmp)) {
                try (var walk = Files.walk(tmp)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
