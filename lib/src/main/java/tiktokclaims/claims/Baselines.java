package tiktokclaims.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tiktokclaims.evaluate.ConfusionMatrix;
import tiktokclaims.evaluate.RocCurve;
import tiktokclaims.evaluate.Thresholds;
import tiktokclaims.report.Html;
import tiktokclaims.report.Markdown;
import tiktokclaims.text.Tokenizer;

/**
 * The simplest models a sceptical reader would try, scored on the SAME test rows as the chosen model: is the
 * chosen model's near-perfect score a property of the model, or of how easy the data are?
 *
 * <ul>
 *   <li><b>single-term rule</b>: "claim if the transcript contains TERM" (or "unless it contains TERM"), the one
 *   word or two-word phrase of the training transcripts (found in at least the vectorizer's {@code minDf}
 *   training transcripts) whose rule is right on the most training rows;</li>
 *   <li>a logistic regression on the transcript's terms alone (the chosen model's TF-IDF columns), on the
 *   engagement counts alone (log1p views, likes, shares, downloads, comments), on the account fields alone
 *   (verified, ban status), and on the transcript's length alone (characters, words).</li>
 * </ul>
 * Every baseline learns on the training rows of the chosen model's split, takes its threshold on the validation
 * rows by the chosen model's own rule ({@link OperatingPoint#choose}), and is scored once on the test rows.
 *
 * @param table     one row per model (the chosen model first): name, what it reads, test precision, recall and
 *                  ROC AUC, missed claims, opinions flagged
 * @param bestTerm  the single-term rule's term
 * @param termClaim true when the rule says claim if the term is present, false when it says claim unless it is
 */
public record Baselines(Table table, String bestTerm, boolean termClaim) {

    /** Column names of {@link #table()}. */
    public static final String MODEL = "model";
    public static final String READS = "reads";
    public static final String PRECISION = "test_precision";
    public static final String RECALL = "test_recall";
    public static final String AUC = "test_auc";
    public static final String MISSED = "missed_claims";
    public static final String FLAGGED = "opinions_flagged";

    /** Row labels of the baselines in {@link #table()}, after the chosen model's row. */
    public static final String RULE = "Single-term rule";
    public static final String TEXT = "Transcript terms alone";
    public static final String ENGAGEMENT = "Engagement alone";
    public static final String ACCOUNT = "Account fields alone";
    public static final String LENGTH = "Transcript length alone";

    /** Fits and scores every baseline on the split of {@code result}, beside its chosen model. */
    public static Baselines of(TrainingResult result) {
        List<ClaimRecord> labelled = result.labelled();
        ClaimsTraining.Splits s = result.splits();
        List<ClaimRecord> train = ClaimsTraining.pick(labelled, s.train());
        List<ClaimRecord> val = ClaimsTraining.pick(labelled, s.validation());
        List<ClaimRecord> test = ClaimsTraining.pick(labelled, s.test());
        int[] yTrain = ClaimsTraining.labels(train);
        int[] yVal = ClaimsTraining.labels(val);
        int[] yTest = ClaimsTraining.labels(test);
        TrainingOptions options = result.options();

        Table t = Table.create("Baselines on the same " + Html.thousands(test.size()) + " test rows",
                StringColumn.create(MODEL), StringColumn.create(READS), DoubleColumn.create(PRECISION),
                DoubleColumn.create(RECALL), DoubleColumn.create(AUC), IntColumn.create(MISSED),
                IntColumn.create(FLAGGED));
        add(t, "Chosen: " + result.model().kind().label(), "transcript terms, engagement, account fields, length",
                result.testConfusion(), result.testRoc().auc());

        // The chosen model's features were fitted on these same training rows with these options: reuse them,
        // and the rows training built from them. The five baselines are independent fits: they run in parallel
        // and are added in this order.
        ClaimFeatures features = result.model().features();
        ClaimsTraining.FeatureRows rows = result.featureRows();
        double[][] xTrain = rows.train();
        double[][] xVal = rows.validation();
        double[][] xTest = rows.test();
        int[] textCols = range(11, features.size());
        List<Supplier<Scored>> baselines = List.of(
                () -> {
                    Rule rule = bestRule(train, yTrain, options.text().minN(), Math.min(2, options.text().maxN()),
                            options.text().minDf());
                    double[] ruleTest = rule.scores(test);
                    return new Scored(RULE, (rule.claimIfPresent ? "claim if the transcript contains \""
                            : "claim unless the transcript contains \"") + rule.term + "\"",
                            ConfusionMatrix.of(yTest, Thresholds.predict(ruleTest, 0.5)), RocCurve.of(yTest, ruleTest).auc(),
                            rule);
                },
                () -> logistic(TEXT, "the " + textCols.length + " TF-IDF transcript terms", textCols, xTrain, yTrain,
                        xVal, yVal, xTest, yTest, options),
                () -> logistic(ENGAGEMENT, "views, likes, shares, downloads, comments (log)", range(4, 9), xTrain,
                        yTrain, xVal, yVal, xTest, yTest, options),
                () -> logistic(ACCOUNT, "verified status, ban status", range(1, 4), xTrain, yTrain, xVal, yVal, xTest,
                        yTest, options),
                () -> logistic(LENGTH, "transcript characters and words", range(9, 11), xTrain, yTrain, xVal, yVal,
                        xTest, yTest, options));
        List<Scored> scored = baselines.parallelStream().map(Supplier::get).toList();
        for (Scored b : scored) {
            add(t, b.name, b.reads, b.confusion, b.auc);
        }
        Rule rule = scored.get(0).rule;
        return new Baselines(t, rule.term, rule.claimIfPresent);
    }

    /**
     * {@link #of} on another thread, for a notebook: the baselines are fitted while the cells between this one and
     * the one that shows them run (those mostly keep one core busy), and {@code join()} there waits only for what
     * is left. The result is the same as {@link #of}'s.
     */
    public static CompletableFuture<Baselines> start(TrainingResult result) {
        return CompletableFuture.supplyAsync(() -> of(result));
    }

    /** The row of one model, by its label in the {@link #MODEL} column. */
    public int row(String model) {
        StringColumn names = table.stringColumn(MODEL);
        for (int r = 0; r < table.rowCount(); r++) {
            if (names.get(r).equals(model) || (model.equals("chosen") && r == 0)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no baseline named '" + model + "'");
    }

    /** Test precision, recall or AUC ({@link #PRECISION}, {@link #RECALL}, {@link #AUC}) of one model. */
    public double metric(String model, String column) {
        return table.doubleColumn(column).get(row(model));
    }

    /** ROC AUC at or above which a baseline is said to separate claims from opinions almost perfectly. */
    public static final double NEAR_PERFECT = 0.99;

    /** The feature-group baselines (transcript terms, engagement, account, length) that reach {@link #NEAR_PERFECT}. */
    public List<String> nearPerfect() {
        List<String> out = new ArrayList<>();
        for (String g : List.of(TEXT, ENGAGEMENT, ACCOUNT, LENGTH)) {
            if (metric(g, AUC) >= NEAR_PERFECT) {
                out.add(g.replace(" alone", "").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    /** True when a baseline nearly matches the model: a feature group at {@link #NEAR_PERFECT}, or the rule at 0.95. */
    public boolean dataLookSeparable() {
        return !nearPerfect().isEmpty() || metric(RULE, AUC) >= 0.95;
    }

    /**
     * What the comparison says, in plain words and computed: what the one-phrase rule and each feature group reach
     * beside the chosen model, and what that means for real reports.
     */
    public Markdown finding() {
        List<String> near = nearPerfect();
        String verdict;
        if (dataLookSeparable()) {
            verdict = (near.isEmpty() ? "A single phrase nearly decides the label"
                    : "The " + join(near) + " alone already " + (near.size() == 1 ? "separates" : "separate")
                    + " claims from opinions almost perfectly (ROC AUC at least " + NEAR_PERFECT + ")")
                    + (near.contains("engagement") ? ", although view and share counts say nothing about what a video says" : "")
                    + ". Real reports are unlikely to be this easy: this looks like generated or templated data. "
                    + "So the chosen model's near-perfect score describes how this dataset was made, not how well the model "
                    + "would read real reports; expect clearly lower precision and recall on them until it is measured on "
                    + "a labelled sample of real reports.";
        } else if (metric(RULE, AUC) >= 0.8) {
            verdict = "A single phrase already carries much of the signal, so the model's score leans on recurring "
                    + "wording; real reports worded differently may score lower.";
        } else {
            verdict = "No single phrase decides the label, and no feature group alone comes close to the model.";
        }
        return Markdown.format("The one-phrase rule %s reaches precision **%.4f** and recall **%.4f** on the same "
                + "test rows (ROC AUC **%.4f**). Alone, the transcript's terms reach ROC AUC **%.4f**, engagement "
                + "**%.4f**, the account fields **%.4f** and the transcript's length **%.4f**, against **%.4f** for the "
                + "chosen model. %s",
                ruleText(), metric(RULE, PRECISION), metric(RULE, RECALL), metric(RULE, AUC), metric(TEXT, AUC),
                metric(ENGAGEMENT, AUC), metric(ACCOUNT, AUC), metric(LENGTH, AUC), metric("chosen", AUC), verdict);
    }

    /**
     * The executive summary's next step for the claims classifier, computed: when the data look separable
     * ({@link #dataLookSeparable}), measure the classifier on a labelled sample of real reports before its queue is
     * used; otherwise, agree its operating point and use it, measured again as wording changes.
     */
    public Markdown nextStep() {
        List<String> near = nearPerfect();
        if (dataLookSeparable()) {
            return Markdown.format("**Before the claims queue is used, measure it on real reports.** The claim-versus-opinion "
                    + "classifier scores almost perfectly on this dataset (precision **%.2f%%**, recall **%.2f%%** on "
                    + "unseen reports), but so do checks a sceptic would try in minutes: %sa one-line rule, %s, finds "
                    + "**%.2f%%** of the claims with **%.2f%%** of its flags right. This dataset is far easier than real "
                    + "reports will be. Label a sample of real incoming reports, measure the classifier on it, and agree "
                    + "its operating point with the moderation team on those figures.",
                    100 * metric("chosen", PRECISION), 100 * metric("chosen", RECALL),
                    near.isEmpty() ? "" : "the " + join(near) + " alone " + (near.size() == 1 ? "separates" : "separate")
                            + " claims from opinions almost perfectly, and ",
                    ruleText(), 100 * metric(RULE, RECALL), 100 * metric(RULE, PRECISION));
        }
        return Markdown.format("The claim-versus-opinion classifier reaches precision **%.2f%%** and recall **%.2f%%** "
                + "on unseen reports, clearly above the simplest baselines (a one-phrase rule: ROC AUC **%.4f**). Agree "
                + "its operating point with the moderation team and measure it again as the wording of reports changes.",
                100 * metric("chosen", PRECISION), 100 * metric("chosen", RECALL), metric(RULE, AUC));
    }

    private static String join(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private String ruleText() {
        return (termClaim ? "\"claim if the transcript contains " : "\"claim unless the transcript contains ")
                + "'" + bestTerm + "'\"";
    }

    /** "claim if/unless the transcript contains TERM": present = 1 (or 0). */
    record Rule(String term, boolean claimIfPresent, int minN, int maxN) {
        double[] scores(List<ClaimRecord> records) {
            double[] s = new double[records.size()];
            for (int i = 0; i < s.length; i++) {
                boolean present = terms(records.get(i), minN, maxN).contains(term);
                s[i] = present == claimIfPresent ? 1 : 0;
            }
            return s;
        }
    }

    /**
     * The single-term rule right on the most training rows; ties go to the alphabetically first term, then to
     * "claim if present".
     */
    static Rule bestRule(List<ClaimRecord> train, int[] y, int minN, int maxN, int minDf) {
        Map<String, int[]> docs = new TreeMap<>();
        int claims = 0;
        for (int i = 0; i < train.size(); i++) {
            claims += y[i];
            for (String term : terms(train.get(i), minN, maxN)) {
                docs.computeIfAbsent(term, k -> new int[2])[y[i]]++;
            }
        }
        int n = train.size();
        int opinions = n - claims;
        Rule best = null;
        int bestRight = -1;
        for (Map.Entry<String, int[]> e : docs.entrySet()) {
            int withOpinion = e.getValue()[0];
            int withClaim = e.getValue()[1];
            if (withOpinion + withClaim < minDf) {
                continue;
            }
            int present = withClaim + (opinions - withOpinion);
            int absent = (claims - withClaim) + withOpinion;
            if (present > bestRight) {
                best = new Rule(e.getKey(), true, minN, maxN);
                bestRight = present;
            }
            if (absent > bestRight) {
                best = new Rule(e.getKey(), false, minN, maxN);
                bestRight = absent;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no term occurs in " + minDf + " or more training transcripts");
        }
        return best;
    }

    private static Set<String> terms(ClaimRecord r, int minN, int maxN) {
        String t = r.transcript() == null ? "" : r.transcript();
        return new HashSet<>(Tokenizer.ngrams(Tokenizer.words(t), minN, maxN));
    }

    /** One baseline's test result, its row of the table (and the rule itself for the single-term rule). */
    private record Scored(String name, String reads, ConfusionMatrix confusion, double auc, Rule rule) {
    }

    private static Scored logistic(String name, String reads, int[] cols, double[][] xTrain, int[] yTrain,
            double[][] xVal, int[] yVal, double[][] xTest, int[] yTest, TrainingOptions options) {
        LogisticClassifier model = LogisticClassifier.fit(select(xTrain, cols), yTrain, options.models());
        double[] pVal = ClaimsTraining.probabilities(model, select(xVal, cols));
        double[] pTest = ClaimsTraining.probabilities(model, select(xTest, cols));
        OperatingPoint point = OperatingPoint.choose(yVal, pVal, options.minPrecision());
        return new Scored(name, reads, ConfusionMatrix.of(yTest, Thresholds.predict(pTest, point.threshold())),
                RocCurve.of(yTest, pTest).auc(), null);
    }

    private static void add(Table t, String name, String reads, ConfusionMatrix cm, double auc) {
        t.stringColumn(MODEL).append(name);
        t.stringColumn(READS).append(reads);
        t.doubleColumn(PRECISION).append(cm.precision());
        t.doubleColumn(RECALL).append(cm.recall());
        t.doubleColumn(AUC).append(auc);
        t.intColumn(MISSED).append((int) cm.fn());
        t.intColumn(FLAGGED).append((int) cm.fp());
    }

    private static double[][] select(double[][] x, int[] cols) {
        double[][] out = new double[x.length][cols.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < cols.length; j++) {
                out[i][j] = x[i][cols[j]];
            }
        }
        return out;
    }

    private static int[] range(int from, int to) {
        int[] r = new int[Math.max(0, to - from)];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }
}
