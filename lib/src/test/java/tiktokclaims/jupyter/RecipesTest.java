package tiktokclaims.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;
import tiktokclaims.TestData;
import tiktokclaims.data.DataFiles;

/**
 * The recipes of notebooks/00-setup.ipynb (its {@code ```java} blocks in Markdown) run as written: the setup's code
 * cells, then every recipe in order, through JShell (the engine under the notebook kernel) with the lib's class path,
 * on the real dataset. A recipe that no longer compiles, throws, or shadows a name it should not fails here.
 */
class RecipesTest {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyRecipeIn00SetupRunsAfterTheSetupCells() throws Exception {
        JsonNode nb = new ObjectMapper().readTree(DataFiles.projectRoot().resolve("notebooks/00-setup.ipynb").toFile());
        List<String> code = new ArrayList<>();
        List<String> recipes = new ArrayList<>();
        for (JsonNode cell : nb.get("cells")) {
            String source = text(cell.get("source"));
            if (cell.get("cell_type").asText().equals("code")) {
                code.add(source);
            } else {
                Matcher m = JAVA_BLOCK.matcher(source);
                while (m.find()) {
                    recipes.add(m.group(1));
                }
            }
        }
        assertEquals(5, recipes.size(), "filter, group and summarise, cross-tab, plot, fit on a subset");
        String dataset = TestData.realDataset().toAbsolutePath().toString().replace("\\", "\\\\");
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            for (String entry : System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                    .split(File.pathSeparator)) {
                shell.addToClasspath(entry);
            }
            for (String cell : code) {
                // The setup finds the data as make report does; the tests use the dataset make test chose.
                run(shell, cell.replace("DataFiles.dataset()", "Path.of(\"" + dataset + "\")"), "setup cell");
            }
            for (String recipe : recipes) {
                List<String> values = run(shell, recipe, "recipe");
                assertFalse(values.isEmpty(), "a recipe ends with a value to show:\n" + recipe);
            }
            assertTrue(Long.parseLong(shell.eval("filteredEg.rowCount()").get(0).value()) > 0);
            assertTrue(shell.eval("fitEg.terms().size()").get(0).value().matches("[1-9]\\d*"));
            // The setup's static import of help(...): the lib's Javadoc in the notebook.
            assertTrue(shell.eval("help(Cleaning.class, \"dropIncomplete\").toString()").get(0).value()
                    .contains("The rows with no missing value in any column"));
        }
    }

    private static String text(JsonNode source) {
        if (source.isArray()) {
            StringBuilder b = new StringBuilder();
            source.forEach(s -> b.append(s.asText()));
            return b.toString();
        }
        return source.asText();
    }

    /** Evaluates every snippet of the text; fails on a rejected snippet or an exception. The values shown. */
    private static List<String> run(JShell shell, String text, String what) {
        List<String> values = new ArrayList<>();
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String rest = text;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            String snippet = info.completeness().isComplete() ? info.source() : rest;
            for (SnippetEvent e : shell.eval(snippet)) {
                if (e.status() == Snippet.Status.REJECTED) {
                    fail(what + " does not compile: " + snippet + "\n" + shell.diagnostics(e.snippet())
                            .map(d -> d.getMessage(null)).collect(Collectors.joining("\n")));
                }
                if (e.exception() != null) {
                    fail(what + " throws " + e.exception() + ": " + snippet);
                }
                if (e.value() != null && e.causeSnippet() == null) {
                    values.add(e.value());
                }
            }
            rest = info.completeness().isComplete() ? info.remaining() : "";
        }
        return values;
    }
}
