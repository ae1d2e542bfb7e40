package tiktokclaims.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tiktokclaims.evaluate.Calibration;
import tiktokclaims.evaluate.ConfusionMatrix;
import tiktokclaims.evaluate.PrecisionRecallCurve;
import tiktokclaims.evaluate.RocCurve;

class ModelChartsTest {

    private static final ModelCharts MODEL = new ModelCharts();

    static Table correlationTable() {
        return Table.create("corr",
                StringColumn.create("variable", "video_view_count", "video_like_count", "video_duration_sec"),
                DoubleColumn.create("video_view_count", 1.0, 0.829, -0.01),
                DoubleColumn.create("video_like_count", 0.829, 1.0, 0.02),
                DoubleColumn.create("video_duration_sec", -0.01, 0.02, 1.0));
    }

    @Test
    void correlationHeatMapWritesValuesInCells() {
        HeatMapChart chart = MODEL.correlation(correlationTable());
        BufferedImage img = Rendered.assertDrawn(chart, "correlation", 720, 420);
        assertTrue(Rendered.hasColour(img, Style.VERMILLION), "r = 1 drawn in the high colour");
        assertEquals(List.of("Video duration", "Likes", "Views"),
                chart.getHeatMapSeries().getYData(), "first row on top: y axis listed bottom-up");
    }

    /** Some pixel is white and lies inside a region of the given colour (a digit drawn in white). */
    private static boolean whiteTextOn(BufferedImage img, Color cell) {
        int red = cell.getRGB() & 0xFFFFFF;
        for (int y = 1; y < img.getHeight() - 1; y++) {
            for (int x = 1; x < img.getWidth() - 1; x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF && (img.getRGB(x - 1, y) & 0xFFFFFF) != 0xFFFFFF
                        && near(img.getRGB(x, y - 10), red) && near(img.getRGB(x, y + 10), red)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean near(int rgb, int target) {
        Color a = new Color(rgb);
        Color b = new Color(target);
        return Math.abs(a.getRed() - b.getRed()) < 30 && Math.abs(a.getGreen() - b.getGreen()) < 30
                && Math.abs(a.getBlue() - b.getBlue()) < 30;
    }

    @Test
    void cellTextTakesTheBetterContrast() {
        assertEquals(Color.BLACK, AnnotatedHeatMap.textColour(Color.WHITE));
        assertEquals(Color.WHITE, AnnotatedHeatMap.textColour(Color.BLACK));
        assertEquals(Color.WHITE, AnnotatedHeatMap.textColour(Style.BLUE), "contrast 5.2 against 4.0 for black");
        assertEquals(Color.BLACK, AnnotatedHeatMap.textColour(Style.ORANGE));
    }

    @Test
    void correlationFromArraysAndBadInput() {
        HeatMapChart chart = MODEL.correlation(List.of("a", "b"), new double[][] {{1, Double.NaN}, {Double.NaN, 1}});
        Rendered.assertDrawn(chart, "correlation-nan", 720, 420);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MODEL.correlation(List.of("a", "b"), new double[][] {{1, 2}, {2, 1}}));
        assertTrue(e.getMessage().contains("outside [-1, 1]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MODEL.correlation(List.of(), new double[0][0]));
        IllegalArgumentException notSquare = assertThrows(IllegalArgumentException.class,
                () -> MODEL.correlation(correlationTable().removeColumns("video_duration_sec")));
        assertTrue(notSquare.getMessage().contains("square"), notSquare.getMessage());
    }

    @Test
    void confusionMatrixShowsCountsAndPercentages() {
        HeatMapChart chart = MODEL.confusionMatrix(new long[][] {{4_200, 300}, {150, 1_350}},
                List.of("not verified", "verified"));
        BufferedImage img = Rendered.assertDrawn(chart, "confusion", 720, 420);
        assertEquals("Confusion matrix (n = 6,000)", chart.getTitle());
        assertTrue(Rendered.hasColour(img, Style.BLUE), "the largest count in the full Okabe-Ito blue");
        assertTrue(whiteTextOn(img, Style.BLUE), "the count on the dark blue cell is written in white");
        HeatMapChart fromEvaluate = MODEL.confusionMatrix(ConfusionMatrix.ofCounts(5, 1, 2, 3, "no", "yes"));
        Rendered.assertDrawn(fromEvaluate, "confusion-evaluate", 720, 420);
        assertEquals(List.of("no", "yes"), fromEvaluate.getHeatMapSeries().getXData());
    }

    @Test
    void confusionMatrixOfZerosRendersAndBadInputFails() {
        Rendered.assertDrawn(MODEL.confusionMatrix(new long[][] {{0, 0}, {0, 0}}, List.of("0", "1")),
                "confusion-zero", 720, 420);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MODEL.confusionMatrix(new long[][] {{1, -1}, {0, 0}}, List.of("0", "1")));
        assertTrue(e.getMessage().contains("negative"), e.getMessage());
        IllegalArgumentException names = assertThrows(IllegalArgumentException.class,
                () -> MODEL.confusionMatrix(new long[][] {{1, 1}, {0, 0}}, List.of("0")));
        assertTrue(names.getMessage().contains("1 names but 2 rows"), names.getMessage());
    }

    @Test
    void rocAndPrecisionRecallShowSummariesInLegend() {
        List<Curve> roc = List.of(
                new Curve("logistic", new double[] {0, 0.1, 0.3, 1}, new double[] {0, 0.5, 0.8, 1}, 0.8125),
                new Curve("forest", new double[] {0, 0.05, 0.2, 1}, new double[] {0, 0.7, 0.95, 1}, 0.9));
        XYChart chart = MODEL.roc(roc);
        Rendered.assertDrawn(chart, "roc", 720, 420);
        assertTrue(chart.getSeriesMap().containsKey("logistic (AUC = 0.813)"), chart.getSeriesMap().keySet()
                .toString());
        List<Curve> pr = List.of(
                new Curve("logistic", new double[] {1, 0.8, 0.5, 0}, new double[] {0.06, 0.3, 0.6, 1}, 0.41),
                new Curve("forest", new double[] {1, 0.9, 0.6, 0}, new double[] {0.06, 0.5, 0.8, 1}, 0.66));
        XYChart p = MODEL.precisionRecall(pr, 0.063);
        Rendered.assertDrawn(p, "precision-recall", 720, 420);
        assertTrue(p.getSeriesMap().containsKey("forest (AP = 0.660)"));
        assertTrue(p.getSeriesMap().containsKey("no skill (prevalence 0.063)"));
    }

    @Test
    void curvesFromTheEvaluatePackage() {
        int[] actual = {0, 0, 1, 1, 0, 1, 0, 1, 1, 0};
        double[] score = {0.1, 0.4, 0.35, 0.8, 0.2, 0.7, 0.6, 0.9, 0.55, 0.3};
        Map<String, RocCurve> roc = new LinkedHashMap<>();
        roc.put("model", RocCurve.of(actual, score));
        Rendered.assertDrawn(MODEL.rocCurves(roc), "roc-evaluate", 720, 420);
        Map<String, PrecisionRecallCurve> pr = new LinkedHashMap<>();
        pr.put("model", PrecisionRecallCurve.of(actual, score));
        Rendered.assertDrawn(MODEL.precisionRecallCurves(pr), "pr-evaluate", 720, 420);
        Map<String, Calibration> cal = new LinkedHashMap<>();
        cal.put("model", Calibration.of(actual, score, 5));
        Rendered.assertDrawn(MODEL.calibrationCurves(cal), "calibration-evaluate", 720, 420);
    }

    @Test
    void calibrationWithDiagonal() {
        XYChart chart = MODEL.calibration(List.of(
                new Curve("logistic", new double[] {0.05, 0.2, 0.45, 0.7, 0.9}, new double[] {0.02, 0.1, 0.5, 0.8,
                    0.97}, 0.081),
                Curve.of("uncalibrated", new double[] {0.1, 0.5, 0.9}, new double[] {0.3, 0.5, 0.6})));
        Rendered.assertDrawn(chart, "calibration", 720, 420);
        assertTrue(chart.getSeriesMap().containsKey("perfectly calibrated"));
        assertTrue(chart.getSeriesMap().containsKey("uncalibrated"), "no summary: name only");
    }

    @Test
    void curveInputIsChecked() {
        assertThrows(IllegalArgumentException.class, () -> MODEL.roc(List.of()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Curve("m", new double[] {0, 1}, new double[] {0}, 0.5));
        assertTrue(e.getMessage().contains("has 2 values but y has 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Curve.of("m", new double[0], new double[0]));
        assertThrows(IllegalArgumentException.class,
                () -> Curve.of("m", new double[] {Double.NaN}, new double[] {0}));
        Curve c = Curve.of("same", new double[] {0, 1}, new double[] {0, 1});
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class, () -> MODEL.roc(List.of(c, c)));
        assertTrue(dup.getMessage().contains("two curves"), dup.getMessage());
    }

    @Test
    void forestPlotOfOddsRatios() {
        List<String> terms = List.of("video_duration_sec", "claim_status: opinion", "author_ban_status: banned",
                "author_ban_status: under review", "video_view_count (per 100,000)");
        XYChart chart = MODEL.oddsRatios(terms, new double[] {1.009, 3.2, 0.78, 0.95, 0.999},
                new double[] {1.004, 2.6, 0.61, 0.77, 0.997}, new double[] {1.014, 3.9, 1.0, 1.17, 1.001});
        Rendered.assertDrawn(chart, "odds-ratios", 720, 420);
        assertTrue(chart.getXAxisTitle().contains("log scale"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MODEL.oddsRatios(List.of("a"), new double[] {1}, new double[] {1.2}, new double[] {2}));
        assertTrue(e.getMessage().contains("ci_low <= OR"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> MODEL.oddsRatios(List.of("a"), new double[] {0}, new double[] {0}, new double[] {1}));
        assertThrows(IllegalArgumentException.class,
                () -> MODEL.oddsRatios(List.of(), new double[0], new double[0], new double[0]));
    }

    @Test
    void forestPlotFromACoefficientTable() {
        Table t = Table.create("coefficients", StringColumn.create("term", "a", "b"),
                DoubleColumn.create("odds_ratio", 0.5, 2.0), DoubleColumn.create("or_ci_low", 0.3, 1.5),
                DoubleColumn.create("or_ci_high", 0.9, 2.5));
        XYChart chart = MODEL.oddsRatios(t, "term", "odds_ratio", "or_ci_low", "or_ci_high");
        Rendered.assertDrawn(chart, "odds-ratios-table", 720, 420);
        assertArrayEquals(new double[] {0.5, 2.0}, chart.getSeriesMap().get("odds ratio").getXData());
        assertArrayEquals(new double[] {1.0, 0.0}, chart.getSeriesMap().get("odds ratio").getYData(),
                "term a on top");
        t.doubleColumn("or_ci_low").setMissing(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MODEL.oddsRatios(t, "term", "odds_ratio", "or_ci_low", "or_ci_high"));
        assertTrue(e.getMessage().contains("row 1"), e.getMessage());
    }

    @Test
    void forestPlotOfOneTermAtOddsRatioOne() {
        Rendered.assertDrawn(MODEL.oddsRatios(List.of("x"), new double[] {1}, new double[] {1}, new double[] {1}),
                "odds-ratios-one", 720, 420);
    }

    @Test
    void logitLinearityWithErrorBarsAndFittedLine() {
        double[] centres = {7.5, 17.5, 27.5, 37.5, 47.5, 57.5};
        double[] logOdds = {-3.1, -2.9, -2.6, -2.75, -2.5, -2.3};
        double[] errors = {0.3, 0.28, 0.25, 0.27, 0.24, 0.22};
        XYChart chart = MODEL.logitLinearity("video_duration_sec", centres, logOdds, errors,
                new double[] {5, 60}, new double[] {-3.15, -2.3});
        Rendered.assertDrawn(chart, "logit-linearity", 720, 420);
        assertEquals("Video duration (s)", chart.getXAxisTitle());
        XYChart noExtras = MODEL.logitLinearity("x", new double[] {1}, new double[] {0}, null, null, null);
        Rendered.assertDrawn(noExtras, "logit-linearity-bare", 720, 420);
        assertFalse(noExtras.getSeriesMap().containsKey("fitted (model)"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MODEL.logitLinearity("x", new double[] {1}, new double[] {Double.NEGATIVE_INFINITY}, null,
                        null, null));
        assertTrue(e.getMessage().contains("finite"), e.getMessage());
    }
}
