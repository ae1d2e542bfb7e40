package tiktokclaims.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Reads the claims CSV into Tablesaw columns with the pinned schema, in one pass over {@link ClaimsRowReader}:
 * the rows arrive checked and typed, and are appended to the columns and counted for the {@link LoadReport}. The
 * first problem stops the read with an {@link InputException} naming file, physical line and column.
 */
final class ClaimsReader {

    private static final int N = RowValidator.N;
    private static final int ROW = RowValidator.ROW;
    private static final int ID = RowValidator.ID;
    private static final int DURATION = RowValidator.DURATION;

    private final IntColumn rowCol = IntColumn.create(ClaimsSchema.ROW);
    private final LongColumn idCol = LongColumn.create(ClaimsSchema.VIDEO_ID);
    private final IntColumn durationCol = IntColumn.create(ClaimsSchema.DURATION);
    private final StringColumn[] strings = new StringColumn[N];
    private final DoubleColumn[] doubles = new DoubleColumn[N];
    private final LoadTally tally = new LoadTally();

    private ClaimsReader() {
        for (int c = 0; c < N; c++) {
            String name = ClaimsSchema.COLUMNS.get(c);
            if (RowValidator.isCount(c)) {
                doubles[c] = DoubleColumn.create(name);
            } else if (c != ROW && c != ID && c != DURATION) {
                strings[c] = StringColumn.create(name);
            }
        }
    }

    /** Reads and validates the whole input; {@code file} names it in messages. The stream is closed. */
    static LoadResult read(InputStream in, Path file) throws IOException {
        try (ClaimsRowReader rows = ClaimsRowReader.open(in, file, Set.of())) {
            ClaimsReader r = new ClaimsReader();
            while (rows.next()) {
                r.append(rows.row());
            }
            return new LoadResult(r.table(file), r.tally.report(file, rows.ignoredColumns()));
        }
    }

    private void append(RowValidator row) {
        tally.add(row);
        for (int c = 0; c < N; c++) {
            if (row.missing(c)) {
                column(c).appendMissing();
            } else if (c == ROW) {
                rowCol.append((int) row.number(c));
            } else if (c == ID) {
                idCol.append(row.videoId());
            } else if (c == DURATION) {
                durationCol.append((int) row.number(c));
            } else if (doubles[c] != null) {
                doubles[c].append(row.number(c));
            } else {
                strings[c].append(row.text(c));
            }
        }
    }

    private Column<?> column(int c) {
        if (c == ROW) {
            return rowCol;
        } else if (c == ID) {
            return idCol;
        } else if (c == DURATION) {
            return durationCol;
        }
        return doubles[c] != null ? doubles[c] : strings[c];
    }

    private Table table(Path file) {
        Table t = Table.create(file.getFileName() == null ? "claims" : file.getFileName().toString());
        for (int c = 0; c < N; c++) {
            t.addColumns(column(c));
        }
        return t;
    }
}
