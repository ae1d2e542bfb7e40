package tiktokclaims.jupyter;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.EntityTree;
import com.sun.source.doctree.LinkTree;
import com.sun.source.doctree.LiteralTree;
import com.sun.source.doctree.TextTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Build-time tool (run by Maven in {@code process-classes}, see lib/pom.xml): reads the lib's Java sources with the
 * JDK's compiler API and writes the help index that {@link Help} shows, {@link #RESOURCE} in the classes folder.
 * One line per public type, constructor and method of a public type: binary class name, member key
 * ({@code name(ErasedSimpleParameterTypes)}, empty for the type itself), the signature as written in the source,
 * and the first sentence of its Javadoc (as the javadoc tool finds it), tab-separated. Nothing is hand-copied.
 *
 * <p>Usage: {@code java tiktokclaims.jupyter.HelpIndex SOURCE_DIR CLASSES_DIR}.
 */
public final class HelpIndex {

    /** The index's resource name, inside the lib's jar and classes folder. */
    public static final String RESOURCE = "META-INF/tiktok-claims-help.tsv";

    private HelpIndex() {
    }

    /** Writes the index of the sources under {@code args[0]} to {@code args[1]/}{@link #RESOURCE}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: HelpIndex SOURCE_DIR CLASSES_DIR");
            System.exit(2);
        }
        List<String> lines = index(Path.of(args[0]));
        Path out = Path.of(args[1]).resolve(RESOURCE);
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

    /** The index lines for every {@code .java} file under the folder. */
    public static List<String> index(Path sourceDir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(sourceDir)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<String> lines = new ArrayList<>();
        try (StandardJavaFileManager fm = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            JavacTask task = (JavacTask) compiler.getTask(null, fm, d -> { }, List.of("-proc:none"), null,
                    fm.getJavaFileObjectsFromPaths(files));
            DocTrees docs = DocTrees.instance(task);
            for (CompilationUnitTree unit : task.parse()) {
                String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString() + ".";
                new Scanner(docs, pkg, lines).scan(unit, null);
            }
        }
        return lines;
    }

    private static final class Scanner extends TreePathScanner<Void, Void> {
        private final DocTrees docs;
        private final String pkg;
        private final List<String> lines;
        private final Deque<String> classes = new ArrayDeque<>();
        private final Deque<Boolean> interfaces = new ArrayDeque<>();

        Scanner(DocTrees docs, String pkg, List<String> lines) {
            this.docs = docs;
            this.pkg = pkg;
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
            try {
                return super.visitClass(tree, unused);
            } finally {
                classes.pop();
                interfaces.pop();
            }
        }

        @Override
        public Void visitMethod(MethodTree tree, Void unused) {
            String owner = classes.peek();
            boolean inInterface = interfaces.peek();
            Set<Modifier> flags = tree.getModifiers().getFlags();
            if (!owner.isEmpty() && (flags.contains(Modifier.PUBLIC) || (inInterface && !flags.contains(Modifier.PRIVATE)))) {
                boolean constructor = tree.getReturnType() == null;
                String name = constructor ? "<init>" : tree.getName().toString();
                List<String> keys = new ArrayList<>();
                List<String> params = new ArrayList<>();
                for (VariableTree p : tree.getParameters()) {
                    String type = p.getType().toString();
                    keys.add(erasedSimpleName(type));
                    params.add(type + " " + p.getName());
                }
                String shown = constructor ? "new " + owner.substring(owner.lastIndexOf('.') + 1).replace('$', '.')
                        : (flags.contains(Modifier.STATIC) ? "static " : "") + tree.getReturnType() + " " + name;
                lines.add(String.join("\t", owner, name + "(" + String.join(",", keys) + ")",
                        shown + "(" + String.join(", ", params) + ")", firstSentence(getCurrentPath())));
            }
            return null; // local and anonymous classes inside a method are not part of the API
        }

        @Override
        public Void visitVariable(VariableTree tree, Void unused) {
            return null;
        }

        private String firstSentence(TreePath path) {
            DocCommentTree doc = docs.getDocCommentTree(path);
            return doc == null ? "" : text(doc.getFirstSentence());
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

    /** A Javadoc fragment as plain text: inline code and links as their text, whitespace collapsed. */
    static String text(List<? extends DocTree> trees) {
        StringBuilder b = new StringBuilder();
        for (DocTree t : trees) {
            if (t instanceof TextTree) {
                b.append(((TextTree) t).getBody());
            } else if (t instanceof LiteralTree) {
                b.append(((LiteralTree) t).getBody().getBody());
            } else if (t instanceof LinkTree) {
                LinkTree link = (LinkTree) t;
                b.append(link.getLabel().isEmpty()
                        ? link.getReference().getSignature().replaceFirst("^#", "").replace('#', '.')
                        : text(link.getLabel()));
            } else if (t instanceof EntityTree) {
                String e = ((EntityTree) t).getName().toString();
                b.append(switch (e) {
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "amp" -> "&";
                    case "middot" -> "·";
                    case "nbsp" -> " ";
                    default -> "&" + e + ";";
                });
            } else if (t.getKind() != DocTree.Kind.START_ELEMENT && t.getKind() != DocTree.Kind.END_ELEMENT) {
                b.append(t);
            }
        }
        return b.toString().replaceAll("\\s+", " ").strip();
    }
}
