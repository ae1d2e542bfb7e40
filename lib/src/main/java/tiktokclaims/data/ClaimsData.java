package tiktokclaims.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * Loads the claims dataset into a Tablesaw table with a pinned schema: {@code #} INTEGER, {@code video_id} LONG,
 * {@code video_duration_sec} INTEGER, the five counts DOUBLE, the rest STRING. Columns are matched by name in any
 * order (columns outside the schema are skipped and reported). Only an empty field is missing ({@code NA} in a
 * transcript is text); a missing string is the empty string. Counts may be written {@code 343296} or
 * {@code 343296.0}. The file is UTF-8 with or without a BOM, LF or CRLF line ends, RFC 4180 quoting.
 *
 * <p>Every value is validated while reading; the first problem throws {@link InputException} naming the file,
 * physical line and column: a missing or misspelt column, a non-numeric, negative, fractional or implausible
 * count or duration (durations 1 to 3600 s, counts at most 1e11), an unknown label, a wrong number of fields, an
 * unterminated quote, an empty or header-only file, or a file that is not CSV (binary, semicolon-separated, not
 * UTF-8). Missing values and repeated video ids are not errors: {@link #read} reports them. The file is only read.
 */
public final class ClaimsData {

    private ClaimsData() {
    }

    /** Reads and validates the file into a table. Throws {@link InputException} for a file that cannot be used. */
    public static Table load(Path file) {
        return read(file).table();
    }

    /**
     * Reads and validates the file; the result has the table and a {@link LoadReport}. A file too large for this
     * JVM's heap is refused before reading with a {@link NotEnoughMemoryException} naming the setting to raise.
     */
    public static LoadResult read(Path file) {
        DataFiles.requireFile(file);
        try {
            NotEnoughMemoryException.check(file, Files.size(file), Runtime.getRuntime().maxMemory());
        } catch (IOException e) {
            throw new InputException(file, "cannot open: " + e.getMessage());
        }
        return read(open(file), file);
    }

    /** Reads and validates a stream (closed afterwards); {@code name} names it in messages and in the report. */
    public static LoadResult read(InputStream in, Path name) {
        try {
            return ClaimsReader.read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks the file as {@link #read} does, in one streaming pass that keeps no table (for large files): the
     * same report and the same {@link InputException}s, and the outlier limits of {@link Cleaning#exemplar}.
     */
    public static Validation validate(Path file) {
        try (ClaimsRowReader rows = ClaimsRowReader.open(open(file), file, Set.of())) {
            return Validation.of(rows, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(Path file) {
        DataFiles.requireFile(file);
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new InputException(file, "cannot open: " + e.getMessage());
        }
    }
}
