package tiktokclaims.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tiktokclaims.TestData;

/**
 * The streaming paths agree with the table loader on every fixture file, good and bad: {@link ClaimsData#validate}
 * gives the loader's report and {@link Cleaning#exemplar}'s limits (or the same error), and a stream that hands
 * over a few bytes at a time (every field then straddles the reader's buffer refills) reads the same table.
 */
class StreamingReadTest {

    @Test
    void validateAgreesWithLoadAndCleanOnEveryFixture() {
        List<Path> files = fixtures();
        files.add(TestData.realDataset());
        int good = 0;
        for (Path f : files) {
            String streamed = outcome(() -> {
                Validation v = ClaimsData.validate(f);
                return v.report() + "usable " + v.report().completeRows() + "\n" + v.limits();
            });
            String loaded = outcome(() -> {
                LoadResult r = ClaimsData.read(f);
                Cleaning.Cleaned c = Cleaning.exemplar(r.table());
                return r.report() + "usable " + c.table().rowCount() + "\n" + c.limits();
            });
            assertEquals(loaded, streamed, f.toString());
            good += loaded.startsWith("error") ? 0 : 1;
        }
        assertTrue(good >= 20, "fixtures that load: " + good);
    }

    @Test
    void smallReadsGiveTheSameTableReportAndErrors() {
        int bad = 0;
        for (Path f : fixtures()) {
            String whole = outcome(() -> describe(ClaimsData.read(f)));
            String trickled = outcome(() -> describe(ClaimsData.read(trickle(f), f)));
            assertEquals(whole, trickled, f.toString());
            bad += whole.startsWith("error") ? 1 : 0;
        }
        assertTrue(bad >= 40, "fixtures that fail: " + bad);
    }

    /** The claims CSV fixtures of both fixture folders (ClaimsColumnsTest reads them too). */
    static List<Path> fixtures() {
        List<Path> out = new ArrayList<>();
        for (String folder : List.of("data", "corpus")) {
            try (Stream<Path> s = Files.list(TestData.resource(folder))) {
                s.filter(p -> !p.toString().endsWith(".tsv")).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static String outcome(Supplier<String> read) {
        try {
            return read.get();
        } catch (InputException e) {
            return "error " + e.oneLine();
        }
    }

    private static String describe(LoadResult r) {
        StringBuilder b = new StringBuilder(r.report().toString());
        Table t = r.table();
        for (Column<?> c : t.columns()) {
            b.append(c.name()).append(' ').append(c.type()).append(' ').append(c.asList()).append('\n');
            for (int i = 0; i < c.size(); i++) {
                b.append(c.isMissing(i) ? 'm' : '.');
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** The file as a stream that returns 1 to 7 bytes per read. */
    private static InputStream trickle(Path f) {
        try {
            return new FilterInputStream(Files.newInputStream(f)) {
                private int call;

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    call++;
                    return super.read(b, off, Math.min(len, 1 + call % 7));
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
