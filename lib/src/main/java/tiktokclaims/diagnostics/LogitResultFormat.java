package tiktokclaims.diagnostics;

import java.util.Locale;
import tiktokclaims.report.Html;

/** Number formats shared by the checks. */
final class LogitResultFormat {

    private LogitResultFormat() {
    }

    /** Four decimals for ordinary magnitudes, scientific notation for very small or large ones. */
    static String num(double v) {
        double a = Math.abs(v);
        if (v == 0 || Double.isNaN(v) || a >= 1e-3 && a < 1e6) {
            return Html.fixed(v, 4);
        }
        return String.format(Locale.ROOT, "%.3e", v);
    }

    /** A p-value: three decimals, or {@code < 0.001}. */
    static String p(double v) {
        return v < 0.001 ? String.format(Locale.ROOT, "%.1e", v) : Html.fixed(v, 3);
    }
}
