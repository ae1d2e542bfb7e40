package tiktokclaims.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index the build writes: first sentences as the javadoc tool finds them, inline tags as text. */
class HelpIndexTest {

    @TempDir
    Path dir;

    /** The first sentence of each method of a source class whose methods carry the given doc comments. */
    private Map<String, String> sentences(String... comments) throws IOException {
        StringBuilder src = new StringBuilder("package p;\n/** A class. */\npublic class S {\n");
        for (int i = 0; i < comments.length; i++) {
            src.append("/** ").append(comments[i]).append(" */ public void m").append(i).append("() {}\n");
        }
        Files.createDirectories(dir.resolve("src/p"));
        Files.writeString(dir.resolve("src/p/S.java"), src.append("}\n").toString());
        return HelpIndex.index(dir.resolve("src"), Set.of(), List.of()).stream().map(l -> l.split("\t", -1))
                .filter(f -> !f[1].isEmpty()).collect(Collectors.toMap(f -> f[1].replace("()", ""), f -> f[3]));
    }

    @Test
    void abbreviationsDoNotEndTheFirstSentence() throws IOException {
        Map<String, String> s = sentences(
                "Uses a statistic, e.g. Mean or Median. Second sentence.",
                "Counts rows, i.e. records with no gaps. Second sentence.",
                "Compares Java vs. Python speeds. Second sentence.",
                "Fits the model (cf. Smile's GLM). Second sentence.",
                "Counts rows, columns, etc. and more. Second sentence.",
                "Counts rows, columns, etc. Second sentence.",
                "Returns 3.5 times {@code x.y()}. Second sentence.",
                "Learns each sd. {@link #m0()} turns a table into rows.",
                "Is it? yes. Second.");
        assertEquals("Uses a statistic, e.g. Mean or Median.", s.get("m0"));
        assertEquals("Counts rows, i.e. records with no gaps.", s.get("m1"));
        assertEquals("Compares Java vs. Python speeds.", s.get("m2"));
        assertEquals("Fits the model (cf. Smile's GLM).", s.get("m3"));
        assertEquals("Counts rows, columns, etc. and more.", s.get("m4"));
        assertEquals("Counts rows, columns, etc.", s.get("m5"));
        assertEquals("Returns 3.5 times x.y().", s.get("m6"));
        assertEquals("Learns each sd.", s.get("m7"), "a sentence may start with a lower-case name");
        assertEquals("Is it?", s.get("m8"));
    }

    @Test
    void inlineTagsAndHtmlReadAsText() throws IOException {
        Map<String, String> s = sentences(
                "Returns the {@code x.y()} value, e.g. {@link String#length()} of it. Second.",
                "The <i>mean</i> of {@literal a < b} &amp; {@link java.util.List the list}&#33; Second.",
                "A summary line<p>The body, which is not part of it.",
                "Rows<br>and columns. Second.",
                "{@inheritDoc}",
                "Ends here. {@link Object} starts the next one.",
                "{@summary Short, e.g. this. Still the summary.} Not this.");
        assertEquals("Returns the x.y() value, e.g. String.length() of it.", s.get("m0"));
        assertEquals("The mean of a < b & the list!", s.get("m1"));
        assertEquals("A summary line", s.get("m2"));
        assertEquals("Rows and columns.", s.get("m3"));
        assertEquals("", s.get("m4"), "inherited: Help looks in the supertypes");
        assertEquals("Ends here.", s.get("m5"));
        assertEquals("Short, e.g. this. Still the summary.", s.get("m6"));
    }

    @Test
    void sourcesJarsGiveTheImportedTypesWithTheirSupertypesAndTheTypesTheyReturn() throws IOException {
        Path lib = Files.createDirectories(dir.resolve("lib/q"));
        Files.writeString(lib.resolve("Use.java"), "package q;\nimport z.api.Table;\n/** Uses. */\npublic class Use {}\n");
        Path jar = dir.resolve("z-sources.jar");
        try (var zip = java.nio.file.FileSystems.newFileSystem(jar, Map.of("create", "true"))) {
            write(zip.getPath("/z/api/Table.java"), "package z.api;\nimport z.base.Relation;\n"
                    + "/** A table, i.e. rows. Second. */\npublic class Table extends Relation {\n"
                    + "  /** Groups rows. */ public Summary summarize(String... columns) { return null; }\n}\n");
            write(zip.getPath("/z/api/Summary.java"), "package z.api;\n/** A summary. */\npublic class Summary {}\n");
            write(zip.getPath("/z/api/Unused.java"), "package z.api;\n/** Unused. */\npublic class Unused {}\n");
            write(zip.getPath("/z/base/Relation.java"), "package z.base;\n/** A relation. */\npublic abstract class Relation {\n"
                    + "  /** The shape, e.g. 3 rows. */ public String shape() { return \"\"; }\n}\n");
            write(zip.getPath("/z/other/Alone.java"), "package z.other;\n/** Alone. */\npublic class Alone {}\n");
        }
        Map<String, String[]> lines = HelpIndex.index(dir.resolve("lib"), Set.of("z.other.*"), List.of(jar)).stream()
                .map(l -> l.split("\t", -1)).collect(Collectors.toMap(f -> f[0] + " " + f[1], Function.identity()));
        assertEquals("A table, i.e. rows.", lines.get("z.api.Table ")[3]);
        assertEquals("Summary summarize(String... columns)", lines.get("z.api.Table summarize(String[])")[2]);
        assertEquals("The shape, e.g. 3 rows.", lines.get("z.base.Relation shape()")[3], "a supertype");
        assertTrue(lines.containsKey("z.api.Summary "), "a type a member returns");
        assertTrue(lines.containsKey("z.other.Alone "), "a package import");
        assertTrue(!lines.containsKey("z.api.Unused "), "a type nobody imports");
        assertTrue(lines.containsKey("q.Use "));
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void notebookImportsAreReadFromCodeAndRecipes() throws IOException {
        Files.writeString(dir.resolve("a.ipynb"), "{\"cells\": [{\"source\": [\"import tech.tablesaw.api.*;\\n\","
                + " \"import static tech.tablesaw.aggregate.AggregateFunctions.*;\\n\", \"import static a.B.c;\\n\"]},"
                + " {\"source\": [\"```java\\nimport smile.math.MathEx;\\n```\"]}]}");
        assertEquals(Set.of("tech.tablesaw.api.*", "tech.tablesaw.aggregate.AggregateFunctions", "a.B", "smile.math.MathEx"),
                HelpIndex.notebookImports(dir));
    }

    @Test
    void sourceTypesEraseAsReflectionNamesThem() {
        assertEquals("List", HelpIndex.erasedSimpleName("java.util.List<Map<String, Integer>>"));
        assertEquals("String[]", HelpIndex.erasedSimpleName("String..."));
        assertEquals("double[][]", HelpIndex.erasedSimpleName("double[][]"));
    }
}
