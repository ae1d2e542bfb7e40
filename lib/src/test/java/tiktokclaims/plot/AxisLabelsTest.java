package tiktokclaims.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tiktokclaims.data.ClaimsSchema;
import tiktokclaims.model.Encoder;
import tiktokclaims.model.Logit;
import tiktokclaims.model.LogitResult;
import tiktokclaims.model.ModelSpec;

class AxisLabelsTest {

    private static Table table() {
        SplittableRandom r = new SplittableRandom(7);
        List<String> bans = List.of("active", "banned", "under review");
        DoubleColumn d = DoubleColumn.create(ClaimsSchema.DURATION);
        StringColumn b = StringColumn.create(ClaimsSchema.BAN_STATUS);
        StringColumn y = StringColumn.create("y");
        for (int i = 0; i < 400; i++) {
            d.append(5 + r.nextInt(55));
            b.append(bans.get(r.nextInt(3)));
            y.append(r.nextDouble() < 0.3 ? "yes" : "no");
        }
        return Table.create("t", d, b, y);
    }

    @Test
    void termsAreLabelledFromTheEncodersSpecInTermOrder() {
        Encoder enc = ModelSpec.of("y", "yes").withNumeric(ClaimsSchema.DURATION).withCategorical(ClaimsSchema.BAN_STATUS)
                .encoder(table());
        assertEquals(List.of("const", "Video duration", "Banned (vs active)", "Under review (vs active)"),
                enc.terms().stream().map(t -> AxisLabels.term(enc, t)).toList());
    }

    @Test
    void theForestPlotOfAFitTakesItsLabelsFromTheEncoderAndRefusesAnotherModel() {
        Table t = table();
        ModelSpec spec = ModelSpec.of("y", "yes").withNumeric(ClaimsSchema.DURATION).withCategorical(ClaimsSchema.BAN_STATUS);
        Encoder enc = spec.encoder(t);
        LogitResult fit = Logit.fit(enc.apply(t));
        XYChart chart = new ModelCharts().oddsRatios(enc, fit);
        Rendered.assertDrawn(chart, "odds-ratios-from-spec", 720, 420);
        assertEquals(3, chart.getSeriesMap().get("odds ratio").getXData().length, "the intercept is left out");
        LogitResult other = Logit.fit(ModelSpec.of("y", "yes").withNumeric(ClaimsSchema.DURATION).design(t));
        assertThrows(IllegalArgumentException.class, () -> new ModelCharts().oddsRatios(enc, other));
    }
}
