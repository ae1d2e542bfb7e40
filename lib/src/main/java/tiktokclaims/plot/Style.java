package tiktokclaims.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The one look of every chart in the project: DejaVu Sans fonts, white background, the Okabe-Ito colour-blind-safe
 * palette, thousands separators on counts, and a size that reads well inline in JupyterLab and in HTML.
 *
 * <p>A style is only a size; everything else is fixed so that all charts look alike. Use {@link #DEFAULT}
 * (720 x 420 pixels) or {@link #withSize(int, int)}.
 *
 * @param width  chart width in pixels (at least 200)
 * @param height chart height in pixels (at least 150)
 */
public record Style(int width, int height) {

    /** 720 x 420 pixels: fits a JupyterLab output cell and an HTML page without scaling. */
    public static final Style DEFAULT = new Style(720, 420);

    /** Okabe-Ito blue. */
    public static final Color BLUE = new Color(0x0072B2);
    /** Okabe-Ito orange. */
    public static final Color ORANGE = new Color(0xE69F00);
    /** Okabe-Ito bluish green. */
    public static final Color GREEN = new Color(0x009E73);
    /** Okabe-Ito vermillion. */
    public static final Color VERMILLION = new Color(0xD55E00);
    /** Okabe-Ito reddish purple. */
    public static final Color PURPLE = new Color(0xCC79A7);
    /** Okabe-Ito sky blue. */
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    /** Okabe-Ito yellow. */
    public static final Color YELLOW = new Color(0xF0E442);
    /** Okabe-Ito black. */
    public static final Color BLACK = Color.BLACK;
    /** Reference lines (diagonals, caps, odds ratio 1). */
    public static final Color REFERENCE = new Color(0x555555);

    /** The font family of every text in a chart. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    /** Decimal pattern for counts: thousands separators, no decimals ("19,382"). */
    public static final String COUNT_PATTERN = "#,##0";

    private static final Color[] PALETTE = {BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY_BLUE, YELLOW, BLACK};
    private static final Color GRID = new Color(0xE5E5E5);
    private static final Color TEXT = new Color(0x222222);

    /** Checks the size. */
    public Style {
        if (width < 200 || height < 150) {
            throw new IllegalArgumentException("chart size must be at least 200 x 150 pixels, got "
                    + width + " x " + height);
        }
    }

    /** The same look at another size in pixels. */
    public Style withSize(int newWidth, int newHeight) {
        return new Style(newWidth, newHeight);
    }

    /** The series colours in order (Okabe-Ito: blue, orange, bluish green, vermillion, purple, sky blue, ...). */
    public static Color[] palette() {
        return PALETTE.clone();
    }

    /** The i-th palette colour, cycling after eight. */
    public static Color color(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    /** The colour with the given opacity (0 transparent .. 255 opaque). */
    public static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** A chart font in DejaVu Sans. */
    public static Font font(int style, int size) {
        return new Font(FONT_FAMILY, style, size);
    }

    /** A dashed stroke for reference lines. */
    static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
    }

    /** Applies the common look to any chart's styler. */
    static void applyBase(Styler s) {
        s.setAntiAlias(true);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setChartFontColor(TEXT);
        s.setChartTitleVisible(true);
        s.setChartTitleFont(font(Font.BOLD, 15));
        s.setChartTitleBoxVisible(false);
        s.setChartTitlePadding(8);
        s.setChartPadding(10);
        s.setLegendFont(font(Font.PLAIN, 12));
        s.setLegendBackgroundColor(Color.WHITE);
        s.setLegendBorderColor(GRID);
        s.setLegendPadding(6);
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setLegendSeriesLineLength(20);
        s.setPlotBorderVisible(false);
        s.setSeriesColors(palette());
        s.setAnnotationTextFont(font(Font.PLAIN, 11));
        s.setAnnotationTextFontColor(TEXT);
        s.setAnnotationLineColor(REFERENCE);
        s.setAnnotationLineStroke(dashed(1.5f));
        s.setToolTipsEnabled(false);
    }

    /** Applies the common look to a chart with axes. */
    static void applyAxes(AxesChartStyler s) {
        applyBase(s);
        s.setLocale(Locale.ROOT);
        s.setAxisTitleFont(font(Font.PLAIN, 13));
        s.setAxisTickLabelsFont(font(Font.PLAIN, 11));
        s.setAxisTickLabelsColor(TEXT);
        s.setAxisTickMarksColor(REFERENCE);
        s.setAxisTitlePadding(6);
        s.setAxisTickPadding(4);
        s.setPlotGridLinesColor(GRID);
        s.setPlotGridLinesStroke(new BasicStroke(1f));
        s.setPlotGridLinesVisible(true);
        s.setPlotMargin(6);
        s.setErrorBarsColor(REFERENCE);
    }
}
