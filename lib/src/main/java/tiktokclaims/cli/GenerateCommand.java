package tiktokclaims.cli;

import tiktokclaims.output.UsageException;

import tiktokclaims.output.AtomicOutput;

import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import tiktokclaims.data.SampleGenerator;
import tiktokclaims.report.Html;

/**
 * {@code generate --rows N --seed S --out FILE}: writes synthetic SAMPLE DATA in the dataset's schema (see
 * {@link SampleGenerator}); deterministic for a seed, streamed, written atomically.
 */
public final class GenerateCommand implements Command {

    /** The seed used when {@code --seed} is not given. */
    public static final long DEFAULT_SEED = 42;

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "write synthetic SAMPLE DATA in the dataset's schema (for demos and benchmarks)";
    }

    @Override
    public String usage() {
        return """
                usage: ./tiktok-claims generate --rows N [--seed S] --out FILE

                Writes N rows of synthetic sample data (not real reports) with the columns of
                tiktok_dataset.csv: distributions imitate the real file by claim status, about 1.5%% of the rows
                are incomplete, and every video id is a 12-digit sample id starting 999, so that the loader
                reports the file as SAMPLE DATA. The same N and S (default %d) give the same bytes. Rows are
                streamed, so any N up to %s needs little memory; FILE appears only when complete.
                """.formatted(DEFAULT_SEED, Html.thousands(SampleGenerator.MAX_ROWS));
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(words, Set.of("rows", "seed", "out"), Set.of());
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + args.positional().get(0) + "'");
        }
        long rows = args.longValue("rows", -1);
        if (rows < 1 || rows > SampleGenerator.MAX_ROWS) {
            throw new UsageException(args.has("rows") ? "--rows must be between 1 and "
                    + SampleGenerator.MAX_ROWS + ", got " + rows : "missing required option --rows");
        }
        long seed = args.longValue("seed", DEFAULT_SEED);
        Path target = args.path("out");
        AtomicOutput.write(target, out, stream -> {
            BufferedOutputStream buffered = new BufferedOutputStream(stream, 1 << 16);
            SampleGenerator.write(buffered, rows, seed);
            buffered.flush();
        });
        AtomicOutput.reportStream(target, out).println("wrote " + Html.thousands(rows) + " rows of SAMPLE DATA (synthetic, seed " + seed + ") to "
                + Html.plain(target.toString()));
        return Main.OK;
    }
}
