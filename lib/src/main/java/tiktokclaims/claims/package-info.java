/**
 * The claim-vs-opinion classifier that orders the report backlog: features from the transcript and the engagement
 * counts, three models (Smile's logistic regression, our own histogram trees: {@link tiktokclaims.claims.Tree}) compared on a validation set, a saved model, and a streaming review queue.
 *
 * <h2>In a notebook</h2>
 * <pre>{@code
 * Table data = ClaimsData.load(DataFiles.dataset());
 * TrainingResult r = ClaimsTraining.train(data, TrainingOptions.defaults());   // seed 42
 * r                              // summary, validation comparison, test metrics (text and HTML)
 * r.validation()                 // Table: model, roc_auc, average_precision, threshold, precision, recall, chosen
 * r.testReport()                 // ClassificationReport on the held-out test rows (used once)
 * r.testConfusion()              // ConfusionMatrix (positive class: claim)
 * r.testRoc(); r.testPrecisionRecall()   // curves for plots
 * r.featureImportance()          // Table: rank, feature, importance, share
 * r.errors()                     // Table: video_id, transcript, actual, predicted, claim_probability
 * r.splitTable()                 // Table: part, rows, claims, claim_share of the 60/20/20 split
 * r.selection()                  // chosen candidate, candidates tied with it, min and max validation AUC
 * r.model().textShare()          // share of the importance carried by the transcript terms
 * ClaimsModel m = r.model();
 * m.save(Path.of("models/claims"));            // folder: model.properties + model.txt (text, see docs/model-files.md)
 * ClaimsModel back = ClaimsModel.load(Path.of("models/claims"));
 * double p = back.probability(ClaimRecord.of(data, 0));    // one row
 * Table queue = ScoringQueue.score(back, data);             // rank, video_id, claim_probability, predicted, imputed
 * ScoringQueue.summary(queue)   // QueueSummary: claims, ties, imputed rows, as a sentence (text and HTML)
 * }</pre>
 *
 * <h2>The method</h2>
 * <ul>
 *   <li>Rows: those with a claim_status; split 60/20/20 train/validation/test, stratified and seeded
 *   ({@link tiktokclaims.claims.ClaimsTraining}).</li>
 *   <li>Features ({@link tiktokclaims.claims.ClaimFeatures}), learned on the training rows only: word 1- and
 *   2-grams of the transcript as TF-IDF ({@link tiktokclaims.text.TextVectorizer}), transcript length, log(1 + x)
 *   of the five counts, duration, verified and ban status. Missing values: training medians.</li>
 *   <li>Models ({@link tiktokclaims.claims.ModelKind}): L2 logistic regression (baseline), random forest,
 *   gradient-boosted trees; every random step seeded, training deterministic for a seed.</li>
 *   <li>Choice ({@link tiktokclaims.claims.OperatingPoint}, {@link tiktokclaims.claims.Candidate}): a missed
 *   claim costs more than a wasted review, so each model's threshold is the one with the highest validation
 *   recall at precision &gt;= 0.99, and the model with the highest such recall wins (ties: higher precision, then
 *   higher average precision, then the simpler model: logistic regression, random forest, boosting).</li>
 *   <li>Scoring ({@link tiktokclaims.claims.ScoringQueue}): a streamed file becomes a queue ranked by
 *   probability, ties by reach ({@link tiktokclaims.claims.QueueOrder}).</li>
 * </ul>
 */
package tiktokclaims.claims;
