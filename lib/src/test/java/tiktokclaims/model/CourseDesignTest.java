package tiktokclaims.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;
import tiktokclaims.TestData;
import tiktokclaims.data.ClaimsData;
import tiktokclaims.data.SampleGenerator;

/**
 * {@link CourseModel#loadDesign} (columns straight from the file, in parallel) gives exactly the design of the
 * table path, {@code spec().design(prepare(ClaimsData.load(file)))}: the same terms, class labels, outcome and
 * values to the bit, and the same count of dropped rows, on the course data, a generated file large enough to be
 * read in parallel, and every good fixture (some lack a level of a categorical feature).
 */
class CourseDesignTest {

    @TempDir
    Path dir;

    @Test
    void theDirectDesignIsTheTablePathsDesign() throws Exception {
        Path generated = dir.resolve("generated.csv");
        try (OutputStream out = Files.newOutputStream(generated)) {
            SampleGenerator.write(out, 60_000, 3);
        }
        assertTrue(Files.size(generated) > 8 << 20, "the generated file is read in parallel");
        List<Path> files = new ArrayList<>(List.of(TestData.realDataset(), generated));
        try (Stream<Path> s = Files.list(TestData.resource("corpus"))) {
            s.filter(p -> p.getFileName().toString().startsWith("ok_")).sorted().forEach(files::add);
        }
        for (Path f : files) {
            Table raw = ClaimsData.load(f);
            Table prepared = CourseModel.prepare(raw);
            DesignMatrix a = CourseModel.spec().design(prepared);
            CourseModel.Design direct = CourseModel.loadDesign(f);
            DesignMatrix b = direct.design();
            String name = f.getFileName().toString();
            assertEquals(raw.rowCount() - prepared.rowCount(), direct.droppedRows(), name);
            assertEquals(a.terms(), b.terms(), name);
            assertEquals(a.classLabels(), b.classLabels(), name);
            assertArrayEquals(a.y(), b.y(), name);
            for (int j = 0; j < a.columns(); j++) {
                assertArrayEquals(a.column(j), b.column(j), 0.0, name + " " + a.terms().get(j));
            }
            assertCodesMatchTheColumns(b, name);
        }
    }

    /** The indicator codes loadDesign makes for the fit: the intercept and every dummy, bit k = 1 in column k. */
    private static void assertCodesMatchTheColumns(DesignMatrix d, String name) {
        int[] columns = d.rawIndicatorColumns();
        byte[] codes = d.rawIndicatorCodes();
        List<Integer> expected = new ArrayList<>(List.of(0));
        for (int j = 1 + CourseModel.NUMERIC.size(); j < d.columns(); j++) {
            expected.add(j);
        }
        assertEquals(expected, java.util.Arrays.stream(columns).boxed().toList(), name);
        for (int k = 0; k < columns.length; k++) {
            double[] c = d.column(columns[k]);
            for (int i = 0; i < c.length; i++) {
                assertEquals(c[i] == 1.0, (codes[i] >> k & 1) == 1, name + " row " + i + " column " + columns[k]);
            }
        }
    }
}
