package tiktokclaims.jupyter;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Javadoc in Shift+Tab and the Contextual Help panel. JJava answers an {@code inspect_request} with JShell's
 * {@code SourceCodeAnalysis.documentation(code, cursor, true)}, and JShell reads Javadoc only from the sources it
 * finds: {@code SourceCodeAnalysisImpl.findSources()} looks at the JDK's {@code lib/src.zip} and nowhere else, so
 * the lib's and the libraries' methods show signatures and no Javadoc. JJava gives an extension no way to answer
 * inspect requests itself (see docs/notebook-help.md), but JShell keeps a list that replaces that search,
 * {@code SourceCodeAnalysisImpl.availableSourcesOverride}: this sets it to the JDK's sources (as JShell would find
 * them), the lib's sources and the Tablesaw and Smile sources jars that the build copied for the help index. The
 * kernel already opens {@code jdk.jshell} to the class path ({@code --add-opens jdk.jshell/jdk.jshell=ALL-UNNAMED},
 * which JJava itself needs); where it is not open, or the field is gone in another JDK, nothing changes and
 * {@code help(...)} remains the way to read the Javadoc.
 */
final class KernelJavadoc {

    private static final String ANALYSIS = "jdk.jshell.SourceCodeAnalysisImpl";

    private KernelJavadoc() {
    }

    /**
     * Points JShell's Javadoc look-up at the JDK's, the lib's and the libraries' sources; returns the source roots
     * set, or an empty list when JShell's field cannot be reached or no sources were found beside the lib's classes.
     */
    static List<Path> install() {
        Path classes = classesFolder();
        List<Path> roots = new ArrayList<>(jdkSources());
        if (classes != null) {
            roots.addAll(libSources(classes));
        }
        if (roots.isEmpty()) {
            return List.of();
        }
        try {
            Field override = Class.forName(ANALYSIS).getDeclaredField("availableSourcesOverride");
            override.setAccessible(true);
            override.set(null, List.copyOf(roots));
            return List.copyOf(roots);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return List.of(); // not opened to us, or another JDK: inspect shows signatures, help(...) the Javadoc
        }
    }

    /** {@code lib/target/classes} when the lib runs from its build folder (the kernel's case), else null. */
    private static Path classesFolder() {
        try {
            Path p = Path.of(KernelJavadoc.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(p) ? p : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The lib's source folder and the sources jars in {@code target/help-sources}, those that exist. */
    static List<Path> libSources(Path classes) {
        List<Path> roots = new ArrayList<>();
        Path target = classes.getParent();
        Path sources = target.getParent().resolve("src").resolve("main").resolve("java");
        if (Files.isDirectory(sources)) {
            roots.add(sources);
        }
        Path jars = target.resolve("help-sources");
        if (Files.isDirectory(jars)) {
            try (Stream<Path> s = Files.list(jars)) {
                for (Path jar : s.filter(p -> p.toString().endsWith("-sources.jar")).sorted().collect(Collectors.toList())) {
                    FileSystem zip = FileSystems.newFileSystem(jar); // open for the kernel's life, as JShell's own
                    roots.add(zip.getRootDirectories().iterator().next());
                }
            } catch (IOException e) {
                return roots;
            }
        }
        return roots;
    }

    /** The JDK's sources as JShell finds them: the modules of {@code lib/src.zip}, if the JDK has it. */
    private static List<Path> jdkSources() {
        Path home = Path.of(System.getProperty("java.home"));
        Path zip = home.resolve("lib").resolve("src.zip");
        if (!Files.isReadable(zip)) {
            zip = home.getParent().resolve("src.zip");
        }
        List<Path> roots = new ArrayList<>();
        if (!Files.isReadable(zip)) {
            return roots;
        }
        try {
            FileSystem fs = FileSystems.newFileSystem(zip);
            Path root = fs.getRootDirectories().iterator().next();
            if (Files.exists(root.resolve("java/lang/Object.java"))) {
                roots.add(root);
            } else {
                try (DirectoryStream<Path> modules = Files.newDirectoryStream(root, Files::isDirectory)) {
                    modules.forEach(roots::add);
                }
            }
        } catch (IOException e) {
            return roots;
        }
        return roots;
    }
}
