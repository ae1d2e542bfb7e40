package tiktokclaims.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import javax.imageio.ImageIO;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import tiktokclaims.output.AtomicOutput;
import tiktokclaims.report.Html;

/**
 * Encodes XChart charts: PNG bytes for inline display, an embedded {@code <img>} for HTML reports, PNG and SVG
 * files for the summary. Pages and PDFs get {@link #SHARP} pictures: {@value #SHARP}x the pixels, shown at the
 * chart's own size (720 x 420 stays the layout), so print (about 190 dpi on A4) and high-density screens are sharp.
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

    /** The pixel density of the pictures in notebooks and pages: this many image pixels per displayed pixel. */
    public static final int SHARP = 2;

    /**
     * The chart as PNG bytes drawn at {@code scale} times its size (a 720 x 420 chart at scale 2: 1440 x 840
     * pixels), the same drawing scaled, not re-laid out.
     */
    public static byte[] png(Chart<?, ?> chart, int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1: " + scale);
        }
        if (scale == 1) {
            return png(chart);
        }
        int w = chart.getWidth();
        int h = chart.getHeight();
        BufferedImage image = new BufferedImage(w * scale, h * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(scale, scale);
            chart.paint(g, w, h);
        } finally {
            g.dispose();
        }
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
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

    /**
     * The chart as an HTML {@code <img>} with a {@link #SHARP} PNG embedded (data URI), shown at the chart's size
     * (width and height attributes); the alt text is the chart's title.
     */
    public static String html(Chart<?, ?> chart) {
        return Html.pngImage(png(chart, SHARP), chart.getTitle(), chart.getWidth(), chart.getHeight());
    }
}
