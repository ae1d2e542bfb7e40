package tiktokclaims.report;

/**
 * The first thing a page shows: which data it describes. Synthetic sample data get a loud red SAMPLE DATA box, so
 * that nobody mistakes a page rendered from generated rows for a finding about real reports; the real dataset gets
 * one quiet line.
 *
 * @param headline the banner's first words, e.g. {@code SAMPLE DATA}
 * @param detail   the sentence after it
 * @param warning  true for the red box
 */
public record Banner(String headline, String detail, boolean warning) implements Renderable {

    /** The banner of a loaded dataset: the file, its rows, and whether it is generated sample data. */
    public static Banner dataset(String file, long rows, boolean sample) {
        String source = file + " (" + Html.thousands(rows) + " rows)";
        if (sample) {
            return new Banner("SAMPLE DATA", "synthetic rows from ./tiktok-claims generate, not the real reports: "
                    + "every number and chart on this page describes made-up data. File: " + source, true);
        }
        return new Banner("Data", source, false);
    }

    @Override
    public String toString() {
        return Html.plain(warning ? "*** " + headline + " *** " + detail : headline + ": " + detail);
    }

    @Override
    public String toHTML() {
        if (warning) {
            return "<div class=\"tc-banner tc-warning\" style=\"border:3px solid #b00;background:#fdecea;"
                    + "color:#600;padding:8px 12px;margin:4px 0;font-size:1.15em\"><b style=\"font-size:1.3em\">"
                    + Html.escape(headline) + "</b> &#8212; " + Html.escape(detail) + "</div>";
        }
        return "<div class=\"tc-banner\" style=\"color:#555;font-size:0.9em\">" + Html.escape(headline) + ": "
                + Html.escape(detail) + "</div>";
    }
}
