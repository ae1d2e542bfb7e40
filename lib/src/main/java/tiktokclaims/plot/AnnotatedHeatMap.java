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
 * An XChart heat map that writes a text of one or more lines in each cell, in black on light cells and white on
 * dark ones, as glyph outlines like XChart's own text (so SVG files do not depend on installed fonts). XChart 3.8.8 can only print the cell's own value through one decimal pattern, in one colour; this
 * subclass paints XChart's heat map and then the texts over it, so it stays an ordinary XChart chart (inline PNG in
 * notebooks, {@link ChartImages} for files).
 *
 * <p>Cell geometry follows XChart's {@code PlotContent_HeatMap}: the plot's bounds shrunk by
 * {@code (1 - plotContentSize) / 2} on each side, divided into equal cells, y index 0 at the bottom.
 */
final class AnnotatedHeatMap extends HeatMapChart {

    private final String[][] text;
    private final boolean[][] dark;

    /**
     * @param text {@code text[yIndex][xIndex]}, lines separated by '\n'
     * @param dark {@code dark[yIndex][xIndex]}: whether the cell's colour is dark (text drawn in white)
     */
    AnnotatedHeatMap(int width, int height, String[][] text, boolean[][] dark) {
        super(width, height, Styler.ChartTheme.XChart);
        this.text = text;
        this.dark = dark;
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
                g.setColor(dark[yi][xi] ? Color.WHITE : Color.BLACK);
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
}
