package tiktokclaims.plot;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which ticks of a logarithmic axis get a label, by rule: XChart puts a tick at every 1..9 x 10^k on a log axis
 * that is not decade-only, and labels them all, so that between 0.6 and 1 the labels run into each other. The rule
 * takes the densest of the label sets "1..9", "1-6, 8", "1, 2, 3, 5, 7", "1, 2, 5", "1, 2", "1" (times each power of ten) whose neighbouring
 * labels, placed where the axis puts them, are at least {@link #GAP} pixels apart, measured with the tick font's
 * metrics; the axis ends are always included in the span. The other ticks keep their mark and lose their label.
 *
 * @param labelled the tick values that carry a label, ascending
 */
public record LogTicks(List<Double> labelled) {

    /** Fewest pixels between two neighbouring labels. */
    public static final int GAP = 8;

    private static final int[][] MANTISSAS = {{1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 5, 6, 8}, {1, 2, 3, 5, 7},
        {1, 2, 5}, {1, 2}, {1}};

    /**
     * Chooses the labelled ticks of a log axis from {@code min} to {@code max} (both positive) that is
     * {@code axisPixels} long, with labels drawn in {@code font}.
     */
    public static LogTicks choose(double min, double max, int axisPixels, Font font) {
        if (!(min > 0 && max > min) || axisPixels <= 0) {
            throw new IllegalArgumentException("need 0 < min < max and a positive axis length, got " + min + ", "
                    + max + ", " + axisPixels);
        }
        FontMetrics fm = metrics(font);
        List<Double> last = List.of();
        for (int[] set : MANTISSAS) {
            List<Double> ticks = ticks(min, max, set);
            last = ticks;
            if (ticks.size() >= 2 && fits(ticks, min, max, axisPixels, fm)) {
                return new LogTicks(ticks);
            }
        }
        // Even the decades crowd: keep every other one until they fit.
        List<Double> sparse = new ArrayList<>(last);
        while (sparse.size() > 2 && !fits(sparse, min, max, axisPixels, fm)) {
            List<Double> next = new ArrayList<>();
            for (int i = 0; i < sparse.size(); i += 2) {
                next.add(sparse.get(i));
            }
            sparse = next;
        }
        return new LogTicks(sparse);
    }

    /** The label of a tick value: its text when it is labelled, else empty. */
    public String label(double value) {
        for (double v : labelled) {
            if (Math.abs(v - value) <= 1e-9 * Math.max(1, Math.abs(v))) {
                return text(v);
            }
        }
        return "";
    }

    /** A tick value's text: up to three significant digits, no trailing zeros ("0.6", "1", "20"). */
    public static String text(double v) {
        String s = String.format(Locale.ROOT, "%.3g", v);
        if (s.contains("e") || s.contains("E")) {
            return String.format(Locale.ROOT, "%.0e", v);
        }
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }

    /**
     * The horizontal extent [left, right] in pixels of each label centred on its tick of an axis starting at 0,
     * measured with the font's metrics (what the overlap rule and its test use).
     */
    public static List<int[]> boxes(List<Double> ticks, double min, double max, int axisPixels, Font font) {
        FontMetrics fm = metrics(font);
        List<int[]> out = new ArrayList<>();
        for (double v : ticks) {
            double x = axisPixels * (Math.log(v) - Math.log(min)) / (Math.log(max) - Math.log(min));
            int w = fm.stringWidth(text(v));
            out.add(new int[] {(int) Math.floor(x - w / 2.0), (int) Math.ceil(x + w / 2.0)});
        }
        return out;
    }

    private static boolean fits(List<Double> ticks, double min, double max, int axisPixels, FontMetrics fm) {
        List<int[]> b = boxes(ticks, min, max, axisPixels, fm.getFont());
        for (int i = 1; i < b.size(); i++) {
            if (b.get(i)[0] - b.get(i - 1)[1] < GAP) {
                return false;
            }
        }
        return true;
    }

    private static List<Double> ticks(double min, double max, int[] mantissas) {
        List<Double> out = new ArrayList<>();
        int from = (int) Math.floor(Math.log10(min));
        int to = (int) Math.ceil(Math.log10(max));
        for (int k = from; k <= to; k++) {
            for (int m : mantissas) {
                double v = Double.parseDouble(m + "e" + k);
                if (v >= min * (1 - 1e-12) && v <= max * (1 + 1e-12)) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    /** The metrics of a font as the chart renderer measures it. */
    static FontMetrics metrics(Font font) {
        BufferedImage img = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            return g.getFontMetrics(font);
        } finally {
            g.dispose();
        }
    }
}
