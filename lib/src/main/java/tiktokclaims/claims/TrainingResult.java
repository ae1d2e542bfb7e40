package tiktokclaims.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tiktokclaims.evaluate.ClassificationReport;
import tiktokclaims.evaluate.ConfusionMatrix;
import tiktokclaims.evaluate.PrecisionRecallCurve;
import tiktokclaims.evaluate.RocCurve;
import tiktokclaims.evaluate.Thresholds;
import tiktokclaims.report.Html;
import tiktokclaims.report.Renderable;

/**
 * What {@link ClaimsTraining#train} produced: the chosen {@link ClaimsModel}, the validation comparison of the
 * candidates, and the chosen model's scores on the held-out test rows (used once). Renders as text and HTML
 * (transcripts escaped).
 */
public final class TrainingResult implements Renderable {

    private static final String NEG = "opinion";
    private static final String POS = "claim";

    private final TrainingOptions options;
    private final List<ClaimRecord> labelled;
    private final ClaimsTraining.Splits splits;
    private final List<Candidate> candidates;
    private final ClaimsModel model;
    private final int[] testActual;
    private final double[] testProbability;
    /** The chosen model's feature rows of the three parts, kept from training (null until asked when not). */
    private ClaimsTraining.FeatureRows featureRows;

    TrainingResult(TrainingOptions options, List<ClaimRecord> labelled, ClaimsTraining.Splits splits,
                   List<Candidate> candidates, ClaimsModel model, int[] testActual, double[] testProbability) {
        this(options, labelled, splits, candidates, model, testActual, testProbability, null);
    }

    TrainingResult(TrainingOptions options, List<ClaimRecord> labelled, ClaimsTraining.Splits splits,
                   List<Candidate> candidates, ClaimsModel model, int[] testActual, double[] testProbability,
                   ClaimsTraining.FeatureRows featureRows) {
        this.featureRows = featureRows;
        this.options = options;
        this.labelled = labelled;
        this.splits = splits;
        this.candidates = List.copyOf(candidates);
        this.model = model;
        this.testActual = testActual;
        this.testProbability = testProbability;
    }

    /** The chosen model, ready to save or score with. */
    public ClaimsModel model() {
        return model;
    }

    /** The settings used. */
    public TrainingOptions options() {
        return options;
    }

    /** The labelled rows that were split (row indices of {@link #splits()} point into this list). */
    public List<ClaimRecord> labelled() {
        return labelled;
    }

    /** Train / validation / test row indices into {@link #labelled()}. */
    public ClaimsTraining.Splits splits() {
        return splits;
    }

    /**
     * The chosen model's feature rows ({@link ClaimFeatures#matrix}) of the train, validation and test rows: those
     * training built, else built now. Shared arrays: read them, never write.
     */
    synchronized ClaimsTraining.FeatureRows featureRows() {
        if (featureRows == null) {
            ClaimFeatures f = model.features();
            featureRows = new ClaimsTraining.FeatureRows(f.matrix(ClaimsTraining.pick(labelled, splits.train())),
                    f.matrix(ClaimsTraining.pick(labelled, splits.validation())),
                    f.matrix(ClaimsTraining.pick(labelled, splits.test())));
        }
        return featureRows;
    }

    /** Every model's validation scores, in {@link TrainingOptions#kinds()} order. */
    public List<Candidate> candidates() {
        return candidates;
    }

    /**
     * The validation comparison as a table: {@code model}, {@code roc_auc}, {@code average_precision},
     * {@code threshold}, {@code precision}, {@code recall} (at the threshold), {@code chosen} ("yes" for the
     * chosen model).
     */
    public Table validation() {
        Table t = Table.create("Validation (" + splits.validation().length + " rows): " + model.thresholdRule());
        StringColumn name = StringColumn.create("model");
        DoubleColumn auc = DoubleColumn.create("roc_auc");
        DoubleColumn ap = DoubleColumn.create("average_precision");
        DoubleColumn threshold = DoubleColumn.create("threshold");
        DoubleColumn precision = DoubleColumn.create("precision");
        DoubleColumn recall = DoubleColumn.create("recall");
        StringColumn chosen = StringColumn.create("chosen");
        for (Candidate c : candidates) {
            name.append(c.kind().label());
            auc.append(c.auc());
            ap.append(c.averagePrecision());
            threshold.append(c.point().threshold());
            precision.append(c.point().precision());
            recall.append(c.point().recall());
            chosen.append(c.kind() == model.kind() ? "yes" : "");
        }
        return t.addColumns(name, auc, ap, threshold, precision, recall, chosen);
    }

    /**
     * The split as a table named after its seed: one row per part ({@code train}, {@code validation},
     * {@code test}) with {@code rows}, {@code claims} (rows labelled claim) and {@code claim_share}
     * (claims / rows).
     */
    public Table splitTable() {
        StringColumn part = StringColumn.create("part");
        IntColumn rows = IntColumn.create("rows");
        IntColumn claims = IntColumn.create("claims");
        DoubleColumn share = DoubleColumn.create("claim_share");
        String[] names = {"train", "validation", "test"};
        int[][] parts = {splits.train(), splits.validation(), splits.test()};
        for (int k = 0; k < parts.length; k++) {
            int c = 0;
            for (int i : parts[k]) {
                c += labelled.get(i).label();
            }
            part.append(names[k]);
            rows.append(parts[k].length);
            claims.append(c);
            share.append((double) c / parts[k].length);
        }
        return Table.create("The 60/20/20 split (stratified, seed " + options.seed() + ")")
                .addColumns(part, rows, claims, share);
    }

    /**
     * The outcome of the model choice on the validation rows.
     *
     * @param chosen          the chosen model's candidate
     * @param tiedCandidates  how many candidates (the chosen one included) reach exactly the chosen one's
     *                        validation recall and precision, i.e. were separated only by the later tie rules
     * @param minAuc          the lowest validation ROC AUC among the candidates
     * @param maxAuc          the highest validation ROC AUC among the candidates
     */
    public record Selection(Candidate chosen, int tiedCandidates, double minAuc, double maxAuc) {
    }

    /** The chosen candidate, how many candidates tie with it on recall and precision, and the range of AUCs. */
    public Selection selection() {
        Candidate chosen = candidates.stream().filter(c -> c.kind() == model.kind()).findFirst().orElseThrow();
        int tied = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Candidate c : candidates) {
            if (c.point().recall() == chosen.point().recall()
                    && c.point().precision() == chosen.point().precision()) {
                tied++;
            }
            min = Math.min(min, c.auc());
            max = Math.max(max, c.auc());
        }
        return new Selection(chosen, tied, min, max);
    }

    /** Test labels (1 = claim), in the order of {@code splits().test()}. */
    public int[] testActual() {
        return testActual.clone();
    }

    /** The chosen model's claim probabilities on the test rows, same order as {@link #testActual()}. */
    public double[] testProbabilities() {
        return testProbability.clone();
    }

    /** Test predictions at the model's threshold (1 = claim). */
    public int[] testPredicted() {
        return Thresholds.predict(testProbability, model.threshold());
    }

    /** Confusion matrix on the test rows (positive class: claim). */
    public ConfusionMatrix testConfusion() {
        return ConfusionMatrix.of(testActual, testPredicted(), NEG, POS);
    }

    /** Precision, recall and F1 per class on the test rows. */
    public ClassificationReport testReport() {
        return ClassificationReport.of(testActual, testPredicted(), NEG, POS);
    }

    /** ROC curve of the test probabilities. */
    public RocCurve testRoc() {
        return RocCurve.of(testActual, testProbability);
    }

    /** Precision-recall curve of the test probabilities. */
    public PrecisionRecallCurve testPrecisionRecall() {
        return PrecisionRecallCurve.of(testActual, testProbability);
    }

    /** Feature importance of the chosen model ({@link ClaimsModel#featureImportance()}). */
    public Table featureImportance() {
        return model.featureImportance();
    }

    /**
     * The misclassified test videos, most confident mistakes first: {@code video_id}, {@code transcript} (user
     * text: {@link Html#table} escapes it), {@code actual}, {@code predicted}, {@code claim_probability}.
     */
    public Table errors() {
        int[] predicted = testPredicted();
        List<Integer> wrong = new ArrayList<>();
        for (int i = 0; i < predicted.length; i++) {
            if (predicted[i] != testActual[i]) {
                wrong.add(i);
            }
        }
        double t = model.threshold();
        wrong.sort(Comparator.<Integer>comparingDouble(i -> -Math.abs(testProbability[i] - t))
                .thenComparingInt(i -> i));
        Table table = Table.create("Misclassified test videos (" + wrong.size() + " of " + predicted.length + ")");
        LongColumn id = LongColumn.create("video_id");
        StringColumn text = StringColumn.create("transcript");
        StringColumn actual = StringColumn.create("actual");
        StringColumn pred = StringColumn.create("predicted");
        DoubleColumn prob = DoubleColumn.create("claim_probability");
        for (int i : wrong) {
            ClaimRecord r = labelled.get(splits.test()[i]);
            id.append(r.videoId());
            text.append(r.transcript() == null ? "" : r.transcript());
            actual.append(testActual[i] == 1 ? POS : NEG);
            pred.append(predicted[i] == 1 ? POS : NEG);
            prob.append(testProbability[i]);
        }
        return table.addColumns(id, text, actual, pred, prob);
    }

    /** One paragraph: split sizes, the chosen model and its threshold. */
    public String summary() {
        return Html.thousands(labelled.size()) + " labelled rows, split 60/20/20 (stratified, seed "
                + options.seed() + "): train " + Html.thousands(splits.train().length) + ", validation "
                + Html.thousands(splits.validation().length) + ", test " + Html.thousands(splits.test().length)
                + ". Chosen on validation: " + model.kind() + " (" + model.features().size() + " features), claim when "
                + "probability >= " + Html.fixed(model.threshold(), 4) + ".";
    }

    @Override
    public String toString() {
        ConfusionMatrix cm = testConfusion();
        StringBuilder b = new StringBuilder();
        b.append(summary()).append("\n\nModel selection: ").append(model.thresholdRule()).append('\n');
        for (Candidate c : candidates) {
            b.append(String.format("  %-24s AUC %s  AP %s  threshold %s  precision %s  recall %s%s%n",
                    c.kind().label(), Html.fixed(c.auc(), 4), Html.fixed(c.averagePrecision(), 4),
                    Html.fixed(c.point().threshold(), 4), Html.fixed(c.point().precision(), 4),
                    Html.fixed(c.point().recall(), 4), c.kind() == model.kind() ? "  <- chosen" : ""));
        }
        b.append("\nHeld-out test set (").append(Html.thousands(testActual.length)).append(" rows, used once):\n");
        b.append("  claims: precision ").append(Html.fixed(cm.precision(), 4)).append(", recall ")
                .append(Html.fixed(cm.recall(), 4)).append(", F1 ").append(Html.fixed(cm.f1(), 4))
                .append("; accuracy ").append(Html.fixed(cm.accuracy(), 4)).append('\n');
        b.append("  ROC AUC ").append(Html.fixed(testRoc().auc(), 4)).append(", average precision ")
                .append(Html.fixed(testPrecisionRecall().averagePrecision(), 4)).append('\n');
        b.append("  confusion: ").append(cm.tp()).append(" claims caught, ").append(cm.fn())
                .append(" claims missed, ").append(cm.fp()).append(" opinions flagged, ").append(cm.tn())
                .append(" opinions passed\n");
        b.append("\nTop features: ");
        Table imp = featureImportance();
        for (int r = 0; r < Math.min(5, imp.rowCount()); r++) {
            b.append(r == 0 ? "" : ", ").append(Html.plain(imp.stringColumn("feature").get(r)));
        }
        b.append('\n');
        return b.toString();
    }

    @Override
    public String toHTML() {
        StringBuilder b = new StringBuilder("<div class=\"tc-claims-training\">");
        b.append("<p>").append(Html.escape(summary())).append("</p>");
        b.append(Html.table(validation()));
        b.append("<h4>Held-out test set (used once)</h4>");
        b.append(testReport().toHTML());
        b.append("<p>ROC AUC ").append(Html.fixed(testRoc().auc(), 4)).append(", average precision ")
                .append(Html.fixed(testPrecisionRecall().averagePrecision(), 4)).append("</p>");
        b.append(Html.table(featureImportance(), 10));
        b.append(Html.table(errors(), 10));
        return b.append("</div>").toString();
    }
}
