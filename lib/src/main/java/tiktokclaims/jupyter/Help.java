package tiktokclaims.jupyter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tiktokclaims.report.Html;
import tiktokclaims.report.Renderable;

/**
 * What a class offers, in the notebook: {@code help(FIT)}, {@code help(table)}, {@code help(Logit.class)} or
 * {@code help(Table.class, "summarize")} lists the public constructors and methods with their signatures and the
 * first sentence of each one's Javadoc, read from the index that the build extracts from the sources
 * ({@link HelpIndex}): the lib's classes and the Tablesaw and Smile types that the notebooks and the lib import,
 * with their supertypes. Inherited members are listed after the class's own, under the type that declares them.
 * Other classes (the JDK) show signatures only. Renders as text and as escaped HTML.
 */
public final class Help implements Renderable {

    private static final Map<String, Map<String, String[]>> INDEX = load();

    private final Class<?> type;
    private final String classSentence;
    private final List<String[]> rows; // signature, sentence, declaring type when inherited (else empty)
    private final String note;

    private Help(Class<?> type, String classSentence, List<String[]> rows, String note) {
        this.type = type;
        this.classSentence = classSentence;
        this.rows = rows;
        this.note = note;
    }

    /** Help on the object's class (on the class itself when given a {@code Class}). */
    public static Help help(Object object) {
        if (object == null) {
            throw new IllegalArgumentException("help(null): give an object or a class, e.g. help(Logit.class)");
        }
        return help(object instanceof Class<?> ? (Class<?>) object : object.getClass(), null);
    }

    /** Help on the class's public constructors and methods. */
    public static Help help(Class<?> type) {
        return help(type, null);
    }

    /** Help on the class's public methods and fields of that name (all of them when the name is null). */
    public static Help help(Class<?> type, String method) {
        Map<String, String[]> members = INDEX.get(type.getName());
        List<Member> found = new ArrayList<>();
        if (method == null) {
            found.addAll(Arrays.asList(type.getConstructors()));
        }
        for (Method m : type.getMethods()) {
            if (m.getDeclaringClass() != Object.class && !m.isSynthetic() && !m.isBridge()
                    && (method == null || m.getName().equals(method))) {
                found.add(m);
            }
        }
        for (Field f : type.getFields()) {
            if (!f.isSynthetic() && (method == null || f.getName().equals(method))) {
                found.add(f);
            }
        }
        List<Class<?>> order = supertypes(type, false);
        found.sort(Comparator.comparingInt((Member m) -> order.indexOf(m.getDeclaringClass()))
                .thenComparingInt(m -> m instanceof Constructor ? 0 : m instanceof Method ? 1 : 2)
                .thenComparing(Member::getName)
                .thenComparingInt(m -> m instanceof Executable ? ((Executable) m).getParameterCount() : 0)
                .thenComparing(Member::toString));
        List<String[]> rows = new ArrayList<>();
        for (Member m : found) {
            String[] entry = m instanceof Field ? lookup((Field) m) : lookup((Executable) m);
            rows.add(new String[] {entry != null && !entry[0].isEmpty() ? entry[0] : signature(m),
                entry == null ? "" : entry[1],
                m.getDeclaringClass() == type ? "" : m.getDeclaringClass().getName().replaceFirst("^.*\\.", "").replace('$', '.')});
        }
        String note = "";
        if (members == null) {
            note = "Signatures only: no Javadoc index for " + type.getName() + " (the index covers the lib's classes and"
                    + " the Tablesaw and Smile types that the notebooks and the lib import, with their supertypes).";
        }
        if (found.isEmpty()) {
            note = (method == null ? "No public methods." : "No public method or field named " + method + ".") + (note.isEmpty() ? "" : " " + note);
        }
        String[] own = members == null ? null : members.get("");
        return new Help(type, own == null ? "" : own[1], rows, note);
    }

    /** The source signature and first sentence of a field, from the class that declares it. */
    private static String[] lookup(Field f) {
        Map<String, String[]> members = INDEX.get(f.getDeclaringClass().getName());
        return members == null ? null : members.get(f.getName());
    }

    /** The source signature and first sentence of the member, from its class or the nearest type it overrides. */
    private static String[] lookup(Executable e) {
        String key = (e instanceof Constructor ? "<init>" : e.getName()) + "(" + Arrays.stream(e.getParameterTypes())
                .map(Class::getSimpleName).collect(Collectors.joining(",")) + ")";
        String[] signatureOnly = null;
        for (Class<?> c : supertypes(e.getDeclaringClass(), e instanceof Constructor)) {
            Map<String, String[]> members = INDEX.get(c.getName());
            String[] entry = members == null ? null : members.get(key);
            if (entry == null && members != null) {
                // Generic parameters erase differently in source and class file: the only overload of that arity.
                List<String[]> same = members.entrySet().stream()
                        .filter(m -> m.getKey().startsWith(key.substring(0, key.indexOf('(') + 1))
                                && arity(m.getKey()) == e.getParameterCount())
                        .map(Map.Entry::getValue).collect(Collectors.toList());
                entry = same.size() == 1 ? same.get(0) : null;
            }
            if (entry != null && !entry[1].isEmpty()) {
                return signatureOnly == null ? entry : new String[] {signatureOnly[0], entry[1]};
            }
            if (entry != null && signatureOnly == null) {
                signatureOnly = entry;
            }
        }
        return signatureOnly;
    }

    private static int arity(String key) {
        String params = key.substring(key.indexOf('(') + 1, key.length() - 1);
        return params.isEmpty() ? 0 : params.split(",").length;
    }

    private static List<Class<?>> supertypes(Class<?> start, boolean only) {
        List<Class<?>> order = new ArrayList<>();
        List<Class<?>> queue = new ArrayList<>(List.of(start));
        while (!queue.isEmpty()) {
            Class<?> c = queue.remove(0);
            if (c == null || order.contains(c)) {
                continue;
            }
            order.add(c);
            if (!only) {
                queue.add(c.getSuperclass());
                queue.addAll(Arrays.asList(c.getInterfaces()));
            }
        }
        return order;
    }

    private static String signature(Member member) {
        String prefix = Modifier.isStatic(member.getModifiers()) ? "static " : "";
        if (member instanceof Field) {
            return prefix + simple(((Field) member).getGenericType().getTypeName()) + " " + member.getName();
        }
        Executable e = (Executable) member;
        String params = Arrays.stream(e.getGenericParameterTypes()).map(t -> simple(t.getTypeName()))
                .collect(Collectors.joining(", "));
        if (e instanceof Constructor) {
            return "new " + e.getDeclaringClass().getSimpleName() + "(" + params + ")";
        }
        Method m = (Method) e;
        return prefix + simple(m.getGenericReturnType().getTypeName()) + " " + m.getName() + "(" + params + ")";
    }

    /** {@code java.util.List<java.lang.String>} as {@code List<String>}. */
    private static String simple(String typeName) {
        return typeName.replaceAll("\\b[a-z][\\w]*\\.", "").replace('$', '.');
    }

    private static Map<String, Map<String, String[]>> load() {
        Map<String, Map<String, String[]>> index = new HashMap<>();
        InputStream in = Help.class.getClassLoader().getResourceAsStream(HelpIndex.RESOURCE);
        if (in == null) {
            return index;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                if (f.length == 4) {
                    index.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], new String[] {f[1].isEmpty() ? "" : f[2], f[3]});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return index;
    }

    /**
     * One row per constructor, method and field: its signature, the first sentence of its Javadoc (may be empty) and, for
     * an inherited member, the simple name of the type that declares it (else empty); the class's own first.
     */
    public List<String[]> rows() {
        return rows.stream().map(String[]::clone).collect(Collectors.toList());
    }

    /** The first sentence of the class's own Javadoc (empty when there is none or no index for it). */
    public String classSentence() {
        return classSentence;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(type.getName());
        if (!classSentence.isEmpty()) {
            b.append(": ").append(classSentence);
        }
        String group = "";
        for (String[] row : rows) {
            if (!row[2].equals(group)) {
                group = row[2];
                b.append("\n Inherited from ").append(group).append(':');
            }
            b.append("\n  ").append(row[0]);
            if (!row[1].isEmpty()) {
                b.append("\n      ").append(row[1]);
            }
        }
        if (!note.isEmpty()) {
            b.append("\n").append(note);
        }
        return Html.plain(b.toString());
    }

    @Override
    public String toHTML() {
        StringBuilder b = new StringBuilder("<div class=\"tc-help\"><p><b>").append(Html.escape(type.getName())).append("</b>");
        if (!classSentence.isEmpty()) {
            b.append(": ").append(Html.escape(classSentence));
        }
        b.append("</p><table><tbody>");
        String group = "";
        for (String[] row : rows) {
            if (!row[2].equals(group)) {
                group = row[2];
                b.append("<tr><th colspan=\"2\" style=\"text-align:left\">Inherited from ").append(Html.escape(group))
                        .append("</th></tr>");
            }
            b.append("<tr><td style=\"text-align:left\"><code>").append(Html.escape(row[0]))
                    .append("</code></td><td style=\"text-align:left\">").append(Html.escape(row[1])).append("</td></tr>");
        }
        b.append("</tbody></table>");
        if (!note.isEmpty()) {
            b.append("<p>").append(Html.escape(note)).append("</p>");
        }
        return b.append("</div>").toString();
    }
}
