package tiktokclaims.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.regression.GeneralizedLinearRegression;
import org.apache.spark.ml.regression.GeneralizedLinearRegressionModel;
import org.apache.spark.ml.regression.GeneralizedLinearRegressionTrainingSummary;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import tiktokclaims.cli.InferCommand;
import tiktokclaims.data.ClaimsSchema;
import tiktokclaims.data.InputException;
import tiktokclaims.data.OutlierLimits;
import tiktokclaims.model.CourseModel;
import tiktokclaims.model.Encoder;
import tiktokclaims.model.LogitResult;
import tiktokclaims.model.MarginalEffects;
import tiktokclaims.report.Html;
import tiktokclaims.report.Renderable;

/**
 * The course model ({@link CourseModel}) on Spark: the lib's preparation (complete rows only; likes and comments
 * capped at Q3 + 1.5·IQR, the quartiles exact and interpolated as pandas does, by SQL {@code percentile}; the
 * sorted levels of the two categorical columns, the first one the reference) and the Logit fitted by Spark ML's
 * {@link GeneralizedLinearRegression} (binomial, logit link, IRLS). One more pass at Spark's estimates sums what
 * the lib needs from the rows, the information matrix X'WX and the two averages of the marginal effects; from
 * there on it is the lib's code: a {@link LogitResult} ({@link LogitResult#of}: covariance, standard errors, z, p,
 * intervals, odds ratios, summary, JSON) and its {@link MarginalEffects}, written by {@link InferCommand#report}
 * exactly as {@code infer} writes them.
 */
public final class SparkInfer implements Renderable {

    /** IRLS stops when no coefficient changes by more than this (relative); the lib's Newton fit agrees to 1e-9. */
    static final double TOLERANCE = 1e-10;
    static final int MAX_ITERATIONS = 100;

    private final LogitResult result;
    private final MarginalEffects effects;
    private final long droppedRows;

    private SparkInfer(LogitResult result, MarginalEffects effects, long droppedRows) {
        this.result = result;
        this.effects = effects;
        this.droppedRows = droppedRows;
    }

    /**
     * Prepares the data and fits the course model.
     *
     * @param raw  the claims data ({@link ClaimsInput#read}), every column required
     * @param name the file, for messages
     */
    public static SparkInfer fit(Dataset<Row> raw, java.nio.file.Path name) {
        List<String> numeric = new ArrayList<>(ClaimsSchema.COUNTS);
        numeric.add(0, ClaimsSchema.DURATION);
        Column complete = functions.lit(true);
        for (String c : ClaimsSchema.COLUMNS) {
            complete = complete.and(functions.col("`" + c + "`").isNotNull());
        }
        List<Column> kept = new ArrayList<>();
        for (String c : numeric) {
            kept.add(functions.col(c));
        }
        for (String c : List.of(ClaimsSchema.CLAIM_STATUS, ClaimsSchema.VERIFIED_STATUS, ClaimsSchema.BAN_STATUS)) {
            kept.add(functions.col(c));
        }
        kept.add(complete.as("complete"));
        Dataset<Row> marked = raw.select(kept.toArray(Column[]::new)).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Row counts = marked.agg(functions.count(functions.lit(1)),
                    functions.sum(functions.when(functions.col("complete"), 1).otherwise(0))).first();
            long total = counts.getLong(0);
            long n = counts.isNullAt(1) ? 0 : counts.getLong(1);
            if (n == 0) {
                throw new InputException(name, "no complete rows (every row has an empty field): nothing to fit");
            }
            Dataset<Row> rows = marked.where("complete");
            Dataset<Row> capped = cap(rows);
            List<Column> design = new ArrayList<>();
            List<String> terms = new ArrayList<>(List.of("const"));
            for (String c : CourseModel.NUMERIC) {
                design.add(functions.col(c));
                terms.add(c);
            }
            for (String c : CourseModel.CATEGORICAL) {
                TreeSet<String> set = new TreeSet<>();
                for (Row r : rows.select(c).distinct().collectAsList()) {
                    set.add(r.getString(0));
                }
                for (String level : List.copyOf(set).subList(1, set.size())) {
                    String term = Encoder.dummyName(c, level);
                    design.add(functions.when(functions.col(c).equalTo(level), 1.0).otherwise(0.0).as(term));
                    terms.add(term);
                }
            }
            design.add(functions.when(functions.col(CourseModel.TARGET).equalTo(CourseModel.POSITIVE), 1.0)
                    .otherwise(0.0).as("label"));
            List<String> features = terms.subList(1, terms.size());
            Dataset<Row> x = new VectorAssembler().setInputCols(features.toArray(String[]::new))
                    .setOutputCol("features").transform(capped.select(design.toArray(Column[]::new)))
                    .select("features", "label").persist(StorageLevel.MEMORY_AND_DISK());
            try {
                GeneralizedLinearRegressionModel m = new GeneralizedLinearRegression().setFamily("binomial")
                        .setLink("logit").setSolver("irls").setMaxIter(MAX_ITERATIONS).setTol(TOLERANCE)
                        .setRegParam(0.0).setFitIntercept(true).fit(x);
                GeneralizedLinearRegressionTrainingSummary s = m.summary();
                int p = terms.size();
                double[] beta = new double[p];
                beta[0] = m.intercept();
                for (int j = 1; j < p; j++) {
                    beta[j] = m.coefficients().apply(j - 1);
                }
                RowSums sums = RowSums.of(x, beta);
                LogitResult result = LogitResult.of(new LogitResult.Fitted(CourseModel.TARGET, CourseModel.POSITIVE,
                        terms, n, sums.events, beta, sums.information, -s.deviance() / 2, -s.nullDeviance() / 2,
                        s.numIterations(), s.numIterations() < MAX_ITERATIONS));
                MarginalEffects effects = MarginalEffects.of(result,
                        new MarginalEffects.Averages(sums.slope / n, divide(sums.slopeGradient, n)));
                return new SparkInfer(result, effects, total - n);
            } finally {
                x.unpersist();
            }
        } finally {
            marked.unpersist();
        }
    }

    /** Likes and comments capped at the upper IQR fence of the complete rows, as the lib does. */
    private static Dataset<Row> cap(Dataset<Row> rows) {
        List<Column> q = new ArrayList<>();
        for (String c : CourseModel.CAPPED) {
            q.add(functions.expr("percentile(`" + c + "`, array(0.25, 0.75))"));
        }
        Row quartiles = rows.agg(q.get(0), q.subList(1, q.size()).toArray(Column[]::new)).first();
        Dataset<Row> out = rows;
        for (int i = 0; i < CourseModel.CAPPED.size(); i++) {
            String c = CourseModel.CAPPED.get(i);
            List<Double> qs = quartiles.getList(i);
            double upper = OutlierLimits.of(c, qs.get(0), qs.get(1)).upper();
            out = out.withColumn(c, functions.when(functions.col(c).gt(upper), upper).otherwise(functions.col(c)));
        }
        return out;
    }

    private static double[] divide(double[] v, long n) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / n;
        }
        return out;
    }

    /** The fit, as the lib's result type (no design: the rows are in Spark). */
    public LogitResult result() {
        return result;
    }

    /** The average marginal effects, by the lib's {@link MarginalEffects}. */
    public MarginalEffects marginalEffects() {
        return effects;
    }

    /** Rows left out for an empty field. */
    public long droppedRows() {
        return droppedRows;
    }

    /** The JSON fields, as {@code infer --json} writes them ({@link InferCommand#json}). */
    public Map<String, Object> toMap() {
        return InferCommand.json(result, effects, droppedRows);
    }

    /** Term names, {@code const} first. */
    public List<String> terms() {
        return result.terms();
    }

    public double[] estimates() {
        return result.estimates();
    }

    public double[] stdErrors() {
        return result.stdErrors();
    }

    /**
     * Side by side with the lib's fit of the same data: term, the two estimates and standard errors, and their
     * relative differences |Spark − lib| / |lib|.
     */
    public tech.tablesaw.api.Table compareWith(tiktokclaims.model.LogitResult lib) {
        tech.tablesaw.api.StringColumn term = tech.tablesaw.api.StringColumn.create("term");
        tech.tablesaw.api.DoubleColumn libEst = tech.tablesaw.api.DoubleColumn.create("lib_estimate");
        tech.tablesaw.api.DoubleColumn sparkEst = tech.tablesaw.api.DoubleColumn.create("spark_estimate");
        tech.tablesaw.api.DoubleColumn estDiff = tech.tablesaw.api.DoubleColumn.create("estimate_rel_diff");
        tech.tablesaw.api.DoubleColumn libSe = tech.tablesaw.api.DoubleColumn.create("lib_std_error");
        tech.tablesaw.api.DoubleColumn sparkSe = tech.tablesaw.api.DoubleColumn.create("spark_std_error");
        tech.tablesaw.api.DoubleColumn seDiff = tech.tablesaw.api.DoubleColumn.create("std_error_rel_diff");
        List<String> terms = terms();
        double[] beta = estimates();
        double[] se = stdErrors();
        double[] b = lib.estimates();
        double[] s = lib.stdErrors();
        for (int j = 0; j < terms.size(); j++) {
            int k = lib.terms().indexOf(terms.get(j));
            if (k < 0) {
                throw new IllegalArgumentException("the lib's fit has no term " + terms.get(j));
            }
            term.append(terms.get(j));
            libEst.append(b[k]);
            sparkEst.append(beta[j]);
            estDiff.append(Math.abs(beta[j] - b[k]) / Math.abs(b[k]));
            libSe.append(s[k]);
            sparkSe.append(se[j]);
            seDiff.append(Math.abs(se[j] - s[k]) / Math.abs(s[k]));
        }
        return tech.tablesaw.api.Table.create("lib vs Spark").addColumns(term, libEst, sparkEst, estDiff, libSe,
                sparkSe, seDiff);
    }

    private String headline() {
        return "Fitted on Spark (GeneralizedLinearRegression, binomial, logit, IRLS); " + Html.thousands(droppedRows)
                + " incomplete rows dropped.";
    }

    @Override
    public String toString() {
        return headline() + "\n" + result + "\n" + effects;
    }

    @Override
    public String toHTML() {
        return "<div class=\"tc-spark-logit\"><p>" + Html.escape(headline()) + "</p>" + result.toHTML()
                + effects.toHTML() + "</div>";
    }

    /**
     * One pass at the estimates: the events, the information matrix X'WX (W = p(1 − p)) and the sums of
     * p(1 − p) and of p(1 − p)(1 − 2p)·x_k that the marginal effects average.
     */
    static final class RowSums {
        long events;
        double slope;
        double[] slopeGradient;
        double[][] information;

        static RowSums of(Dataset<Row> x, double[] beta) {
            int p = beta.length;
            double[] zero = new double[1 + 1 + p + p * p];
            double[] sums = x.javaRDD().treeAggregate(zero, (acc, row) -> {
                org.apache.spark.ml.linalg.Vector v = row.getAs(0);
                double[] xi = new double[p];
                xi[0] = 1;
                double eta = beta[0];
                for (int j = 1; j < p; j++) {
                    xi[j] = v.apply(j - 1);
                    eta += beta[j] * xi[j];
                }
                double pr = 1 / (1 + Math.exp(-eta));
                double w = pr * (1 - pr);
                acc[0] += row.getDouble(1);
                acc[1] += w;
                for (int k = 0; k < p; k++) {
                    acc[2 + k] += w * (1 - 2 * pr) * xi[k];
                    for (int l = 0; l < p; l++) {
                        acc[2 + p + k * p + l] += w * xi[k] * xi[l];
                    }
                }
                return acc;
            }, (a, b) -> {
                for (int i = 0; i < a.length; i++) {
                    a[i] += b[i];
                }
                return a;
            });
            RowSums r = new RowSums();
            r.events = Math.round(sums[0]);
            r.slope = sums[1];
            r.slopeGradient = new double[p];
            r.information = new double[p][p];
            for (int k = 0; k < p; k++) {
                r.slopeGradient[k] = sums[2 + k];
                for (int l = 0; l < p; l++) {
                    r.information[k][l] = sums[2 + p + k * p + l];
                }
            }
            return r;
        }
    }
}
