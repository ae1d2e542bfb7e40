package tiktokclaims.prose;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tiktokclaims.data.DataFiles;
import tiktokclaims.report.Effects;
import tiktokclaims.report.Formatted;
import tiktokclaims.report.Html;
import tiktokclaims.report.Markdown;

/**
 * A notebook's narrative, kept as Markdown text in {@code notebooks/prose/NN-name.md} and filled with numbers from
 * typed results by name: {@code Prose.of("05-executive-summary", "answer").fill(SUMMARY)} is the whole cell.
 *
 * <p>A prose file holds sections; each starts with a line {@code ## id} and runs to the next such line (text
 * before the first section is a note for the analyst and is never shown). The text is {@link Markdown}: paragraphs,
 * {@code - } bullets, {@code **bold**}; every character is escaped in the HTML form.
 *
 * <p>Placeholders, resolved against the value given to {@link #fill}:
 * <ul>
 * <li>{@code {name}}, {@code {a.b.c}}: a path; each step is a key of a {@link Map} or a public no-argument method
 * (a record component, an accessor such as {@code precision()}). Whole numbers print with thousands separators
 * ({@code 19,084}), text as it is; a decimal number must name its format.</li>
 * <li>{@code {name:0.000}}: a fixed count of decimals ({@code 0} for none); {@code {name:#,##0.0}} with thousands
 * separators; a trailing {@code %} multiplies by 100 and appends a percent sign ({@code {share:0.0%}} is
 * {@code 12.3%}); a trailing {@code e0} writes the number in scientific notation ({@code {diff:0.0e0}} is
 * {@code 3.2e-13}); {@code {p:p}} a p-value as {@code < 0.001} or {@code = 0.17}. A value that implements
 * {@link Formatted} reads any other format itself (an effect: {@code {effect:per second}}).</li>
 * <li>{@code {flag?words if true|words if false}}: a yes/no value chooses the words; the words may hold
 * placeholders and further choices; either side may be empty. Both sides are filled (the one not shown too), so
 * a misspelt name fails whichever way the value goes.</li>
 * <li>{@code {{} and (outside a choice) {@code }}} are a literal brace.</li>
 * </ul>
 * A placeholder that names nothing, a decimal without a format, a choice on a value that is not yes/no, a
 * malformed brace: each throws {@link ProseException} naming the file, the line and the placeholder. Nothing is
 * ever printed blank. The file is read at every call, so an edited prose file shows when the cell is run again.
 */
public final class Prose {

    private static final Pattern SECTION = Pattern.compile("^## +([A-Za-z0-9][A-Za-z0-9_-]*) *$");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Pattern NUMBER = Pattern.compile("(#,##)?0(\\.(0+))?(%|e0)?");

    private final String source;
    private final int firstLine;
    private final String text;

    private Prose(String source, int firstLine, String text) {
        this.source = source;
        this.firstLine = firstLine;
        this.text = text;
    }

    /** The folder of the prose files: {@code notebooks/prose} in the project ({@link DataFiles#projectRoot()}). */
    public static Path folder() {
        return DataFiles.projectRoot().resolve("notebooks").resolve("prose");
    }

    /**
     * One section of a notebook's prose file, read from {@link #folder()}.
     *
     * @param notebook the notebook's name without extension, e.g. {@code "05-executive-summary"}
     * @param section  the id after {@code ## } in the file
     * @throws ProseException when the file or the section is missing
     */
    public static Prose of(String notebook, String section) {
        if (notebook == null || !NAME.matcher(notebook).matches()) {
            throw new ProseException("not a notebook name: '" + notebook + "' (letters, digits, - and _ only)");
        }
        Path file = folder().resolve(notebook + ".md");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ProseException("cannot read the prose file " + file + ": " + e.getMessage());
        }
        return sections("notebooks/prose/" + notebook + ".md", text).section(section);
    }

    /** The sections of one prose file's text; {@code source} names it in messages. */
    public static Sections sections(String source, String text) {
        Map<String, Prose> found = new LinkedHashMap<>();
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        String id = null;
        int start = 0;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i <= lines.length; i++) {
            Matcher m = i < lines.length ? SECTION.matcher(lines[i]) : null;
            if (i == lines.length || m.matches()) {
                if (id != null) {
                    found.put(id, new Prose(source, start, body.toString().strip()));
                }
                if (i < lines.length) {
                    id = m.group(1);
                    if (found.containsKey(id)) {
                        throw new ProseException(source + " line " + (i + 1) + ": section '" + id + "' twice");
                    }
                    start = i + 2;
                    body.setLength(0);
                }
            } else if (id != null) {
                body.append(lines[i]).append('\n');
            }
        }
        return new Sections(source, found);
    }

    /** The sections of one prose file, by id. */
    public static final class Sections {

        private final String source;
        private final Map<String, Prose> sections;

        private Sections(String source, Map<String, Prose> sections) {
            this.source = source;
            this.sections = sections;
        }

        /** The section {@code id}; ProseException listing the ids there are when absent. */
        public Prose section(String id) {
            Prose p = sections.get(id);
            if (p == null) {
                throw new ProseException(source + ": no section '## " + id + "' (sections: "
                        + String.join(", ", sections.keySet()) + ")");
            }
            return p;
        }

        /** The ids, in file order. */
        public List<String> ids() {
            return List.copyOf(sections.keySet());
        }
    }

    /** The template text, placeholders unfilled. */
    public String text() {
        return text;
    }

    /** The text with every placeholder filled from {@code values}, as Markdown (escaped in its HTML form). */
    public Markdown fill(Object values) {
        Parser p = new Parser(values);
        String out = p.run(false);
        return Markdown.of(out);
    }

    /** Recursive-descent filling: text, {@code {path}}, {@code {path:format}}, {@code {path?yes|no}}. */
    private final class Parser {

        private final Object root;
        private int pos;

        Parser(Object root) {
            this.root = root;
        }

        /** Text up to the end, or (inside a choice) up to an unmatched {@code |} or {@code }}. */
        String run(boolean inChoice) {
            StringBuilder b = new StringBuilder();
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '{' && pos + 1 < text.length() && text.charAt(pos + 1) == '{') {
                    b.append('{');
                    pos += 2;
                } else if (!inChoice && c == '}' && pos + 1 < text.length() && text.charAt(pos + 1) == '}') {
                    b.append('}');
                    pos += 2;
                } else if (c == '{') {
                    b.append(placeholder());
                } else if (inChoice && (c == '|' || c == '}')) {
                    return b.toString();
                } else if (c == '}') {
                    throw error(pos, "a '}' without its '{' (write }} for a literal brace)");
                } else {
                    b.append(c);
                    pos++;
                }
            }
            if (inChoice) {
                throw error(pos, "a choice {flag?yes|no} is not closed");
            }
            return b.toString();
        }

        private String placeholder() {
            int open = pos++;
            int start = pos;
            while (pos < text.length() && "}:?".indexOf(text.charAt(pos)) < 0 && text.charAt(pos) != '\n') {
                pos++;
            }
            String path = text.substring(start, pos);
            if (!PATH.matcher(path).matches() || pos >= text.length() || text.charAt(pos) == '\n') {
                throw error(open, "malformed placeholder {" + path
                        + "... (write {name}, {name:format} or {flag?yes|no}; {{ for a literal brace)");
            }
            char c = text.charAt(pos++);
            if (c == '}') {
                return plain(open, path, resolve(open, path));
            }
            if (c == ':') {
                int end = text.indexOf('}', pos);
                int line = text.indexOf('\n', pos);
                if (end < 0 || (line >= 0 && line < end)) {
                    throw error(open, "placeholder {" + path + ":... is not closed on its line");
                }
                String format = text.substring(pos, end);
                pos = end + 1;
                return formatted(open, path, resolve(open, path), format);
            }
            Object v = resolve(open, path);
            if (!(v instanceof Boolean)) {
                throw error(open, "{" + path + "?...} chooses words by a yes/no value, but " + path + " is "
                        + describe(v));
            }
            String yes = run(true);
            String no = "";
            if (pos < text.length() && text.charAt(pos) == '|') {
                pos++;
                no = run(true);
            }
            if (pos >= text.length() || text.charAt(pos) != '}') {
                throw error(open, "choice {" + path + "?...} has more than two sides");
            }
            pos++;
            return (Boolean) v ? yes : no;
        }

        private Object resolve(int at, String path) {
            Object v = root;
            String done = "";
            for (String step : path.split("\\.")) {
                v = step(at, path, done, v, step);
                done = done.isEmpty() ? step : done + "." + step;
            }
            if (v == null) {
                throw error(at, "{" + path + "} is null: no value to show");
            }
            return v;
        }

        private Object step(int at, String path, String done, Object v, String step) {
            String where = done.isEmpty() ? "the values" : done;
            if (v == null) {
                throw error(at, "{" + path + "}: " + where + " is null");
            }
            if (v instanceof Map<?, ?> m) {
                if (!m.containsKey(step)) {
                    TreeSet<String> keys = new TreeSet<>();
                    m.keySet().forEach(k -> keys.add(String.valueOf(k)));
                    throw error(at, "unknown placeholder {" + path + "}: " + where + " has no '" + step
                            + "' (it has: " + String.join(", ", keys) + ")");
                }
                return m.get(step);
            }
            Method method = accessor(v.getClass(), step);
            if (method == null) {
                throw error(at, "unknown placeholder {" + path + "}: " + where + " ("
                        + v.getClass().getSimpleName() + ") has no '" + step + "' (it has: "
                        + String.join(", ", accessors(v.getClass())) + ")");
            }
            try {
                return method.invoke(v);
            } catch (InvocationTargetException e) {
                throw error(at, "{" + path + "}: " + step + "() failed: " + e.getCause());
            } catch (IllegalAccessException e) {
                throw error(at, "{" + path + "}: " + step + "() cannot be called: " + e.getMessage());
            }
        }

        private String plain(int at, String path, Object v) {
            if (v instanceof Double || v instanceof Float) {
                throw error(at, "{" + path + "} is a decimal number (" + v + "): give it a format, e.g. {" + path
                        + ":0.000} or {" + path + ":0.0%}");
            }
            if (v instanceof Long || v instanceof Integer || v instanceof Short) {
                return Html.thousands(((Number) v).longValue());
            }
            if (v instanceof Markdown md) {
                return md.text();
            }
            return String.valueOf(v);
        }

        private String formatted(int at, String path, Object v, String format) {
            if (v instanceof Formatted f) {
                try {
                    return f.formatted(format);
                } catch (IllegalArgumentException e) {
                    throw error(at, "{" + path + ":" + format + "}: " + e.getMessage());
                }
            }
            if (!(v instanceof Number n)) {
                throw error(at, "{" + path + ":" + format + "}: a number format, but " + path + " is " + describe(v));
            }
            double x = n.doubleValue();
            if (format.equals("p")) {
                return Effects.pValue(x);
            }
            Matcher m = NUMBER.matcher(format);
            if (!m.matches()) {
                throw error(at, "{" + path + ":" + format + "}: unknown format '" + format
                        + "' (0, 0.00, #,##0.0, 0.0%, 0.0e0, p)");
            }
            int decimals = m.group(3) == null ? 0 : m.group(3).length();
            boolean percent = "%".equals(m.group(4));
            String spec = "%" + (m.group(1) != null ? "," : "") + "." + decimals + ("e0".equals(m.group(4)) ? "e" : "f");
            return String.format(Locale.ROOT, spec, percent ? 100 * x : x) + (percent ? "%" : "");
        }

        private ProseException error(int at, String message) {
            int line = firstLine;
            for (int i = 0; i < at && i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return new ProseException(source + " line " + line + ": " + message);
        }
    }

    private static String describe(Object v) {
        return v == null ? "null" : v.getClass().getSimpleName() + " " + v;
    }

    /** The public no-argument method {@code name}, looked up on a public type (List.of's class is not one). */
    private static Method accessor(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Method m = publicMethod(c, name);
            if (m != null) {
                return m;
            }
            for (Class<?> i : c.getInterfaces()) {
                m = publicMethod(i, name);
                if (m != null) {
                    return m;
                }
            }
        }
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                    && m.getReturnType() != void.class && m.trySetAccessible()) {
                return m;
            }
        }
        return null;
    }

    private static Method publicMethod(Class<?> c, String name) {
        if (!Modifier.isPublic(c.getModifiers())) {
            return null;
        }
        try {
            Method m = c.getMethod(name);
            return Modifier.isStatic(m.getModifiers()) || m.getReturnType() == void.class ? null : m;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static List<String> accessors(Class<?> type) {
        TreeSet<String> names = new TreeSet<>();
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class
                    && !List.of("toHTML", "toString", "hashCode", "getClass").contains(m.getName())) {
                names.add(m.getName());
            }
        }
        return new ArrayList<>(names);
    }
}
