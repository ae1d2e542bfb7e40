package tiktokclaims.plot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import tiktokclaims.output.AtomicOutput;
import tiktokclaims.report.Html;

/**
 * Encodes XChart charts: PNG bytes for inline display, an embedded {@code <img>} for HTML reports, PNG and SVG
 * files for the summary.
 */
public final class ChartImages {

    private ChartImages() {
    }

    /** The chart as PNG bytes at its own size. */
    public static byte[] png(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the chart as a PNG file (through a temp file and a rename). */
    public static void savePng(Chart<?, ?> chart, Path file) throws Exception {
        byte[] bytes = png(chart);
        AtomicOutput.write(file, out -> out.write(bytes));
    }

    /** Writes the chart as an SVG file (through a temp file and a rename). */
    public static void saveSvg(Chart<?, ?> chart, Path file) throws Exception {
        AtomicOutput.write(file, out -> VectorGraphicsEncoder.saveVectorGraphic(chart, out,
                VectorGraphicsEncoder.VectorGraphicsFormat.SVG));
    }

    /** The chart as an HTML {@code <img>} with the PNG embedded (data URI); the alt text is the chart's title. */
    public static String html(Chart<?, ?> chart) {
        return Html.pngImage(png(chart), chart.getTitle());
    }
}
