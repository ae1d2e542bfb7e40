package tiktokclaims.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tiktokclaims.TestData;

/**
 * The bad-input corpus in {@code src/test/resources/corpus/} (written by {@code scripts/fixtures/corpus.py}) and its
 * manifest of expected outcomes.
 */
final class Corpus {

    private Corpus() {
    }

    /**
     * One file of the corpus and what every command must make of it.
     *
     * @param ok         the file is valid (expect ok or unfit)
     * @param fit        a model can be fitted to it (expect ok)
     * @param line       error: the physical line named in the message (0: none)
     * @param column     error: the column named in the message (null: none)
     * @param reason     error: words the message must contain
     * @param rows       ok: the data rows in the file
     * @param incomplete ok: rows with an empty field
     */
    record Entry(String name, boolean ok, boolean fit, long line, String column, String reason, long rows, long incomplete,
            String note) {

        Path path() {
            return TestData.resource("corpus/" + name);
        }

        /** The start of the one line every command prints for this file: {@code FILE[:LINE]: [column C: ]}. */
        String expectedPrefix() {
            return path() + (line > 0 ? ":" + line : "") + ": " + (column == null ? "" : "column " + column + ": ");
        }

        @Override
        public String toString() {
            return name + " (" + note + ")";
        }
    }

    static List<Entry> entries() {
        try {
            List<String> lines = Files.readAllLines(TestData.resource("corpus/manifest.tsv"), StandardCharsets.UTF_8);
            List<Entry> entries = new ArrayList<>();
            for (String l : lines.subList(1, lines.size())) {
                String[] f = l.split("\t", -1);
                boolean ok = !f[1].equals("error");
                entries.add(new Entry(f[0], ok, f[1].equals("ok"), Long.parseLong(f[2]), f[3].equals("-") ? null : f[3], f[4],
                        ok ? Long.parseLong(f[5]) : -1, ok ? Long.parseLong(f[6]) : -1, f[7]));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Valid files a model can be fitted to. */
    static List<Entry> ok() {
        return entries().stream().filter(Entry::fit).toList();
    }

    /** Valid files too small or too uniform to fit a model to. */
    static List<Entry> unfit() {
        return entries().stream().filter(e -> e.ok() && !e.fit()).toList();
    }

    static List<Entry> bad() {
        return entries().stream().filter(e -> !e.ok()).toList();
    }

    static Entry get(String name) {
        return entries().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}
