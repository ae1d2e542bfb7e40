package tiktokclaims.cli;

import tiktokclaims.output.UsageException;

import java.io.PrintStream;

/** One sub-command of {@code ./tiktok-claims}. */
public interface Command {

    /** The word that selects it, e.g. {@code validate}. */
    String name();

    /** One line for the command list in {@code --help}. */
    String summary();

    /** Full usage text for {@code ./tiktok-claims NAME --help}. */
    String usage();

    /**
     * Runs the command on the words after its name (parse them with {@link Args#parse}). Throws {@link UsageException} for bad arguments and
     * {@link tiktokclaims.data.InputException} for unusable input; both become exit status 2 and one line.
     *
     * @return the exit status (0 on success)
     */
    int run(java.util.List<String> args, PrintStream out, PrintStream err) throws Exception;
}
