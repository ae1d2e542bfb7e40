package tiktokclaims.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import tiktokclaims.claims.ClaimRecord;
import tiktokclaims.claims.ClaimsModel;
import tiktokclaims.claims.ScoringQueue;
import tiktokclaims.output.AtomicOutput;
import tiktokclaims.data.ClaimsSchema;
import tiktokclaims.data.InputException;

/**
 * The review queue on Spark: every row scored inside the executors by the lib's {@link ClaimsModel#probability},
 * the model loaded there by the lib's {@link ClaimsModel#load} from the bytes of the model folder (broadcast, so
 * the folder needs to be on the driver only, whatever its file format), then sorted globally by the rule of
 * {@link tiktokclaims.claims.QueueOrder} (probability descending; reach descending, a missing view count last;
 * smaller video_id; input order) and written by the driver in the lib's columns and number format through
 * {@link AtomicOutput}: the same bytes as {@code claims score} on one machine.
 */
public final class SparkScore {

    private static final StructType SCORED = new StructType().add("p", DataTypes.DoubleType, false)
            .add("reach", DataTypes.DoubleType, false).add(ClaimsSchema.VIDEO_ID, DataTypes.LongType, false)
            .add("order", DataTypes.LongType, false).add("mask", DataTypes.IntegerType, false);

    /** Models loaded in this JVM, by the broadcast that carried their files. */
    private static final Map<Long, ClaimsModel> LOADED = new ConcurrentHashMap<>();

    private SparkScore() {
    }

    /**
     * Scores every row and returns the queue order as a Dataset of (p, reach, video_id, order, mask), sorted.
     *
     * @param data the rows ({@link ClaimsInput#read} with video_id required)
     */
    public static Dataset<Row> queue(SparkSession spark, Path modelDir, Dataset<Row> data) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> list = Files.list(modelDir)) {
            for (Path f : (Iterable<Path>) list::iterator) {
                if (Files.isRegularFile(f)) {
                    files.put(f.getFileName().toString(), Files.readAllBytes(f));
                }
            }
        }
        Broadcast<Map<String, byte[]>> shipped = spark.sparkContext().broadcast(files,
                scala.reflect.ClassTag$.MODULE$.apply(Map.class));
        long id = shipped.id();
        JavaRDD<Row> scored = data.javaRDD().mapPartitions(rows -> score(rows, id, shipped.value()));
        return spark.createDataFrame(scored, SCORED).orderBy(functions.col("p").desc(),
                functions.col("reach").desc(), functions.col(ClaimsSchema.VIDEO_ID).asc(),
                functions.col("order").asc());
    }

    private static Iterator<Row> score(Iterator<Row> rows, long id, Map<String, byte[]> files) throws IOException {
        ClaimsModel model = LOADED.get(id);
        if (model == null) {
            Path dir = Files.createTempDirectory("tiktok-claims-model");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Files.write(dir.resolve(f.getKey()), f.getValue());
            }
            model = ClaimsModel.load(dir);
            LOADED.put(id, model);
            for (String f : files.keySet()) {
                Files.deleteIfExists(dir.resolve(f));
            }
            Files.deleteIfExists(dir);
        }
        return mapped(rows, model);
    }

    private static Iterator<Row> mapped(Iterator<Row> rows, ClaimsModel m) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row in = rows.next();
                ClaimRecord r = record(in);
                double views = r.views();
                return RowFactory.create(m.probability(r), Double.isNaN(views) ? -1.0 : views, r.videoId(),
                        in.getLong(in.fieldIndex(ClaimsInput.ORDER)), r.missingMask());
            }
        };
    }

    private static ClaimRecord record(Row row) {
        if (row.isNullAt(row.fieldIndex(ClaimsSchema.VIDEO_ID))) {
            throw new InputException(null, 0, ClaimsSchema.VIDEO_ID, "missing: every row to score needs its video id");
        }
        return new ClaimRecord(row.getLong(row.fieldIndex(ClaimsSchema.VIDEO_ID)), text(row, ClaimsSchema.CLAIM_STATUS),
                number(row, ClaimsSchema.DURATION), text(row, ClaimsSchema.TRANSCRIPT),
                text(row, ClaimsSchema.VERIFIED_STATUS), text(row, ClaimsSchema.BAN_STATUS),
                number(row, ClaimsSchema.VIEWS), number(row, ClaimsSchema.LIKES), number(row, ClaimsSchema.SHARES),
                number(row, ClaimsSchema.DOWNLOADS), number(row, ClaimsSchema.COMMENTS));
    }

    private static String text(Row row, String c) {
        int i = row.fieldIndex(c);
        return row.isNullAt(i) ? null : row.getString(i);
    }

    private static double number(Row row, String c) {
        int i = row.fieldIndex(c);
        return row.isNullAt(i) ? Double.NaN : row.getDouble(i);
    }

    /**
     * Writes a sorted queue ({@link #queue}) as the lib's queue CSV, streaming the partitions in order through the
     * driver.
     */
    public static ScoringQueue.Summary write(Dataset<Row> sorted, ClaimsModel model, Path out) throws Exception {
        return write(sorted, model, out, System.out);
    }

    /** As {@link #write(Dataset, ClaimsModel, Path)}; {@code out} {@value AtomicOutput#STDOUT} writes to {@code stdout}. */
    public static ScoringQueue.Summary write(Dataset<Row> sorted, ClaimsModel model, Path out, OutputStream stdout)
            throws Exception {
        long[] counts = new long[3];
        AtomicOutput.write(out, stdout, os -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
            w.write(String.join(",", ScoringQueue.COLUMNS));
            w.write('\n');
            Iterator<Row> it = sorted.toLocalIterator();
            long rank = 0;
            while (it.hasNext()) {
                Row r = it.next();
                double p = r.getDouble(0);
                int mask = r.getInt(4);
                boolean claim = model.isClaim(p);
                counts[1] += claim ? 1 : 0;
                counts[2] += mask != 0 ? 1 : 0;
                w.write(Long.toString(++rank));
                w.write(',');
                w.write(Long.toString(r.getLong(2)));
                w.write(',');
                w.write(Double.toString(p));
                w.write(claim ? ",claim," : ",opinion,");
                if (mask != 0) {
                    w.write(String.join(";", ClaimRecord.columnsOf(mask)));
                }
                w.write('\n');
            }
            counts[0] = rank;
            w.flush();
        });
        return new ScoringQueue.Summary(counts[0], counts[1], counts[2]);
    }

    /** The first rows of a sorted queue ({@link #queue}) in the lib's queue columns, for a notebook. */
    public static tech.tablesaw.api.Table top(Dataset<Row> sorted, ClaimsModel model, int rows) {
        tech.tablesaw.api.IntColumn rank = tech.tablesaw.api.IntColumn.create("rank");
        tech.tablesaw.api.LongColumn id = tech.tablesaw.api.LongColumn.create(ClaimsSchema.VIDEO_ID);
        tech.tablesaw.api.DoubleColumn prob = tech.tablesaw.api.DoubleColumn.create("claim_probability");
        tech.tablesaw.api.StringColumn predicted = tech.tablesaw.api.StringColumn.create("predicted");
        tech.tablesaw.api.StringColumn imputed = tech.tablesaw.api.StringColumn.create("imputed");
        for (Row r : sorted.limit(rows).collectAsList()) {
            rank.append(rank.size() + 1);
            id.append(r.getLong(2));
            prob.append(r.getDouble(0));
            predicted.append(model.label(r.getDouble(0)));
            imputed.append(String.join(";", ClaimRecord.columnsOf(r.getInt(4))));
        }
        return tech.tablesaw.api.Table.create("Review queue (Spark)").addColumns(rank, id, prob, predicted, imputed);
    }
}
