package tiktokclaims.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generated prose for notebooks and reports, in a small safe subset of Markdown: paragraphs separated by a blank
 * line, a line break at every newline inside a paragraph, bullet lists (a paragraph whose lines all start with
 * {@code "- "}), {@code **bold**} and {@code `code`}. Everything else is text: the HTML form escapes every character first, so
 * numbers and labels taken from the data cannot inject markup. Use {@link #format} to build the text from computed
 * numbers, so that no number on a page is typed by hand.
 */
public final class Markdown implements Renderable {

    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private final String text;

    private Markdown(String text) {
        this.text = text == null ? "" : text;
    }

    /** The given text. */
    public static Markdown of(String text) {
        return new Markdown(text);
    }

    /** {@link String#format} in the root locale (a decimal point, never a comma), as Markdown. */
    public static Markdown format(String template, Object... args) {
        return new Markdown(String.format(Locale.ROOT, template, args));
    }

    /** The source text, as given. */
    public String text() {
        return text;
    }

    /** The text without the bold markers, terminal-safe. */
    @Override
    public String toString() {
        return Html.plain(BOLD.matcher(text).replaceAll("$1"));
    }

    @Override
    public String toHTML() {
        StringBuilder b = new StringBuilder("<div class=\"tc-markdown\">");
        for (String block : text.strip().split("\\n\\s*\\n")) {
            List<String> lines = new ArrayList<>();
            for (String line : block.split("\\n")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
            if (lines.isEmpty()) {
                continue;
            }
            if (lines.stream().allMatch(l -> l.startsWith("- "))) {
                b.append("<ul>");
                for (String l : lines) {
                    b.append("<li>").append(inline(l.substring(2))).append("</li>");
                }
                b.append("</ul>");
            } else {
                b.append("<p>");
                for (int i = 0; i < lines.size(); i++) {
                    b.append(i > 0 ? "<br/>" : "").append(inline(lines.get(i)));
                }
                b.append("</p>");
            }
        }
        return b.append("</div>").toString();
    }

    /**
     * Escapes the line, then turns {@code `x`} into code and {@code **x**} into bold (the markers cannot come from
     * escaping), as JupyterLab shows the same text as Markdown.
     */
    private static String inline(String line) {
        Matcher c = CODE.matcher(Html.escape(line));
        StringBuilder code = new StringBuilder();
        while (c.find()) {
            c.appendReplacement(code, Matcher.quoteReplacement("<code>" + c.group(1) + "</code>"));
        }
        c.appendTail(code);
        Matcher m = BOLD.matcher(code);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement("<b>" + m.group(1) + "</b>"));
        }
        m.appendTail(b);
        return b.toString();
    }
}
