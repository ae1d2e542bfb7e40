package tiktokclaims.data;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.LongColumn;

/**
 * Counts what a {@link LoadReport} says, one checked row at a time: rows, incomplete rows, empty fields per
 * column, label counts and the video ids (for repeats and the sample mark). Both the table loader and the
 * streaming {@link ClaimsData#validate} feed it, so their reports are the same.
 */
final class LoadTally {

    private static final int N = RowValidator.N;

    private final long[] missing = new long[N];
    private final long[][] labelCounts = new long[N][];
    private final LongColumn ids = LongColumn.create(ClaimsSchema.VIDEO_ID);
    private long incomplete;
    private long rows;

    LoadTally() {
        for (int c = 0; c < N; c++) {
            if (RowValidator.labels(c) != null) {
                labelCounts[c] = new long[RowValidator.labels(c).length];
            }
        }
    }

    /** Counts the current row. */
    void add(RowValidator row) {
        for (int c = 0; c < N; c++) {
            if (row.missing(c)) {
                missing[c]++;
            } else if (labelCounts[c] != null) {
                labelCounts[c][row.label(c)]++;
            }
        }
        if (row.anyMissing()) {
            incomplete++;
        }
        if (row.videoId() >= 0) {
            ids.append(row.videoId());
        }
        rows++;
    }

    /** The report of the rows counted so far; {@code ignored} are the header's columns outside the schema. */
    LoadReport report(Path file, List<String> ignored) {
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
        return new LoadReport(file.toString(), rows, incomplete, missingByName, Duplicates.of(ids), classes,
                ignored, SampleData.isSample(ids));
    }
}
