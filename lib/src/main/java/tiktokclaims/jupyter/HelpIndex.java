package tiktokclaims.jupyter;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeParameterTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Build-time tool (run by Maven in {@code process-classes}, see lib/pom.xml): reads Java sources with the JDK's
 * compiler API (parsing only) and writes the help index that {@link Help} shows, {@link #RESOURCE} in the classes
 * folder. It indexes every lib source, and from the libraries' sources jars (Tablesaw, Smile: fetched from Maven
 * Central by the build, classifier {@code sources}) only the types the notebooks and the lib use: those their
 * {@code import}s name (a package import takes the package's types), with all their supertypes found in the jars,
 * so that inherited members have their sentences too. One line per public type, constructor, method and field of a
 * public type: binary class name, member key ({@code name(ErasedSimpleParameterTypes)}, a field's name, empty for
 * the type itself), the
 * signature as written in the source, and the first sentence of its Javadoc as text ({@link DocText}),
 * tab-separated. Nothing is hand-copied.
 *
 * <p>Usage: {@code java tiktokclaims.jupyter.HelpIndex CLASSES_DIR LIB_SOURCE_DIR NOTEBOOKS_DIR [SOURCES_JAR...]}.
 */
public final class HelpIndex {

    /** The index's resource name, inside the lib's jar and classes folder. */
    public static final String RESOURCE = "META-INF/tiktok-claims-help.tsv";

    /** An import in a notebook cell (code or a recipe in Markdown), as it stands in the .ipynb's JSON text. */
    private static final Pattern IMPORT = Pattern.compile("\\bimport\\s+(static\\s+)?([\\w.]+?)(\\.\\*)?\\s*;");

    private HelpIndex() {
    }

    /** Writes the index to {@code args[0]/}{@link #RESOURCE}; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: HelpIndex CLASSES_DIR LIB_SOURCE_DIR NOTEBOOKS_DIR [SOURCES_JAR...]");
            System.exit(2);
        }
        List<Path> jars = Stream.of(args).skip(3).map(Path::of).collect(Collectors.toList());
        List<String> lines = index(Path.of(args[1]), notebookImports(Path.of(args[2])), jars);
        Path out = Path.of(args[0]).resolve(RESOURCE);
        Files.createDirectories(out.getParent());
        Path tmp = Files.createTempFile(out.getParent(), "help", ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                w.write(line);
                w.write('\n');
            }
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The imports of every notebook under the folder, as written ({@code tech.tablesaw.api.*},
     * {@code tech.tablesaw.aggregate.AggregateFunctions}; a static import as its type).
     */
    public static Set<String> notebookImports(Path notebooks) throws IOException {
        Set<String> found = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(notebooks)) {
            files = s.filter(p -> p.toString().endsWith(".ipynb")).collect(Collectors.toList());
        }
        for (Path f : files) {
            // JSON text: a recipe's lines may be one string with \n escapes between them.
            Matcher m = IMPORT.matcher(Files.readString(f, StandardCharsets.UTF_8).replace("\\n", "\n"));
            while (m.find()) {
                found.add(importName(m.group(2), m.group(1) != null, m.group(3) != null));
            }
        }
        return found;
    }

    /** An import as a seed: {@code a.b.*} for a package import, else the type ({@code a.b.C}) it names. */
    private static String importName(String name, boolean isStatic, boolean star) {
        if (isStatic) {
            return star ? name : name.substring(0, name.lastIndexOf('.'));
        }
        return star ? name + ".*" : name;
    }

    /**
     * The index lines: every public member of the lib's sources, then the types that {@code seeds} (imports) and the
     * lib's own imports name in the sources jars, with their supertypes.
     */
    public static List<String> index(Path libSources, Set<String> seeds, List<Path> sourcesJars) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(libSources)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
        List<String> lines = new ArrayList<>();
        Set<String> wanted = new TreeSet<>(seeds);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager fm = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8);
             Library library = new Library(compiler, fm, sourcesJars)) {
            JavacTask task = (JavacTask) compiler.getTask(null, fm, d -> { }, List.of("-proc:none"), null,
                    fm.getJavaFileObjectsFromPaths(files));
            DocTrees docs = DocTrees.instance(task);
            for (CompilationUnitTree unit : task.parse()) {
                new Scanner(docs, unit, lines).scan(unit, null);
                for (ImportTree i : unit.getImports()) {
                    String name = i.getQualifiedIdentifier().toString();
                    wanted.add(importName(name.replaceFirst("\\.\\*$", ""), i.isStatic(), name.endsWith(".*")));
                }
            }
            for (Parsed p : library.closure(wanted).values()) {
                new Scanner(p.docs, p.unit, lines).scan(p.unit, null);
            }
        }
        return lines;
    }

    /** A parsed source file and the doc trees of its task. */
    private static final class Parsed {
        final CompilationUnitTree unit;
        final DocTrees docs;

        Parsed(CompilationUnitTree unit, DocTrees docs) {
            this.unit = unit;
            this.docs = docs;
        }
    }

    /** The sources jars: top-level types by name, parsed a package at a time when first needed. */
    private static final class Library implements AutoCloseable {
        private final JavaCompiler compiler;
        private final StandardJavaFileManager fm;
        private final List<FileSystem> jars = new ArrayList<>();
        private final Map<String, Path> files = new HashMap<>(); // a.b.C -> a/b/C.java in its jar
        private final Map<String, Parsed> parsed = new HashMap<>();
        private final Set<String> parsedPackages = new TreeSet<>();

        Library(JavaCompiler compiler, StandardJavaFileManager fm, List<Path> sourcesJars) throws IOException {
            this.compiler = compiler;
            this.fm = fm;
            for (Path jar : sourcesJars) {
                FileSystem zip = FileSystems.newFileSystem(jar);
                jars.add(zip);
                try (Stream<Path> s = Files.walk(zip.getPath("/"))) {
                    s.filter(p -> p.toString().endsWith(".java") && !p.getFileName().toString().contains("-")).forEach(p -> {
                        String name = p.toString().substring(1, p.toString().length() - ".java".length()).replace('/', '.');
                        files.putIfAbsent(name, p);
                    });
                }
            }
        }

        /**
         * The wanted types (a.b.C, a.b.*) found in the jars, the types their public methods return (what an analyst
         * holds next: {@code table.summarize(..)} is a {@code Summarizer}), and the supertypes of all of these,
         * sorted by name.
         */
        Map<String, Parsed> closure(Set<String> wanted) throws IOException {
            Deque<String> queue = new ArrayDeque<>();
            for (String w : wanted) {
                if (w.endsWith(".*")) {
                    String pkg = w.substring(0, w.length() - 2);
                    files.keySet().stream().filter(n -> n.startsWith(pkg + ".") && n.indexOf('.', pkg.length() + 1) < 0)
                            .sorted().forEach(queue::add);
                } else {
                    String top = topLevel(w);
                    if (top != null) {
                        queue.add(top);
                    }
                }
            }
            Set<String> seeds = Set.copyOf(queue);
            Map<String, Parsed> included = new TreeMap<>();
            while (!queue.isEmpty()) {
                String name = queue.remove();
                if (included.containsKey(name)) {
                    continue;
                }
                Parsed p = parse(name);
                included.put(name, p);
                new TreePathScanner<Void, Void>() {
                    @Override
                    public Void visitClass(ClassTree tree, Void unused) {
                        List<Tree> supers = new ArrayList<>(tree.getImplementsClause());
                        if (tree.getExtendsClause() != null) {
                            supers.add(tree.getExtendsClause());
                        }
                        for (Tree s : supers) {
                            String found = resolve(p.unit, s.toString().replaceAll("<.*", "").strip());
                            if (found != null) {
                                queue.add(found);
                            }
                        }
                        return super.visitClass(tree, unused);
                    }

                    @Override
                    public Void visitMethod(MethodTree tree, Void unused) {
                        if (seeds.contains(name) && tree.getReturnType() != null
                                && tree.getModifiers().getFlags().contains(Modifier.PUBLIC)) {
                            String found = resolve(p.unit, tree.getReturnType().toString().replaceAll("<.*|\\[.*", "").strip());
                            if (found != null) {
                                queue.add(found);
                            }
                        }
                        return null;
                    }
                }.scan(p.unit, null);
            }
            return included;
        }

        /** The top-level type in the jars that a (possibly nested) qualified name belongs to, or null. */
        private String topLevel(String name) {
            for (String n = name; n.contains("."); n = n.substring(0, n.lastIndexOf('.'))) {
                if (files.containsKey(n)) {
                    return n;
                }
            }
            return null;
        }

        /** The top-level type that a supertype name in a source file denotes, or null when not in the jars. */
        private String resolve(CompilationUnitTree unit, String name) {
            String first = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            String rest = name.substring(first.length());
            List<String> candidates = new ArrayList<>();
            for (ImportTree i : unit.getImports()) {
                String imported = i.getQualifiedIdentifier().toString();
                if (!i.isStatic() && imported.endsWith("." + first)) {
                    candidates.add(imported + rest);
                }
            }
            String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
            candidates.add(pkg + "." + name);
            for (ImportTree i : unit.getImports()) {
                String imported = i.getQualifiedIdentifier().toString();
                if (!i.isStatic() && imported.endsWith(".*")) {
                    candidates.add(imported.substring(0, imported.length() - 1) + name);
                }
            }
            candidates.add(name);
            for (String c : candidates) {
                String top = topLevel(c);
                if (top != null && (c.equals(top) || c.startsWith(top + "."))) {
                    return top;
                }
            }
            return null;
        }

        private Parsed parse(String type) throws IOException {
            String pkg = type.substring(0, type.lastIndexOf('.'));
            if (parsedPackages.add(pkg)) {
                List<Source> sources = new ArrayList<>();
                for (Map.Entry<String, Path> e : new TreeMap<>(files).entrySet()) {
                    if (e.getKey().startsWith(pkg + ".") && e.getKey().indexOf('.', pkg.length() + 1) < 0) {
                        sources.add(new Source(e.getKey(), e.getValue()));
                    }
                }
                JavacTask task = (JavacTask) compiler.getTask(null, fm, d -> { }, List.of("-proc:none"), null, sources);
                DocTrees docs = DocTrees.instance(task);
                Map<URI, String> types = sources.stream().collect(Collectors.toMap(Source::toUri, src -> src.type));
                for (CompilationUnitTree unit : task.parse()) {
                    parsed.put(types.get(unit.getSourceFile().toUri()), new Parsed(unit, docs));
                }
            }
            return parsed.get(type);
        }

        @Override
        public void close() throws IOException {
            for (FileSystem zip : jars) {
                zip.close();
            }
        }
    }

    /** A source file inside a jar, read when javac parses it. */
    private static final class Source extends SimpleJavaFileObject {
        final String type;
        private final Path path;

        Source(String type, Path path) {
            super(URI.create("jar:///" + path.toString().substring(1)), JavaFileObject.Kind.SOURCE);
            this.type = type;
            this.path = path;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) throws IOException {
            return Files.readString(path, StandardCharsets.UTF_8);
        }
    }

    private static final class Scanner extends TreePathScanner<Void, Void> {
        private final DocTrees docs;
        private final CompilationUnitTree unit;
        private CharSequence content;
        private final String pkg;
        private final List<String> lines;
        private final Deque<String> classes = new ArrayDeque<>();
        private final Deque<Boolean> interfaces = new ArrayDeque<>();
        private final Deque<Map<String, String>> typeVariables = new ArrayDeque<>();

        Scanner(DocTrees docs, CompilationUnitTree unit, List<String> lines) {
            this.docs = docs;
            this.unit = unit;
            this.pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString() + ".";
            this.lines = lines;
        }

        @Override
        public Void visitClass(ClassTree tree, Void unused) {
            boolean inInterface = !interfaces.isEmpty() && interfaces.peek();
            boolean visible = tree.getModifiers().getFlags().contains(Modifier.PUBLIC) || inInterface;
            if (!visible || (!classes.isEmpty() && classes.peek().isEmpty())) {
                classes.push(""); // not public: neither it nor its members are indexed
            } else {
                String name = classes.isEmpty() ? pkg + tree.getSimpleName() : classes.peek() + "$" + tree.getSimpleName();
                classes.push(name);
                lines.add(String.join("\t", name, "", tree.getKind().name().toLowerCase() + " " + tree.getSimpleName(),
                        firstSentence(getCurrentPath())));
            }
            interfaces.push(tree.getKind() == Tree.Kind.INTERFACE || tree.getKind() == Tree.Kind.ANNOTATION_TYPE);
            typeVariables.push(erasures(tree.getTypeParameters()));
            try {
                return super.visitClass(tree, unused);
            } finally {
                classes.pop();
                interfaces.pop();
                typeVariables.pop();
            }
        }

        @Override
        public Void visitMethod(MethodTree tree, Void unused) {
            String owner = classes.peek();
            boolean inInterface = interfaces.peek();
            Set<Modifier> flags = tree.getModifiers().getFlags();
            if (!owner.isEmpty() && (flags.contains(Modifier.PUBLIC) || (inInterface && !flags.contains(Modifier.PRIVATE)))) {
                typeVariables.push(erasures(tree.getTypeParameters()));
                boolean constructor = tree.getReturnType() == null;
                String name = constructor ? "<init>" : tree.getName().toString();
                List<String> keys = new ArrayList<>();
                List<String> params = new ArrayList<>();
                for (VariableTree p : tree.getParameters()) {
                    String type = p.getType().toString();
                    keys.add(erased(type));
                    params.add((isVarargs(p) ? type.replaceFirst("\\[]$", "...") : type) + " " + p.getName());
                }
                typeVariables.pop();
                String shown = constructor ? "new " + owner.substring(owner.lastIndexOf('.') + 1).replace('$', '.')
                        : (flags.contains(Modifier.STATIC) ? "static " : "") + tree.getReturnType() + " " + name;
                lines.add(String.join("\t", owner, name + "(" + String.join(",", keys) + ")",
                        shown + "(" + String.join(", ", params) + ")", firstSentence(getCurrentPath())));
            }
            return null; // local and anonymous classes inside a method are not part of the API
        }

        /** A field (an enum constant too) of a public type: public, or any in an interface. */
        @Override
        public Void visitVariable(VariableTree tree, Void unused) {
            String owner = classes.peek();
            Set<Modifier> flags = tree.getModifiers().getFlags();
            if (owner != null && !owner.isEmpty() && (flags.contains(Modifier.PUBLIC) || interfaces.peek())) {
                String name = tree.getName().toString();
                lines.add(String.join("\t", owner, name, (flags.contains(Modifier.STATIC) || interfaces.peek() ? "static " : "")
                        + tree.getType() + " " + name, firstSentence(getCurrentPath())));
            }
            return null; // an initializer's anonymous class is not part of the API
        }

        /** A {@code String... names} parameter (javac's tree shows its type as {@code String[]}). */
        private boolean isVarargs(VariableTree p) {
            long start = docs.getSourcePositions().getStartPosition(unit, p.getType());
            long end = docs.getSourcePositions().getEndPosition(unit, p);
            if (start < 0 || end <= start) {
                return false;
            }
            if (content == null) {
                try {
                    content = unit.getSourceFile().getCharContent(true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return content.subSequence((int) start, (int) end).toString().contains("...");
        }

        /** The erased simple name as reflection names it, a type variable as its first bound ({@code Object}). */
        private String erased(String type) {
            String simple = erasedSimpleName(type);
            String base = simple.replace("[]", "");
            for (Map<String, String> scope : typeVariables) {
                if (scope.containsKey(base)) {
                    return scope.get(base) + simple.substring(base.length());
                }
            }
            return simple;
        }

        private Map<String, String> erasures(List<? extends TypeParameterTree> parameters) {
            Map<String, String> scope = new HashMap<>();
            typeVariables.push(scope);
            for (TypeParameterTree p : parameters) {
                scope.put(p.getName().toString(), p.getBounds().isEmpty() ? "Object" : erased(p.getBounds().get(0).toString()));
            }
            typeVariables.pop();
            return scope;
        }

        private String firstSentence(TreePath path) {
            DocCommentTree doc = docs.getDocCommentTree(path);
            return doc == null ? "" : DocText.firstSentence(doc.getFullBody());
        }
    }

    /** {@code java.util.List<String>} as {@code List}, {@code String...} as {@code String[]}: as reflection names it. */
    static String erasedSimpleName(String type) {
        StringBuilder b = new StringBuilder();
        int depth = 0;
        for (char c : type.toCharArray()) {
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (depth == 0 && !Character.isWhitespace(c)) {
                b.append(c);
            }
        }
        String t = b.toString().replace("...", "[]");
        String base = t.replace("[]", "");
        String dims = t.substring(base.length());
        return base.substring(base.lastIndexOf('.') + 1) + dims;
    }
}
