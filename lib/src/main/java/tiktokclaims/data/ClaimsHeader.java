package tiktokclaims.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The header line of the claims CSV, matched to {@link ClaimsSchema#COLUMNS} by name in any order: the one place
 * with the header rules (UTF-8, comma-separated, no repeated name, at least one known column, every required
 * column present, with a suggestion for a misspelt one). Columns outside the schema are kept as ignored.
 */
final class ClaimsHeader {

    private final List<String> names;
    private final int[] fieldToColumn;
    private final int[] columnToField;
    private final List<String> ignored;

    private ClaimsHeader(List<String> names, int[] fieldToColumn, List<String> ignored) {
        this.names = List.copyOf(names);
        this.fieldToColumn = fieldToColumn;
        this.ignored = List.copyOf(ignored);
        this.columnToField = new int[ClaimsSchema.COLUMNS.size()];
        Arrays.fill(columnToField, -1);
        for (int i = 0; i < fieldToColumn.length; i++) {
            if (fieldToColumn[i] >= 0) {
                columnToField[fieldToColumn[i]] = i;
            }
        }
    }

    /**
     * Checks the current record of {@code csv} as the header.
     *
     * @param optional columns that may be absent
     * @throws InputException on line 1 for a header that is not the claims CSV's
     */
    static ClaimsHeader read(CsvRecords csv, Path file, Set<String> optional) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < csv.count(); i++) {
            try {
                names.add(csv.string(i, null).trim());
            } catch (InputException e) {
                throw new InputException(file, 1, null,
                        "the header is not UTF-8 text: a binary file, or text in another encoding; not a CSV");
            }
        }
        String joined = String.join(",", names);
        if (names.size() == 1 && (joined.contains(";") || joined.contains("\t"))) {
            throw new InputException(file, 1, null, "the header has one field with "
                    + (joined.contains(";") ? "semicolons" : "tabs")
                    + " in it: the file is not comma-separated (expected a CSV with commas)");
        }
        int[] map = new int[names.size()];
        Arrays.fill(map, -1);
        Map<String, Integer> seen = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (seen.put(n, i) != null) {
                throw new InputException(file, 1, n, "the header names this column twice");
            }
            int c = ClaimsSchema.COLUMNS.indexOf(n);
            if (c >= 0) {
                map[i] = c;
            } else {
                unknown.add(n);
            }
        }
        if (unknown.size() == names.size()) {
            throw new InputException(file, 1, null, "no known column in the header ("
                    + Suggest.clip(joined, 80) + "): not the claims CSV; expected "
                    + String.join(",", ClaimsSchema.COLUMNS));
        }
        for (String expected : ClaimsSchema.COLUMNS) {
            if (!seen.containsKey(expected) && !optional.contains(expected)) {
                String near = Suggest.closest(expected, unknown);
                throw new InputException(file, 1, expected, "missing from the header"
                        + (near == null ? "" : " (found '" + near + "': misspelt?)"));
            }
        }
        csv.names(names);
        return new ClaimsHeader(names, map, unknown);
    }

    /** Fields in the header: every record must have as many. */
    int width() {
        return fieldToColumn.length;
    }

    /** The schema column (index into {@link ClaimsSchema#COLUMNS}) of field {@code i}, or -1 for an ignored one. */
    int column(int field) {
        return fieldToColumn[field];
    }

    /** Whether the header has schema column {@code c}. */
    boolean has(int c) {
        return columnToField[c] >= 0;
    }

    /** The header's names, in field order. */
    List<String> names() {
        return names;
    }

    /** The header's name of field {@code i}. */
    String name(int field) {
        return names.get(field);
    }

    /** Header columns that are not part of the schema, in header order. */
    List<String> ignored() {
        return ignored;
    }
}
