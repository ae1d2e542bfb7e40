package tiktokclaims.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Starts the {@link SparkSession} of a run: {@code local[*]} (embedded, every core of this machine) unless a master
 * URL is given ({@code spark://host:7077}, {@code yarn}, {@code k8s://...}) or set by {@code spark-submit}. Any
 * {@code spark.*} Java system property (e.g. {@code TIKTOK_CLAIMS_JAVA_OPTS=-Dspark.executor.memory=8g}) is
 * applied as usual. Off this machine the executors need our code: the job jar
 * ({@code spark/target/tiktok-claims-spark-job.jar}, lib and this module without Spark) goes into
 * {@code spark.jars} unless spark-submit set it.
 */
public final class Sessions {

    /** The default master: embedded, all cores. */
    public static final String LOCAL = "local[*]";

    private Sessions() {
    }

    /** A session for a command-line run (no web UI unless {@code spark.ui.enabled=true} is set). */
    public static SparkSession start(String master) {
        return builder(master, false).getOrCreate();
    }

    /**
     * A session builder on {@code master} (null: spark.master if set, else {@link #LOCAL}), named tiktok-claims;
     * {@code ui}: whether the web UI (port 4040 or the next free one) runs.
     */
    public static SparkSession.Builder builder(String master, boolean ui) {
        SparkConf conf = new SparkConf();
        String m = master != null ? master : conf.get("spark.master", LOCAL);
        SparkSession.Builder b = SparkSession.builder().appName("tiktok-claims").master(m)
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.session.timeZone", "UTC");
        if (!conf.contains("spark.ui.enabled")) {
            b.config("spark.ui.enabled", Boolean.toString(ui));
        }
        if (!m.startsWith("local") && !conf.contains("spark.jars")) {
            Path jar = jobJar();
            if (jar != null) {
                b.config("spark.jars", jar.toString());
            }
        }
        return b;
    }

    /** The job jar next to this module's classes, or the jar these classes are in; null when not found. */
    public static Path jobJar() {
        try {
            Path here = Path.of(Sessions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(here)) {
                return here;
            }
            Path jar = here.resolveSibling("tiktok-claims-spark-job.jar");
            return Files.isRegularFile(jar) ? jar : null;
        } catch (Exception e) {
            return null;
        }
    }
}
