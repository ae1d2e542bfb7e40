package tiktokclaims.diagnostics;

import tiktokclaims.report.Html;
import tiktokclaims.report.Renderable;

/** An assumption check with a verdict and a one-line reason; its text form starts with that line. */
public interface Check extends Renderable {

    /** What is checked, e.g. {@code multicollinearity}. */
    String name();

    Verdict verdict();

    /** Why the verdict, in one sentence with the numbers. */
    String reason();

    /** {@code PASS multicollinearity: ...}: the line a notebook prints. */
    default String verdictLine() {
        return verdict() + " " + name() + ": " + reason();
    }

    /** The verdict line as an HTML paragraph coloured by verdict. */
    default String verdictHtml() {
        String colour = switch (verdict()) {
            case PASS -> "#1a7f37";
            case WARN -> "#9a6700";
            case FAIL -> "#cf222e";
        };
        return "<p><strong style=\"color:" + colour + "\">" + verdict() + "</strong> <strong>" + Html.escape(name())
                + "</strong>: " + Html.escape(reason()) + "</p>";
    }
}
