package tiktokclaims.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Loads the claims dataset into a Tablesaw table with a pinned schema: {@code #} INTEGER, {@code video_id} LONG,
 * {@code video_duration_sec} INTEGER, the five counts DOUBLE, the rest STRING. Only an empty field is missing.
 */
public final class ClaimsData {

    private ClaimsData() {
    }

    /** Reads the file. Throws {@link InputException} for a file that cannot be used. */
    public static Table load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, "no such file (set TIKTOK_DATA or put the dataset in data/)");
        }
        Map<String, ColumnType> types = new java.util.HashMap<>();
        for (String c : ClaimsSchema.COLUMNS) {
            types.put(c, ColumnType.STRING);
        }
        types.put(ClaimsSchema.ROW, ColumnType.INTEGER);
        types.put(ClaimsSchema.VIDEO_ID, ColumnType.LONG);
        types.put(ClaimsSchema.DURATION, ColumnType.INTEGER);
        for (String c : ClaimsSchema.COUNTS) {
            types.put(c, ColumnType.DOUBLE);
        }
        CsvReadOptions options = CsvReadOptions.builder(file.toFile())
                .header(true)
                .commentPrefix('\0')
                .missingValueIndicator("")
                .locale(Locale.ROOT)
                .columnTypesPartial(types)
                .maxCharsPerColumn(1 << 20)
                .tableName(file.getFileName().toString())
                .build();
        try {
            return Table.read().usingOptions(options);
        } catch (RuntimeException e) {
            throw new InputException(file, "cannot read as CSV: " + e.getMessage());
        }
    }
}
