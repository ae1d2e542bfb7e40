package tiktokclaims.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tiktokclaims.TestData;
import tiktokclaims.cli.ValidateCommandTest.Run;
import tiktokclaims.model.Fixture;

/** The infer and evaluate commands end to end on the real data. */
class ModelCommandsTest {

    @TempDir
    Path dir;

    @Test
    void inferWritesTheStatsmodelsSummaryAsJson() throws Exception {
        Path json = dir.resolve("infer.json");
        Run r = Run.of("infer", "--data", TestData.realDataset().toString(), "--json", json.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("author_ban_status_under_review"), r.out());
        Fixture out = Fixture.parse(Files.readString(json, StandardCharsets.UTF_8));
        Fixture sm = Fixture.load("course.json");
        assertEquals(sm.number("n"), out.number("n"));
        assertEquals(sm.number("log_likelihood"), out.number("log_likelihood"), 1e-6);
        List<String> terms = sm.strings("terms");
        double[] est = sm.numbers("estimate");
        double[] se = sm.numbers("std_error");
        double[] p = sm.numbers("p_value");
        for (int j = 0; j < terms.size(); j++) {
            String t = terms.get(j);
            assertEquals(est[j], out.number("coefficients", t, "estimate"), 1e-6 * Math.abs(est[j]), t);
            assertEquals(se[j], out.number("coefficients", t, "std_error"), 1e-4 * se[j], t);
            assertEquals(p[j], out.number("coefficients", t, "p_value"), 1e-3 * p[j], t);
            assertEquals(Math.exp(est[j]), out.number("coefficients", t, "odds_ratio"), 1e-6 * Math.exp(est[j]), t);
            assertTrue(out.number("coefficients", t, "ci_low") < out.number("coefficients", t, "ci_high"));
        }
    }

    @Test
    void inferOnDataWithOneClassFailsWithOneLine() throws Exception {
        List<String> lines = Files.readAllLines(TestData.realDataset(), StandardCharsets.UTF_8);
        List<String> keep = new ArrayList<>(List.of(lines.get(0)));
        for (String l : lines.subList(1, lines.size())) {
            if (l.contains(",not verified,") && keep.size() <= 40) {
                keep.add(l);
            }
        }
        Path file = dir.resolve("one_class.csv");
        Files.write(file, keep, StandardCharsets.UTF_8);
        Run r = Run.of("infer", "--data", file.toString());
        assertEquals(2, r.status(), r.out() + r.err());
        assertTrue(r.err().contains("no rows of class 'verified'"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void evaluateIsByteIdenticalForTheSameSeed() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        String data = TestData.realDataset().toString();
        assertEquals(0, Run.of("evaluate", "--data", data, "--mode", "exemplar", "--json", a.toString()).status());
        assertEquals(0, Run.of("evaluate", "--data", data, "--mode", "exemplar", "--seed", "42", "--json",
                b.toString()).status());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        Fixture out = Fixture.parse(Files.readString(a, StandardCharsets.UTF_8));
        Fixture course = Fixture.load("exemplar.json");
        assertEquals("exemplar", out.get("mode"));
        assertEquals(course.number("precision"), out.number("precision"), 0.03);
        assertEquals(course.number("recall"), out.number("recall"), 0.03);
        assertEquals(course.number("accuracy"), out.number("accuracy"), 0.03);
        List<?> cm = (List<?>) out.get("confusion");
        double total = 0;
        for (Object row : cm) {
            for (Object v : (List<?>) row) {
                total += ((Number) v).doubleValue();
            }
        }
        assertEquals(out.number("n_test"), total);
    }

    @Test
    void evaluateHonestReportsTheRealPrevalence() throws Exception {
        Path a = dir.resolve("h.json");
        Run r = Run.of("evaluate", "--data", TestData.realDataset().toString(), "--mode", "honest", "--bootstrap",
                "200", "--json", a.toString());
        assertEquals(0, r.status(), r.err());
        Fixture out = Fixture.parse(Files.readString(a, StandardCharsets.UTF_8));
        assertEquals(1200.0 / 19084, out.number("test_prevalence"), 0.001);
        assertEquals(0.0, out.number("leaked_test_rows"));
        List<?> ci = (List<?>) out.get("ci95", "precision");
        double lo = ((Number) ci.get(0)).doubleValue();
        double hi = ((Number) ci.get(1)).doubleValue();
        assertTrue(lo <= out.number("precision") && out.number("precision") <= hi);
    }

    @Test
    void evaluateRejectsAnUnknownMode() {
        Run r = Run.of("evaluate", "--mode", "optimistic");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--mode must be exemplar or honest"), r.err());
    }
}
