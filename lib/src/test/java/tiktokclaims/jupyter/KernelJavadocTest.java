package tiktokclaims.jupyter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Shift+Tab in the notebook: the kernel's inspect is JShell's documentation(code, cursor, true), which finds the lib's
 * and Tablesaw's Javadoc once {@link KernelJavadoc} pointed JShell at their sources (the lib's classes folder is the
 * build's, as in the kernel).
 */
class KernelJavadocTest {

    /** What JJava's inspect shows for the code with the cursor at its end: signatures and Javadoc. */
    private static String inspect(JShell shell, String code) {
        return shell.sourceCodeAnalysis().documentation(code, code.length(), true).stream()
                .map(d -> d.signature() + "\n" + d.javadoc()).collect(Collectors.joining("\n\n"));
    }

    @Test
    void inspectShowsTheJavadocOfLibAndTablesawMethods() {
        List<Path> roots = KernelJavadoc.install();
        assertTrue(roots.stream().anyMatch(p -> p.endsWith(Path.of("src", "main", "java"))), roots::toString);
        assertTrue(roots.stream().anyMatch(p -> p.getFileSystem().toString().contains("tablesaw-core")), roots::toString);
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            for (String entry : System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                    .split(File.pathSeparator)) {
                shell.addToClasspath(entry);
            }
            shell.eval("import tiktokclaims.model.*;");
            shell.eval("import tech.tablesaw.api.*;");
            shell.eval("Table t = Table.create(\"t\");");
            String fit = inspect(shell, "Logit.fit(");
            assertTrue(fit.contains("LogitResult Logit.fit(DesignMatrix design)") && fit.contains("Fits by maximum likelihood."), fit);
            String summarize = inspect(shell, "t.summarize(");
            assertTrue(summarize.contains("Returns a {@link Summarizer} that can be used to summarize the column"), summarize);
            assertFalse(summarize.contains("\nnull"), "every overload has its Javadoc: " + summarize);
        }
    }
}
