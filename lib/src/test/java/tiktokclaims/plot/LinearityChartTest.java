package tiktokclaims.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class LinearityChartTest {

    @Test
    void errorBarsAreTheLogOddsStandardErrorTimesZ975() {
        // n = 100, k = 9.5 - 0.5: 1 / 10 + 1 / 91 = 0.1109890..., sqrt = 0.333150..., x 1.95996... = 0.652963...
        assertArrayEquals(new double[] {1.959963984540054 * Math.sqrt(0.1 + 1.0 / 91)},
                LinearityChart.errors(new double[] {100}, new double[] {9.5}), 1e-12);
        assertEquals(0.6529623, LinearityChart.errors(new double[] {100}, new double[] {9.5})[0], 1e-6);
    }

    @Test
    void chartHasTheBinsAndTheFittedLine() {
        Table binned = Table.create("b", IntColumn.create("n", 50, 50), DoubleColumn.create("centre", 1.0, 2.0),
                IntColumn.create("events", 5, 10), DoubleColumn.create("empirical_log_odds", -2.1, -1.4),
                DoubleColumn.create("fitted_log_odds", -2.0, -1.5));
        XYChart chart = LinearityChart.of(new ModelCharts(), binned, "video_duration_sec");
        assertEquals(2, chart.getSeriesMap().size());
        assertArrayEquals(new double[] {-2.0, -1.5},
                chart.getSeriesMap().get("fitted (model)").getYData(), 0.0);
    }
}
