package tiktokclaims.evaluate;

/** Fixed-width text tables for {@code toString()}: first column left-aligned, the others right-aligned. */
final class TextTable {

    private TextTable() {
    }

    /** Formats rows of cells (already terminal-safe) into aligned lines, each ending with a newline. */
    static String format(String[][] rows) {
        int cols = 0;
        for (String[] r : rows) {
            cols = Math.max(cols, r.length);
        }
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                if (c == 0) {
                    b.append(r[c]).append(" ".repeat(width[c] - r[c].length()));
                } else {
                    b.append("  ").append(" ".repeat(width[c] - r[c].length())).append(r[c]);
                }
            }
            b.append('\n');
        }
        return b.toString();
    }
}
