package tiktokclaims.data;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Streams the claims CSV one row at a time, in bounded memory, with the checks and one-line messages of
 * {@link ClaimsData#read} (the {@code validate} command): the header rules ({@link ClaimsHeader}) and the field
 * rules ({@link RowValidator}) are the same code; the loader reads through this class. Unlike the loader it keeps
 * only the current row, and columns named in {@code optional} may be absent from the header (a file to score has
 * no {@code claim_status}).
 *
 * <pre>{@code
 * try (ClaimsRowReader rows = ClaimsRowReader.open(file, Set.of(ClaimsSchema.ROW, ClaimsSchema.CLAIM_STATUS))) {
 *     while (rows.next()) {
 *         long id = rows.videoId();               // -1 when missing
 *         double views = rows.number(ClaimsSchema.VIEWS);   // NaN when missing
 *         String text = rows.text(ClaimsSchema.TRANSCRIPT); // null when missing
 *     }
 * }
 * }</pre>
 */
public final class ClaimsRowReader implements Closeable {

    private final CsvRecords csv;
    private final Path file;
    private final ClaimsHeader header;
    private final RowValidator row;
    private long line;

    private ClaimsRowReader(CsvRecords csv, Path file, ClaimsHeader header) {
        this.csv = csv;
        this.file = file;
        this.header = header;
        this.row = new RowValidator(csv, file, header);
    }

    /**
     * Opens the file and checks its header.
     *
     * @param optional columns that may be missing from the header (their values then read as missing)
     * @throws InputException for a file that is missing, empty, not CSV, or lacks a required column
     */
    public static ClaimsRowReader open(Path file, Collection<String> optional) throws IOException {
        DataFiles.requireFile(file);
        return open(Files.newInputStream(file), file, optional);
    }

    /**
     * Reads a stream (closed with the reader); {@code name} names it in messages. Lets a caller count the bytes
     * read, e.g. for a progress bar.
     */
    public static ClaimsRowReader open(InputStream in, Path name, Collection<String> optional) throws IOException {
        CsvRecords csv = new CsvRecords(in, name);
        try {
            if (!csv.next()) {
                throw new InputException(name, "empty file (expected a header line and data rows)");
            }
            return new ClaimsRowReader(csv, name, ClaimsHeader.read(csv, name, Set.copyOf(optional)));
        } catch (RuntimeException | IOException e) {
            csv.close();
            throw e;
        }
    }

    /**
     * Reads and validates the next row; false at the end of the file.
     *
     * @throws InputException naming file, line and column at the first bad value
     */
    public boolean next() throws IOException {
        if (!csv.next()) {
            if (line == 0) {
                throw new InputException(file, 1, null, "header only: the file has no data rows");
            }
            line = -1;
            return false;
        }
        line = csv.recordLine();
        row.validate();
        return true;
    }

    /** The file being read. */
    public Path file() {
        return file;
    }

    /** Whether the header has this column. */
    public boolean hasColumn(String column) {
        return header.has(index(column));
    }

    /** The physical line (1-based) on which the current row starts. */
    public long line() {
        return line;
    }

    /** The current row's video_id, or -1 when it is missing. */
    public long videoId() {
        return row.videoId();
    }

    /**
     * A numeric column of the current row ({@code #}, {@code video_duration_sec} or one of the five counts); NaN
     * when the field is empty or the column is absent.
     */
    public double number(String column) {
        return row.number(index(column));
    }

    /** A text column of the current row (labels, transcript); null when the field is empty or the column absent. */
    public String text(String column) {
        return row.text(index(column));
    }

    /** The typed values of the current row, for the loader. */
    RowValidator row() {
        return row;
    }

    /** Header columns outside the schema, skipped. */
    List<String> ignoredColumns() {
        return header.ignored();
    }

    private static int index(String column) {
        int c = ClaimsSchema.COLUMNS.indexOf(column);
        if (c < 0) {
            throw new IllegalArgumentException("not a column of the claims schema: " + column);
        }
        return c;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
