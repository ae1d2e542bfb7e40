package tiktokclaims.report;

/**
 * A result that shows itself: {@link #toString()} for the terminal and plain-text notebook output,
 * {@link #toHTML()} for JupyterLab and the rendered reports. Every user-supplied string in the HTML is escaped
 * (see {@link Html#escape(String)}).
 */
public interface Renderable {

    /** An HTML fragment (no {@code <html>} wrapper), every piece of data escaped. */
    String toHTML();
}
