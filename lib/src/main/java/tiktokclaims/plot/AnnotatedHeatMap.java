package tiktokclaims.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.style.Styler;

/**
 * An XChart heat map that writes a text of one or more lines in each cell, in black or white, whichever reads
 * better on the cell's colour, as glyph outlines like XChart's own text (so SVG files do not depend on installed fonts). XChart 3.8.8 can only print the cell's own value through one decimal pattern, in one colour; this
 * subclass paints XChart's heat map and then the texts over it, so it stays an ordinary XChart chart (inline PNG in
 * notebooks, {@link ChartImages} for files).
 *
 * <p>Cell geometry follows XChart's {@code PlotContent_HeatMap}: the plot's bounds shrunk by
 * {@code (1 - plotContentSize) / 2} on each side, divided into equal cells, y index 0 at the bottom.
 */
final class AnnotatedHeatMap extends HeatMapChart {

    private final String[][] text;
    private final double[][] value;

    /**
     * @param text  {@code text[yIndex][xIndex]}, lines separated by '\n'
     * @param value {@code value[yIndex][xIndex]}: the cell's value, which sets its colour (and so the text's)
     */
    AnnotatedHeatMap(int width, int height, String[][] text, double[][] value) {
        super(width, height, Styler.ChartTheme.XChart);
        this.text = text;
        this.value = value;
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        super.paint(g, width, height);
        Rectangle2D bounds = plot.getBounds();
        double size = getStyler().getPlotContentSize();
        double xOffset = ((int) bounds.getWidth() - size * bounds.getWidth()) / 2.0;
        double yOffset = ((int) bounds.getHeight() - size * bounds.getHeight()) / 2.0;
        int rows = text.length;
        int cols = text[0].length;
        double cellW = (bounds.getWidth() - 2 * xOffset) / cols;
        double cellH = (bounds.getHeight() - 2 * yOffset) / rows;
        Font font = getStyler().getValueFont();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        for (int yi = 0; yi < rows; yi++) {
            for (int xi = 0; xi < cols; xi++) {
                String[] lines = text[yi][xi].split("\n");
                double cx = bounds.getX() + xOffset + (xi + 0.5) * cellW;
                double cy = bounds.getY() + bounds.getHeight() - yOffset - (yi + 0.5) * cellH;
                double top = cy - lines.length * fm.getHeight() / 2.0;
                g.setColor(textColour(cellColour(value[yi][xi])));
                for (int l = 0; l < lines.length; l++) {
                    if (lines[l].isEmpty()) {
                        continue;
                    }
                    double x = cx - fm.stringWidth(lines[l]) / 2.0;
                    double y = top + l * fm.getHeight() + fm.getAscent();
                    TextLayout layout = new TextLayout(lines[l], font, g.getFontRenderContext());
                    g.fill(layout.getOutline(AffineTransform.getTranslateInstance(x, y)));
                }
            }
        }
    }

    /** The cell's colour: linear interpolation through the styler's range colours from min to max. */
    Color cellColour(double v) {
        Color[] range = getStyler().getRangeColors();
        double min = getStyler().getMin();
        double max = getStyler().getMax();
        double t = max > min ? Math.max(0, Math.min(1, (v - min) / (max - min))) : 0;
        double pos = t * (range.length - 1);
        int i = Math.min(range.length - 2, (int) Math.floor(pos));
        double f = pos - i;
        Color a = range[i];
        Color b = range[i + 1];
        return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }

    /** Black or white, whichever contrasts more with the background (WCAG relative luminance). */
    static Color textColour(Color background) {
        double l = 0.2126 * linear(background.getRed()) + 0.7152 * linear(background.getGreen())
                + 0.0722 * linear(background.getBlue());
        return (l + 0.05) * (l + 0.05) < 1.05 * 0.05 ? Color.WHITE : Color.BLACK;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
