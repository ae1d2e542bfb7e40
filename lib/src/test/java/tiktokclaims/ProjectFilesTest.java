package tiktokclaims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tiktokclaims.data.DataFiles;

/** The project's set-up files agree with one another. */
class ProjectFilesTest {

    private static final Pattern PIN = Pattern.compile("^\\s*(?:-\\s+)?([A-Za-z0-9_.\\-]+)==([^\\s#]+)\\s*$");

    private static Map<String, String> pins(Path file, boolean onlyPipSection) throws IOException {
        Map<String, String> pins = new TreeMap<>();
        boolean inPip = !onlyPipSection;
        for (String line : Files.readAllLines(file)) {
            if (onlyPipSection && line.trim().equals("- pip:")) {
                inPip = true;
                continue;
            }
            Matcher m = PIN.matcher(line);
            if (inPip && m.matches()) {
                pins.put(m.group(1).toLowerCase(), m.group(2));
            }
        }
        return pins;
    }

    @Test
    void condaEnvironmentPinsTheSamePythonPackagesAsRequirements() throws IOException {
        Path root = DataFiles.projectRoot();
        Map<String, String> req = pins(root.resolve("requirements.txt"), false);
        Map<String, String> conda = pins(root.resolve("environment.yml"), true);
        assertTrue(req.containsKey("jjava"), "requirements.txt pins jjava");
        assertEquals(req, conda, "environment.yml's pip section must pin exactly requirements.txt");
    }

    @Test
    void condaEnvironmentHasJava17AndMaven() throws IOException {
        String env = Files.readString(DataFiles.projectRoot().resolve("environment.yml"));
        assertTrue(env.contains("- openjdk=17"), "environment.yml pins OpenJDK 17");
        assertTrue(env.contains("- maven"), "environment.yml has Maven");
    }

    @Test
    void committedNotebooksHaveNoOutputsAndUseTheProjectKernel() throws IOException {
        try (var files = Files.list(DataFiles.projectRoot().resolve("notebooks"))) {
            for (Path nb : files.filter(p -> p.toString().endsWith(".ipynb")).toList()) {
                String json = Files.readString(nb);
                assertTrue(!json.matches("(?s).*\"outputs\": \\[\\s*\\{.*"), nb + " is committed with outputs");
                assertTrue(!json.matches("(?s).*\"execution_count\": [0-9].*"), nb + " has execution counts");
                assertTrue(json.contains("\"name\": \"java\""), nb + " does not use the 'java' kernelspec");
                // What a run records (timestamps, scroll state) would make every save a diff.
                for (String volatileKey : new String[] {"\"execution\": {", "\"iopub.", "\"scrolled\"", "\"collapsed\"",
                    "\"widgets\"", "\"injected-parameters\""}) {
                    assertTrue(!json.contains(volatileKey), nb + " is committed with run state " + volatileKey);
                }
            }
        }
    }

    /**
     * Opening a notebook in JupyterLab writes the kernel's language_info into it (autosave): the committed
     * notebooks carry exactly that block, the same in each, so that opening, running and saving one leaves git
     * clean (tests/browser checks it with a real kernel).
     */
    @Test
    void committedNotebooksCarryTheMetadataTheKernelWrites() throws IOException {
        Pattern block = Pattern.compile("(?s)\"metadata\": \\{\\s*\"kernelspec\".*?\"language_info\": \\{.*?\\}");
        String expected = null;
        try (var files = Files.list(DataFiles.projectRoot().resolve("notebooks"))) {
            for (Path nb : files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList()) {
                Matcher m = block.matcher(Files.readString(nb));
                assertTrue(m.find(), nb + " has no kernelspec and language_info metadata");
                String found = m.group();
                assertTrue(found.contains("\"name\": \"Java\"") && found.contains("\"version\": "),
                        nb + " does not carry the language_info JJava writes: " + found);
                if (expected == null) {
                    expected = found;
                }
                assertEquals(expected, found, nb + " has other notebook metadata than the first notebook");
            }
        }
    }
}
