package tiktokclaims.spark;

import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;
import tech.tablesaw.api.Table;
import tiktokclaims.claims.ScoringQueue;

/**
 * The typed facts that 07-scale's prose ({@code notebooks/prose/07-scale.md}) is filled from, each built from a
 * result of the notebook: the session, the parity of the two engines, a measured throughput, the queue check.
 */
public final class ScaleFindings {

    private ScaleFindings() {
    }

    /** The running session: Spark's version, its master URL, its default parallelism and its web UI's address. */
    public record Session(String version, String master, int cores, String ui) {

        /** What {@code spark} runs on. */
        public static Session of(SparkSession spark) {
            SparkContext sc = spark.sparkContext();
            return new Session(spark.version(), sc.master(), sc.defaultParallelism(),
                    sc.uiWebUrl().isDefined() ? sc.uiWebUrl().get() : "(web UI off)");
        }
    }

    /** The largest relative differences between the two engines' estimates and standard errors. */
    public record Parity(double estimate, double stdError) {

        /** From {@link SparkInfer#compareWith}'s table (columns {@code estimate_rel_diff}, {@code std_error_rel_diff}). */
        public static Parity of(Table sideBySide) {
            return new Parity(sideBySide.doubleColumn("estimate_rel_diff").max(),
                    sideBySide.doubleColumn("std_error_rel_diff").max());
        }
    }

    /** {@code rows} processed in {@code seconds} on {@code cores} cores, and what that rate means for 100 million rows. */
    public record Throughput(long rows, double seconds, int cores) {

        /** Rows per second per core. */
        public double rowsPerCoreSecond() {
            return rows / seconds / cores;
        }

        /** Minutes that 100 million rows take at this rate on these cores. */
        public double minutesFor100MillionHere() {
            return 1e8 / rowsPerCoreSecond() / cores / 60;
        }

        /** Seconds that 100 million rows take at this rate on 100 cores, before a cluster's own overheads. */
        public double secondsFor100MillionOn100Cores() {
            return 1e8 / rowsPerCoreSecond() / 100;
        }
    }

    /** Whether Spark's queue has the lib's order and probabilities, row for row. */
    public record QueueCheck(long rows, boolean identical) {

        /** Compares the {@code video_id} and {@code claim_probability} columns of the two queues. */
        public static QueueCheck of(Table spark, Table lib) {
            boolean same = spark.longColumn("video_id").asList().equals(lib.longColumn("video_id").asList())
                    && spark.doubleColumn("claim_probability").asList()
                            .equals(lib.doubleColumn("claim_probability").asList());
            return new QueueCheck(lib.rowCount(), same);
        }
    }

    /** A queue scored and written on Spark, and how fast. */
    public record Scored(ScoringQueue.Summary queue, Throughput rate) {
    }

    /** What the notebook concludes from: the engines' parity, the queue check and the large fit's rate. */
    public record Conclusion(Parity parity, QueueCheck queue, Throughput fit) {
    }
}
