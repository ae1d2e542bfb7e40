package tiktokclaims.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tiktokclaims.TestData;

/**
 * The parallel columnar read gives what a sequential read with {@link ClaimsRowReader} gives: the same complete
 * rows in the same order, the same dropped count, or the same first error (file, line, column, message), however
 * the file is cut into ranges, also when a cut falls inside a quoted field that spans lines.
 */
class ClaimsColumnsTest {

    private static final int[] RANGES = {1, 2, 3, 5, 8, 13};

    @TempDir
    Path dir;

    @Test
    void everyFixtureReadsAsTheSequentialReaderReadsIt() {
        int bad = 0;
        List<Path> files = StreamingReadTest.fixtures();
        files.add(TestData.realDataset());
        for (Path f : files) {
            String expected = sequential(f);
            for (int k : RANGES) {
                assertEquals(expected, parallel(f, k), f + " in " + k + " ranges");
            }
            bad += expected.startsWith("error") ? 1 : 0;
        }
        assertTrue(bad >= 40, "fixtures that fail: " + bad);
    }

    @Test
    void quotedLineBreaksAtTheCutsGiveTheSameRowsAndErrors() throws IOException {
        Random random = new Random(7);
        for (int trial = 0; trial < 30; trial++) {
            boolean crlf = trial % 3 == 0;
            int badRow = trial % 2 == 0 ? -1 : 1 + random.nextInt(300);
            Path f = dir.resolve("quoted-" + trial + ".csv");
            Files.writeString(f, multiline(random, 300, crlf, badRow), StandardCharsets.UTF_8);
            String expected = sequential(f);
            assertEquals(badRow < 0, !expected.startsWith("error"), expected);
            for (int k : RANGES) {
                assertEquals(expected, parallel(f, k), f + " in " + k + " ranges");
            }
        }
    }

    /**
     * A claims CSV of {@code rows} rows whose transcripts are quoted and mostly span several lines (some lines of
     * a transcript look like whole rows), some rows incomplete, and row {@code badRow} (if positive) with a
     * negative count.
     */
    private static String multiline(Random random, int rows, boolean crlf, int badRow) {
        String nl = crlf ? "\r\n" : "\n";
        StringBuilder b = new StringBuilder(String.join(",", ClaimsSchema.COLUMNS)).append(nl);
        for (int i = 1; i <= rows; i++) {
            StringBuilder text = new StringBuilder("\"");
            int parts = random.nextInt(4);
            for (int p = 0; p < parts; p++) {
                text.append(p % 2 == 0 ? "1,claim,5,5,x,verified,active,1,2,3,4,5" : "said \"\"so\"\", then")
                        .append(random.nextBoolean() ? "\n" : "\r\n");
            }
            text.append("end ").append(i).append('"');
            String views = i == badRow ? "-3" : random.nextInt(10) == 0 ? "" : String.valueOf(random.nextInt(1000));
            b.append(i).append(',').append(random.nextBoolean() ? "claim" : "opinion").append(',')
                    .append(1000 + i).append(',').append(1 + random.nextInt(60)).append(',').append(text)
                    .append(',').append(random.nextBoolean() ? "verified" : "not verified").append(',')
                    .append(ClaimsSchema.BAN_LABELS.get(random.nextInt(3))).append(',').append(views)
                    .append(",1.0,2,3,").append(random.nextInt(50)).append(nl);
            if (random.nextInt(20) == 0) {
                b.append(nl);
            }
        }
        return b.toString();
    }

    private static String parallel(Path f, int ranges) {
        try {
            ClaimsColumns c = ClaimsColumns.read(f, ranges, 0);
            StringBuilder b = new StringBuilder("dropped " + c.droppedRows() + "\n");
            b.append(Arrays.toString(c.videoIds())).append('\n');
            for (String n : numbers()) {
                b.append(Arrays.toString(c.values(n))).append('\n');
            }
            for (String n : labels()) {
                for (byte k : c.labels(n)) {
                    b.append(ClaimsColumns.labelNames(n).get(k)).append(';');
                }
                b.append('\n');
            }
            return b.toString();
        } catch (InputException e) {
            return "error " + e.oneLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@link #parallel} shows, from the complete rows of a {@link ClaimsRowReader}. */
    private static String sequential(Path f) {
        try (ClaimsRowReader rows = ClaimsRowReader.open(f, List.of())) {
            List<Long> ids = new ArrayList<>();
            List<List<Double>> values = new ArrayList<>();
            List<StringBuilder> texts = new ArrayList<>();
            numbers().forEach(n -> values.add(new ArrayList<>()));
            labels().forEach(n -> texts.add(new StringBuilder()));
            long dropped = 0;
            while (rows.next()) {
                if (rows.row().anyMissing()) {
                    dropped++;
                    continue;
                }
                ids.add(rows.videoId());
                for (int j = 0; j < numbers().size(); j++) {
                    values.get(j).add(rows.number(numbers().get(j)));
                }
                for (int j = 0; j < labels().size(); j++) {
                    texts.get(j).append(rows.text(labels().get(j))).append(';');
                }
            }
            StringBuilder b = new StringBuilder("dropped " + dropped + "\n");
            b.append(ids).append('\n');
            values.forEach(v -> b.append(v).append('\n'));
            texts.forEach(t -> b.append(t).append('\n'));
            return b.toString();
        } catch (InputException e) {
            return "error " + e.oneLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> numbers() {
        return List.of(ClaimsSchema.DURATION, ClaimsSchema.VIEWS, ClaimsSchema.LIKES, ClaimsSchema.SHARES,
                ClaimsSchema.DOWNLOADS, ClaimsSchema.COMMENTS);
    }

    private static List<String> labels() {
        return List.of(ClaimsSchema.CLAIM_STATUS, ClaimsSchema.VERIFIED_STATUS, ClaimsSchema.BAN_STATUS);
    }
}
