package tiktokclaims.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * The value labels of a bar chart, placed by rule instead of XChart's fixed position (which wrote a thin bar's
 * label on the axis and over its neighbour's label):
 * <ol>
 *   <li>inside its bar segment, centred, when the segment is at least the label's height and width plus
 *   {@link #PAD} on each side;</li>
 *   <li>else, for the top segment of a bar, just above the bar (the chart keeps headroom for it);</li>
 *   <li>else (a thin segment lower in a stack) beside the bar on the right, at the segment's height but never
 *   below the axis line;</li>
 * </ol>
 * and a label that would overlap one already placed moves up until it does not. Sizes come from the label font's
 * metrics; {@link #placed()} returns the boxes of the last drawing, which the tests check.
 *
 * <p>Geometry as XChart's category bars: the plot's content is {@code plotContentSize} of its width, centred; each
 * category gets an equal slot, its bar {@code availableSpaceFill} of the slot (split between the series when the
 * bars are grouped).
 */
public final class BarLabels extends Annotation {

    /** Pixels between a label and a bar edge, the axis, or another label. */
    public static final int PAD = 3;

    private final double[][] values;
    private final boolean stacked;
    private final Font font;
    private final Color colour;
    private final double contentSize;
    private final double fill;
    private final List<Rectangle> placed = new ArrayList<>();
    private final List<Rectangle> bars = new ArrayList<>();
    private int axisY;

    /**
     * @param values      values[series][category]
     * @param stacked     stacked bars (else grouped)
     * @param font        the label font
     * @param contentSize the styler's plot content size (share of the plot width the categories use)
     * @param fill        the styler's available space fill (share of a category slot the bar uses)
     */
    BarLabels(double[][] values, boolean stacked, Font font, Color colour, double contentSize, double fill) {
        super(false);
        this.values = values;
        this.stacked = stacked;
        this.font = font;
        this.colour = colour;
        this.contentSize = contentSize;
        this.fill = fill;
    }

    /** Boxes of the labels of the last drawing (screen pixels). */
    public List<Rectangle> placed() {
        return List.copyOf(placed);
    }

    /** Bar segments of the last drawing (screen pixels), in the order drawn: series by series, category by category. */
    public List<Rectangle> bars() {
        return List.copyOf(bars);
    }

    /** The screen y of the x axis line (value 0) in the last drawing. */
    public int axisY() {
        return axisY;
    }

    /** The label text of a value: a whole number with thousands separators. */
    static String text(double v) {
        return String.format(java.util.Locale.ROOT, "%,d", Math.round(v));
    }

    @Override
    public void paint(Graphics2D g) {
        placed.clear();
        bars.clear();
        int series = values.length;
        int categories = values[0].length;
        double left = getXAxisScreenValueForMin();
        double width = getXAxisScreenValueForMax() - left;
        double space = contentSize * width;
        double start = left + (width - space) / 2;
        double slot = space / categories;
        double barWidth = fill * slot / (stacked ? 1 : series);
        axisY = getYAxisScreenValue(0);
        FontMetrics fm = g.getFontMetrics(font);
        List<Rectangle> labels = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Boolean> top = new ArrayList<>();
        for (int s = 0; s < series; s++) {
            for (int c = 0; c < categories; c++) {
                double below = 0;
                if (stacked) {
                    for (int k = 0; k < s; k++) {
                        below += values[k][c];
                    }
                }
                double x0 = start + c * slot + (slot - fill * slot) / 2 + (stacked ? 0 : s * barWidth);
                int yTop = getYAxisScreenValue(below + values[s][c]);
                int yBottom = getYAxisScreenValue(below);
                bars.add(new Rectangle((int) Math.round(x0), yTop, (int) Math.round(barWidth), yBottom - yTop));
                boolean highest = true;
                if (stacked) {
                    for (int k = s + 1; k < series; k++) {
                        highest &= values[k][c] == 0;
                    }
                }
                top.add(highest);
                texts.add(text(values[s][c]));
            }
        }
        for (int i = 0; i < bars.size(); i++) {
            labels.add(place(bars.get(i), fm.stringWidth(texts.get(i)), fm.getAscent() + fm.getDescent(),
                    top.get(i), axisY, placed, bars));
            placed.add(labels.get(i));
        }
        g.setFont(font);
        g.setColor(colour);
        for (int i = 0; i < labels.size(); i++) {
            Rectangle r = labels.get(i);
            g.drawString(texts.get(i), r.x, r.y + fm.getAscent());
        }
    }

    /**
     * The box of one label of size {@code w} x {@code h} for the bar segment {@code bar}, by the rule above,
     * clear of the labels already placed and of the other bars.
     */
    static Rectangle place(Rectangle bar, int w, int h, boolean topOfBar, int axisY, List<Rectangle> placedLabels,
            List<Rectangle> allBars) {
        Rectangle box;
        if (bar.height >= h + 2 * PAD && bar.width >= w + 2 * PAD) {
            box = new Rectangle(bar.x + (bar.width - w) / 2, bar.y + (bar.height - h) / 2, w, h);
            if (clear(box, placedLabels, allBars, bar)) {
                return box;
            }
        }
        if (topOfBar) {
            box = new Rectangle(bar.x + (bar.width - w) / 2, bar.y - PAD - h, w, h);
        } else {
            int y = Math.min(bar.y + (bar.height - h) / 2, axisY - PAD - h);
            box = new Rectangle(bar.x + bar.width + PAD, y, w, h);
        }
        while (!clear(box, placedLabels, allBars, null) && box.y > 0) {
            box.y -= 1;
        }
        return box;
    }

    private static boolean clear(Rectangle box, List<Rectangle> labels, List<Rectangle> bars, Rectangle own) {
        Rectangle padded = new Rectangle(box.x - PAD + 1, box.y - PAD + 1, box.width + 2 * PAD - 2,
                box.height + 2 * PAD - 2);
        for (Rectangle r : labels) {
            if (r.intersects(padded)) {
                return false;
            }
        }
        for (Rectangle b : bars) {
            if (b != own && b.height > 0 && b.intersects(box)) {
                return false;
            }
        }
        return true;
    }
}
