package tiktokclaims.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import tiktokclaims.cli.Main;

/** Runs the CLI in this JVM through {@link Main#run}, with a hard time limit, and checks its output. */
record Cli(int status, String out, String err) {

    /** Far above any run on the corpus (well under a second each); a hang fails instead of blocking the build. */
    static final Duration LIMIT = Duration.ofSeconds(60);

    static Cli run(String... argv) {
        return assertTimeoutPreemptively(LIMIT, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Main.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Cli(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }, () -> "timed out (hang?): " + String.join(" ", argv));
    }

    /** Exit 2, nothing on stdout, and exactly one line on stderr that starts with {@code prefix}; no stack trace. */
    Cli refused(String prefix) {
        assertEquals(Main.BAD_INPUT, status, this::toString);
        assertEquals("", out, this::toString);
        assertOneLine();
        assertTrue(err.startsWith(prefix), () -> "expected the line to start with '" + prefix + "': " + this);
        return this;
    }

    /** Exit 2 and exactly one line on stderr; no stack trace. */
    Cli refused() {
        assertEquals(Main.BAD_INPUT, status, this::toString);
        assertOneLine();
        return this;
    }

    Cli ok() {
        assertEquals(Main.OK, status, this::toString);
        assertFalse(err.contains("\tat ") || err.contains("Exception"), this::toString);
        return this;
    }

    private void assertOneLine() {
        assertTrue(err.endsWith("\n") && err.indexOf('\n') == err.length() - 1, () -> "not one line: " + this);
        assertFalse(err.contains("\tat ") || err.contains("Exception") || err.contains("internal error"),
                this::toString);
        assertFalse(err.contains("\u001b"), this::toString);
    }

    /** The names in a folder, sorted (temp files start with a dot and would show here). */
    static List<String> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "exit " + status + "\n--- stdout:\n" + out + "\n--- stderr:\n" + err;
    }
}
