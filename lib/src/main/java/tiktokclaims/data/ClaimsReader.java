package tiktokclaims.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Reads the claims CSV into Tablesaw columns with the pinned schema, in one pass over {@link ClaimsRowReader}:
 * the rows arrive checked and typed, and are appended to the columns. The first problem stops the read with an
 * {@link InputException} naming file, physical line and column.
 */
final class ClaimsReader {

    private static final int N = RowValidator.N;
    private static final int ROW = RowValidator.ROW;
    private static final int ID = RowValidator.ID;
    private static final int DURATION = RowValidator.DURATION;

    private final Path file;
    private final List<String> ignored;
    private final IntColumn rowCol = IntColumn.create(ClaimsSchema.ROW);
    private final LongColumn idCol = LongColumn.create(ClaimsSchema.VIDEO_ID);
    private final IntColumn durationCol = IntColumn.create(ClaimsSchema.DURATION);
    private final StringColumn[] strings = new StringColumn[N];
    private final DoubleColumn[] doubles = new DoubleColumn[N];
    private final long[][] labelCounts = new long[N][];
    private final long[] missing = new long[N];
    private long incomplete;
    private long rows;

    private ClaimsReader(Path file, List<String> ignored) {
        this.file = file;
        this.ignored = ignored;
        for (int c = 0; c < N; c++) {
            String name = ClaimsSchema.COLUMNS.get(c);
            if (RowValidator.isCount(c)) {
                doubles[c] = DoubleColumn.create(name);
            } else if (c != ROW && c != ID && c != DURATION) {
                strings[c] = StringColumn.create(name);
            }
            if (RowValidator.labels(c) != null) {
                labelCounts[c] = new long[RowValidator.labels(c).length];
            }
        }
    }

    /** Reads and validates the whole input; {@code file} names it in messages. The stream is closed. */
    static LoadResult read(InputStream in, Path file) throws IOException {
        try (ClaimsRowReader rows = ClaimsRowReader.open(in, file, Set.of())) {
            ClaimsReader r = new ClaimsReader(file, rows.ignoredColumns());
            while (rows.next()) {
                r.append(rows.row());
            }
            return r.finish();
        }
    }

    private void append(RowValidator row) {
        for (int c = 0; c < N; c++) {
            if (row.missing(c)) {
                missing[c]++;
                appendMissing(c);
            } else {
                appendValue(row, c);
            }
        }
        if (row.anyMissing()) {
            incomplete++;
        }
        rows++;
    }

    private void appendMissing(int c) {
        if (c == ROW) {
            rowCol.appendMissing();
        } else if (c == ID) {
            idCol.appendMissing();
        } else if (c == DURATION) {
            durationCol.appendMissing();
        } else if (doubles[c] != null) {
            doubles[c].appendMissing();
        } else {
            strings[c].appendMissing();
        }
    }

    private void appendValue(RowValidator row, int c) {
        if (c == ROW) {
            rowCol.append((int) row.number(c));
        } else if (c == ID) {
            idCol.append(row.videoId());
        } else if (c == DURATION) {
            durationCol.append((int) row.number(c));
        } else if (doubles[c] != null) {
            doubles[c].append(row.number(c));
        } else {
            if (labelCounts[c] != null) {
                labelCounts[c][row.label(c)]++;
            }
            strings[c].append(row.text(c));
        }
    }

    private LoadResult finish() {
        Table t = Table.create(file.getFileName() == null ? "claims" : file.getFileName().toString());
        for (int c = 0; c < N; c++) {
            if (c == ROW) {
                t.addColumns(rowCol);
            } else if (c == ID) {
                t.addColumns(idCol);
            } else if (c == DURATION) {
                t.addColumns(durationCol);
            } else if (doubles[c] != null) {
                t.addColumns(doubles[c]);
            } else {
                t.addColumns(strings[c]);
            }
        }
        Map<String, Long> missingByName = new LinkedHashMap<>();
        Map<String, Map<String, Long>> classes = new LinkedHashMap<>();
        for (int c = 0; c < N; c++) {
            String name = ClaimsSchema.COLUMNS.get(c);
            missingByName.put(name, missing[c]);
            String[] labels = RowValidator.labels(c);
            if (labels != null) {
                Map<String, Long> counts = new LinkedHashMap<>();
                for (int k = 0; k < labels.length; k++) {
                    counts.put(labels[k], labelCounts[c][k]);
                }
                classes.put(name, counts);
            }
        }
        LoadReport report = new LoadReport(file.toString(), rows, incomplete, missingByName,
                Duplicates.of(idCol), classes, ignored, SampleData.isSample(idCol));
        return new LoadResult(t, report);
    }
}
