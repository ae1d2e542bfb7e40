package tiktokclaims.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Writes SYNTHETIC sample data in the schema of the claims dataset, for demos and benchmarks; never a substitute
 * for the real file. Rows stream out one at a time (memory does not grow with the row count) and the output is a
 * function of the row count and the seed alone.
 *
 * <p>The distributions imitate the real file, by claim status: duration uniform on 5..60 s; views uniform on
 * 1,000..1,000,000 for claims and 20..10,000 for opinions; likes, shares, downloads and comments each a random
 * fraction of the count before it (so counts are heavy-tailed and strongly correlated, and claims get far more
 * engagement); verified 2.2 % of claims and 10.5 % of opinions; author banned / under review 15.0 % / 16.7 % of
 * claims and 2.1 % / 4.9 % of opinions; transcripts from templates ("someone shared with me that ...",
 * "i think that ..."); about 1.5 % incomplete rows that lack claim status, transcript and all five counts. Counts
 * are written as {@code 343296.0}, like the real file.
 *
 * <p>Every video id is a {@linkplain SampleData sample id} (12 digits starting 999, all distinct), so the loader
 * reports the file as SAMPLE DATA.
 */
public final class SampleGenerator {

    /** The share of rows written without claim status, transcript and counts. */
    static final double INCOMPLETE = 0.0154;
    /** Most rows one file can have: every row needs its own sample id. */
    public static final long MAX_ROWS = SampleData.LAST_ID - SampleData.FIRST_ID + 1;

    private static final long ID_SPAN = MAX_ROWS;
    /** Multiplier coprime with 10^9: {@code row * M mod 10^9} visits every id once. */
    private static final long ID_STEP = 387_420_489L;

    private static final String[] CLAIM_LEADS = {"someone shared with me that", "a friend read in the media that",
        "i read in the media a claim that", "a colleague learned from the news that",
        "someone discovered on the internet that", "i learned from a podcast that",
        "a friend discovered on a forum that", "my family read in a newspaper that"};
    private static final String[] OPINION_LEADS = {"i think that", "i believe that", "my family thinks that",
        "i am willing to wager that", "my friends are willing to bet that", "my colleagues feel that",
        "i\u2019m of the opinion that", "our team is convinced that"};
    private static final String[] SUBJECTS = {"the longest river in africa", "the great wall of china", "honey",
        "the human brain", "an octopus", "the eiffel tower", "a banana", "the moon", "lightning",
        "the average person", "the deepest metro in the world", "a hummingbird", "the sahara desert",
        "mount everest", "a blue whale", "the first computer", "coffee", "the amazon rainforest",
        "a teaspoon of soil", "the oldest library", "the average cat", "a single cloud", "the london underground",
        "a grain of rice", "the pacific ocean", "a typical smartphone", "the human skeleton", "an ostrich egg",
        "the tallest tree", "the first bicycle"};
    /** Claim endings; {@code #} becomes a random number so that most transcripts are distinct, as in the real file. */
    private static final String[] FACTS = {"is older than # years", "can be seen from # kilometers away",
        "never spoils, even after # years", "has # hearts", "grows # centimeters every summer",
        "is # times more radioactive than a brick", "strikes the earth # times a second",
        "walks # miles in a lifetime", "weighed more than # tonnes", "holds # times more organisms than people",
        "is # meters deep", "beats its wings # times a second", "was a green savanna # years ago",
        "grows # millimeters a year", "has a heart that weighs # kilograms",
        "produces #% of the world\u2019s oxygen"};
    private static final String[] VIEWS = {"is the most overrated thing on earth", "deserves far more attention",
        "is not worth the hype", "is the best thing to learn about", "is more interesting than any movie",
        "should be taught in every school", "is a waste of time", "is, frankly, beautiful",
        "makes the best topic for a \"fun facts\" night", "gets too much coverage",
        "is underrated by most people", "sounds made up but fascinates me", "is the strangest thing i know of",
        "would make a great documentary", "is, honestly, a bit boring", "should get its own holiday",
        "is something everyone should see once", "is more impressive than people admit"};

    private SampleGenerator() {
    }

    /** Writes a header and {@code rows} rows of sample data as UTF-8 CSV (LF line ends); does not close. */
    public static void write(OutputStream out, long rows, long seed) throws IOException {
        if (rows < 1 || rows > MAX_ROWS) {
            throw new IllegalArgumentException("rows must be between 1 and " + MAX_ROWS + ", got " + rows);
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        long idOffset = rnd.nextLong(ID_SPAN);
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write(String.join(",", ClaimsSchema.COLUMNS));
        w.write('\n');
        StringBuilder b = new StringBuilder(256);
        for (long r = 0; r < rows; r++) {
            b.setLength(0);
            row(b, r, SampleData.FIRST_ID + Math.floorMod(r * ID_STEP + idOffset, ID_SPAN), rnd);
            w.append(b);
        }
        w.flush();
    }

    private static void row(StringBuilder b, long r, long id, SplittableRandom rnd) {
        boolean claim = rnd.nextDouble() < 0.5035;
        boolean incomplete = rnd.nextDouble() < INCOMPLETE;
        int duration = rnd.nextInt(5, 61);
        boolean verified = rnd.nextDouble() < (claim ? 0.022 : 0.105);
        double u = rnd.nextDouble();
        String ban = claim ? (u < 0.150 ? "banned" : u < 0.317 ? "under review" : "active")
                : (u < 0.021 ? "banned" : u < 0.070 ? "under review" : "active");
        b.append(r + 1).append(',').append(incomplete ? "" : claim ? "claim" : "opinion").append(',').append(id)
                .append(',').append(duration).append(',');
        if (!incomplete) {
            transcript(b, claim, rnd);
        }
        b.append(',').append(verified ? "verified" : "not verified").append(',').append(ban);
        if (incomplete) {
            b.append(",,,,,\n");
            return;
        }
        long views = claim ? rnd.nextLong(1_000, 1_000_000) : rnd.nextLong(20, 10_000);
        long likes = (long) (views * rnd.nextDouble() * (claim ? 0.667 : 0.444));
        long shares = (long) (likes * rnd.nextDouble() * 0.4);
        long downloads = (long) (shares * rnd.nextDouble() * 0.13);
        long comments = (long) (downloads * rnd.nextDouble() * (claim ? 0.67 : 0.35));
        for (long v : new long[] {views, likes, shares, downloads, comments}) {
            b.append(',').append(v).append(".0");
        }
        b.append('\n');
    }

    private static void transcript(StringBuilder b, boolean claim, SplittableRandom rnd) {
        String lead = pick(claim ? CLAIM_LEADS : OPINION_LEADS, rnd);
        String tail = claim ? pick(FACTS, rnd).replace("#", Long.toString(rnd.nextLong(2, 10_000)))
                : pick(VIEWS, rnd);
        String text = lead + " " + pick(SUBJECTS, rnd) + " " + tail;
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0) {
            b.append(text);
        } else {
            b.append('"').append(text.replace("\"", "\"\"")).append('"');
        }
    }

    private static String pick(String[] options, SplittableRandom rnd) {
        return options[rnd.nextInt(options.length)];
    }
}
