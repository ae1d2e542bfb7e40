package tiktokclaims.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import tiktokclaims.data.ClaimsSchema;
import tiktokclaims.data.InputException;
import tiktokclaims.data.OutlierLimits;
import tiktokclaims.model.CourseModel;
import tiktokclaims.model.Encoder;
import tiktokclaims.model.Stats;
import tiktokclaims.report.Html;
import tiktokclaims.report.Renderable;
import tiktokclaims.report.TextTable;

/**
 * The course model ({@link CourseModel}) on Spark: the lib's preparation (complete rows only; likes and comments
 * capped at Q3 + 1.5·IQR, the quartiles exact and interpolated as pandas does, by SQL {@code percentile}; the
 * sorted levels of the two categorical columns, the first one the reference) and the Logit fitted by Spark ML's
 * {@link GeneralizedLinearRegression} (binomial, logit link, IRLS). The result has the fields, names and order of
 * the lib's {@code infer --json} ({@link tiktokclaims.model.LogitResult#toMap()} plus the average marginal effects),
 * p-values and intervals computed by the lib's {@link Stats} from Spark's estimates and standard errors (Spark
 * reports a p-value under about 1e-300 as 0). The marginal effects' delta method needs the whole covariance
 * matrix, which Spark does not expose: one more pass over the data sums the information matrix X'WX at the
 * estimates; its inverse's diagonal agrees with Spark's standard errors.
 */
public final class SparkInfer implements Renderable {

    /** IRLS stops when no coefficient changes by more than this (relative); the lib's Newton fit agrees to 1e-9. */
    static final double TOLERANCE = 1e-10;
    static final int MAX_ITERATIONS = 100;

    private final Map<String, Object> json;
    private final List<String> terms;
    private final double[] beta;
    private final double[] se;

    private SparkInfer(Map<String, Object> json, List<String> terms, double[] beta, double[] se) {
        this.json = json;
        this.terms = terms;
        this.beta = beta;
        this.se = se;
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
            Map<String, List<String>> levels = new LinkedHashMap<>();
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
                levels.put(c, List.copyOf(set));
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
                double[] se = new double[p];
                double[] sparkSe = s.coefficientStandardErrors();
                beta[0] = m.intercept();
                se[0] = sparkSe[p - 1];
                for (int j = 1; j < p; j++) {
                    beta[j] = m.coefficients().apply(j - 1);
                    se[j] = sparkSe[j - 1];
                }
                Information info = Information.of(x, beta);
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("model", "logit");
                json.put("dropped_incomplete_rows", total - n);
                json.putAll(summary(n, info.events, -s.deviance() / 2, -s.nullDeviance() / 2, s.numIterations(),
                        terms, beta, se));
                json.put("marginal_effects", marginalEffects(terms, beta, info));
                return new SparkInfer(json, List.copyOf(terms), beta, se);
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

    /** The fields of the lib's LogitResult.toMap(), in its order. */
    private static Map<String, Object> summary(long n, long events, double llf, double llnull, int iterations,
            List<String> terms, double[] beta, double[] se) {
        int k = beta.length;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", CourseModel.TARGET);
        m.put("positive_class", CourseModel.POSITIVE);
        m.put("n", n);
        m.put("events", events);
        m.put("log_likelihood", llf);
        m.put("null_log_likelihood", llnull);
        double llr = 2 * (llf - llnull);
        m.put("llr", llr);
        m.put("llr_p_value", Stats.chiSquareUpper(llr, k - 1));
        m.put("pseudo_r2", 1 - llf / llnull);
        m.put("aic", -2 * llf + 2 * k);
        m.put("bic", -2 * llf + k * Math.log(n));
        m.put("df_model", k - 1);
        m.put("iterations", iterations);
        m.put("converged", iterations < MAX_ITERATIONS);
        m.put("inference_valid", true);
        Map<String, Object> coefs = new LinkedHashMap<>();
        for (int j = 0; j < k; j++) {
            Map<String, Object> c = new LinkedHashMap<>();
            double z = beta[j] / se[j];
            double lo = beta[j] - Stats.Z975 * se[j];
            double hi = beta[j] + Stats.Z975 * se[j];
            c.put("estimate", beta[j]);
            c.put("std_error", se[j]);
            c.put("z", z);
            c.put("p_value", Stats.twoSidedNormal(z));
            c.put("ci_low", lo);
            c.put("ci_high", hi);
            c.put("odds_ratio", Math.exp(beta[j]));
            c.put("odds_ratio_ci_low", Math.exp(lo));
            c.put("odds_ratio_ci_high", Math.exp(hi));
            coefs.put(terms.get(j), c);
        }
        m.put("coefficients", coefs);
        return m;
    }

    /** Average marginal effects with delta-method standard errors, as the lib's MarginalEffects. */
    private static Map<String, Object> marginalEffects(List<String> terms, double[] beta, Information info) {
        int p = beta.length;
        double[][] cov = info.covariance();
        Map<String, Object> out = new LinkedHashMap<>();
        for (int j = 1; j < p; j++) {
            double effect = info.meanSlope * beta[j];
            double[] jac = new double[p];
            for (int k = 0; k < p; k++) {
                jac[k] = info.dSlope[k] * beta[j] + (k == j ? info.meanSlope : 0.0);
            }
            double var = 0;
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < p; b++) {
                    var += jac[a] * cov[a][b] * jac[b];
                }
            }
            double se = Math.sqrt(var);
            double z = effect / se;
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("dy_dx", effect);
            t.put("std_error", se);
            t.put("z", z);
            t.put("p_value", Stats.twoSidedNormal(z));
            t.put("ci_low", effect - Stats.Z975 * se);
            t.put("ci_high", effect + Stats.Z975 * se);
            out.put(terms.get(j), t);
        }
        return out;
    }

    /** The JSON fields, as {@code infer --json} writes them. */
    public Map<String, Object> toMap() {
        return json;
    }

    /** Term names, {@code const} first. */
    public List<String> terms() {
        return terms;
    }

    public double[] estimates() {
        return beta.clone();
    }

    public double[] stdErrors() {
        return se.clone();
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

    private String[] header() {
        return new String[] {"term", "coef", "std err", "z", "P>|z|", "odds ratio"};
    }

    private List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        for (int j = 0; j < beta.length; j++) {
            double z = beta[j] / se[j];
            rows.add(new String[] {terms.get(j), String.format(java.util.Locale.ROOT, "%.6g", beta[j]),
                String.format(java.util.Locale.ROOT, "%.4g", se[j]), Html.fixed(z, 3),
                String.format(java.util.Locale.ROOT, "%.3g", Stats.twoSidedNormal(z)),
                String.format(java.util.Locale.ROOT, "%.6g", Math.exp(beta[j]))});
        }
        return rows;
    }

    private String headline() {
        return "Logit on Spark (GeneralizedLinearRegression, binomial, IRLS): " + Html.thousands(((Number) json.get("n"))
                .longValue()) + " complete rows (" + Html.thousands(((Number) json.get("events")).longValue())
                + " verified), " + json.get("dropped_incomplete_rows") + " incomplete rows dropped, "
                + json.get("iterations") + " IRLS iterations, log-likelihood " + Html.fixed((Double) json.get(
                        "log_likelihood"), 3);
    }

    @Override
    public String toString() {
        return headline() + "\n" + TextTable.headed(header(), rows());
    }

    @Override
    public String toHTML() {
        return "<div class=\"tc-logit\"><p>" + Html.escape(headline()) + "</p>" + TextTable.html(header(), rows())
                + "</div>";
    }

    /**
     * One pass at the estimates: events, the information matrix X'WX (W = p(1 − p)) and the sums the marginal
     * effects need, mean p(1 − p) and mean p(1 − p)(1 − 2p)·x_k.
     */
    static final class Information {
        long events;
        double meanSlope;
        double[] dSlope;
        double[][] xwx;

        static Information of(Dataset<Row> x, double[] beta) {
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
            long n = x.count();
            Information info = new Information();
            info.events = Math.round(sums[0]);
            info.meanSlope = sums[1] / n;
            info.dSlope = new double[p];
            info.xwx = new double[p][p];
            for (int k = 0; k < p; k++) {
                info.dSlope[k] = sums[2 + k] / n;
                for (int l = 0; l < p; l++) {
                    info.xwx[k][l] = sums[2 + p + k * p + l];
                }
            }
            return info;
        }

        /** The inverse of X'WX (Gauss-Jordan with partial pivoting; the matrix is small and positive definite). */
        double[][] covariance() {
            int p = xwx.length;
            double[][] a = new double[p][2 * p];
            for (int i = 0; i < p; i++) {
                System.arraycopy(xwx[i], 0, a[i], 0, p);
                a[i][p + i] = 1;
            }
            for (int c = 0; c < p; c++) {
                int pivot = c;
                for (int r = c + 1; r < p; r++) {
                    if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                        pivot = r;
                    }
                }
                double[] swap = a[c];
                a[c] = a[pivot];
                a[pivot] = swap;
                double d = a[c][c];
                for (int k = 0; k < 2 * p; k++) {
                    a[c][k] /= d;
                }
                for (int r = 0; r < p; r++) {
                    if (r != c && a[r][c] != 0) {
                        double f = a[r][c];
                        for (int k = 0; k < 2 * p; k++) {
                            a[r][k] -= f * a[c][k];
                        }
                    }
                }
            }
            double[][] inv = new double[p][p];
            for (int i = 0; i < p; i++) {
                System.arraycopy(a[i], p, inv[i], 0, p);
            }
            return inv;
        }
    }
}
