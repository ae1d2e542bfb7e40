package tiktokclaims.cli;

import tiktokclaims.output.UsageException;

import tiktokclaims.output.AtomicOutput;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tiktokclaims.data.InputException;
import tiktokclaims.data.NotEnoughMemoryException;
import tiktokclaims.report.Html;

/**
 * {@code ./tiktok-claims COMMAND [options]}: headless runs of the analysis. Exit status 0 on success, 2 on bad
 * arguments or unusable input (one line naming file, line and column), 3 when out of memory (one line naming the
 * setting to raise), 1 on an internal error (one line too).
 */
public final class Main {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;
    /** Out of memory: the same status the launcher's JVM exits with (-XX:+ExitOnOutOfMemoryError). */
    public static final int OUT_OF_MEMORY = 3;

    /** The one line printed when the heap is too small (also by scripts/out-of-memory for the launcher's JVM). */
    public static final String OUT_OF_MEMORY_HINT =
            "out of memory; raise the heap with TIKTOK_CLAIMS_JAVA_OPTS=-Xmx8g (or larger)";

    private Main() {
    }

    /** Every command, in the order {@code --help} lists them. Add new commands here. */
    static List<Command> commands() {
        List<Command> list = new ArrayList<>();
        list.add(new ValidateCommand());
        list.add(new GenerateCommand());
        list.add(new InferCommand());
        list.add(new EvaluateCommand());
        list.add(new ClaimsTrainCommand());
        list.add(new ClaimsScoreCommand());
        return list;
    }

    public static void main(String[] argv) {
        System.exit(run(argv, System.out, System.err));
    }

    /** Runs the CLI and returns its exit status; never throws. */
    public static int run(String[] argv, PrintStream out, PrintStream err) {
        Map<String, Command> byName = new LinkedHashMap<>();
        for (Command c : commands()) {
            byName.put(c.name(), c);
        }
        if (argv.length == 0 || argv[0].equals("--help") || argv[0].equals("-h") || argv[0].equals("help")) {
            out.print(help(byName));
            return argv.length == 0 ? BAD_INPUT : OK;
        }
        if (argv[0].equals("--version")) {
            out.println("tiktok-claims " + version());
            return OK;
        }
        // Two-word commands ("claims train") are registered under their joined name.
        Command cmd = null;
        int consumed = 1;
        if (argv.length >= 2 && byName.containsKey(argv[0] + " " + argv[1])) {
            cmd = byName.get(argv[0] + " " + argv[1]);
            consumed = 2;
        } else {
            cmd = byName.get(argv[0]);
        }
        if (cmd == null) {
            err.println(oneLine("tiktok-claims: unknown command '" + argv[0] + "' (try --help)"));
            return BAD_INPUT;
        }
        List<String> rest = Arrays.asList(argv).subList(consumed, argv.length);
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(cmd.usage());
            return OK;
        }
        try {
            return cmd.run(rest, out, err);
        } catch (UsageException e) {
            err.println(oneLine("tiktok-claims " + cmd.name() + ": " + e.getMessage() + " (try --help)"));
            return BAD_INPUT;
        } catch (AtomicOutput.OutputException e) {
            err.println("tiktok-claims " + cmd.name() + ": " + e.getMessage());
            return BAD_INPUT;
        } catch (InputException e) {
            err.println(e.oneLine());
            return BAD_INPUT;
        } catch (OutOfMemoryError e) {
            return outOfMemory(cmd, err);
        } catch (NotEnoughMemoryException e) {
            err.println("tiktok-claims " + cmd.name() + ": " + e.getMessage());
            return OUT_OF_MEMORY;
        } catch (java.nio.file.NoSuchFileException e) {
            err.println(oneLine(e.getFile() + ": no such file"));
            return BAD_INPUT;
        } catch (java.nio.file.AccessDeniedException e) {
            err.println(oneLine(e.getFile() + ": permission denied"));
            return BAD_INPUT;
        } catch (Exception | Error e) {
            // Out of memory can arrive wrapped, e.g. in the ExceptionInInitializerError of a class loaded late.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OutOfMemoryError) {
                    return outOfMemory(cmd, err);
                }
            }
            err.println(oneLine("tiktok-claims " + cmd.name() + ": internal error: " + e));
            return FAILED;
        }
    }

    /**
     * A message for stderr as one terminal-safe line: arguments and exception texts can carry control characters
     * (ESC, C1, bidi overrides) and line breaks, shown escaped ({@link Html#plain}).
     */
    static String oneLine(String message) {
        return Html.plain(message).replace("\n", "\u2424");
    }

    private static int outOfMemory(Command cmd, PrintStream err) {
        err.println("tiktok-claims " + cmd.name() + ": " + OUT_OF_MEMORY_HINT);
        return OUT_OF_MEMORY;
    }

    static String help(Map<String, Command> byName) {
        StringBuilder b = new StringBuilder();
        b.append("tiktok-claims ").append(version()).append(
                " - headless runs of the TikTok claims analysis (regression stage and claims classifier)\n\n");
        b.append("usage: ./tiktok-claims COMMAND [options]\n       ./tiktok-claims COMMAND --help\n\n");
        b.append("commands:\n");
        for (Command c : byName.values()) {
            b.append(String.format("  %-16s %s%n", c.name(), c.summary()));
        }
        b.append("\nData: --data FILE, else $TIKTOK_DATA, else data/tiktok_dataset.csv.\n");
        b.append("Outputs (--json, --out): '-' is standard output; never the --data file or a device, FIFO or"
                + " folder; written to a temporary file and renamed when complete.\n");
        b.append("Exit status: 0 ok, 2 bad arguments or unusable input (one line: file:line: column: reason),"
                + " 3 out of memory (raise TIKTOK_CLAIMS_JAVA_OPTS=-Xmx...), 1 internal error.\n");
        return b.toString();
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0" : v;
    }
}
