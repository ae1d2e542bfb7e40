package tiktokclaims.data;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import tiktokclaims.report.Html;
import tiktokclaims.report.Renderable;

/**
 * Tukey's outlier fences of one column: {@code Q1 - 1.5 IQR} and {@code Q3 + 1.5 IQR}, with pandas' default
 * quantiles ({@link Quantiles}), computed in the same order as the course exemplar so the limits equal pandas'.
 *
 * @param column the column
 * @param q1     first quartile
 * @param q3     third quartile
 * @param iqr    {@code q3 - q1}
 * @param lower  {@code q1 - 1.5 * iqr}
 * @param upper  {@code q3 + 1.5 * iqr}
 */
public record OutlierLimits(String column, double q1, double q3, double iqr, double lower, double upper)
        implements Renderable {

    /** Fences from the quartiles. */
    public static OutlierLimits of(String column, double q1, double q3) {
        double iqr = q3 - q1;
        return new OutlierLimits(column, q1, q3, iqr, q1 - 1.5 * iqr, q3 + 1.5 * iqr);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: Q1 %s, Q3 %s, IQR %s, upper limit Q3 + 1.5 IQR = %s",
                column, num(q1), num(q3), num(iqr), num(upper));
    }

    @Override
    public String toHTML() {
        return "<p class=\"tc-limits\">" + Html.escape(toString()) + "</p>";
    }

    /** Thousands separators and every decimal the value has ("311,333.875"), locale-independent. */
    private static String num(double v) {
        return new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }
}
