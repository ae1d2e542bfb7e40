package tiktokclaims.cli;

import tiktokclaims.output.UsageException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import tiktokclaims.data.ClaimsData;
import tiktokclaims.data.DataFiles;
import tiktokclaims.data.OutlierLimits;
import tiktokclaims.data.Validation;
import tiktokclaims.report.Html;

/**
 * {@code validate [--data FILE]}: loads and checks the dataset and runs the exemplar's cleaning (drop incomplete
 * rows, IQR limits and capping of likes and comments). Exit 0 and a short summary for a usable file; exit 2 and
 * one line {@code file:line: column X: reason} otherwise.
 */
public final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check a dataset file and summarise it (rows, missing values, classes, outlier limits)";
    }

    @Override
    public String usage() {
        return """
                usage: ./tiktok-claims validate [--data FILE]

                Reads FILE (default: $TIKTOK_DATA, else data/tiktok_dataset.csv) with the pinned schema, checks
                every value, then drops the incomplete rows and caps video_like_count and video_comment_count at
                Q3 + 1.5 IQR, as the analysis does. Prints a summary and exits 0 when the file is usable; prints
                one line 'file:line: column X: reason' and exits 2 when it is not. The file is only read.
                """;
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) {
        Args args = Args.parse(words, Set.of("data"), Set.of());
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + args.positional().get(0) + "'");
        }
        Path file = args.has("data") ? args.path("data") : DataFiles.dataset();
        Validation checked = ClaimsData.validate(file);
        out.print(checked.report());
        out.println("  usable: " + Html.thousands(checked.report().completeRows()) + " complete rows after cleaning");
        for (OutlierLimits l : checked.limits()) {
            out.println("  cap " + Html.plain(l.toString()));
        }
        return Main.OK;
    }
}
