"""Reference for `claims train`: the same work done with pandas and scikit-learn, timed as a whole process.

What `./tiktok-claims claims train` does, step for step: keep the rows with a claim_status; split 60/20/20
(stratified: 20 % test, then 25 % of the rest as validation); features learned on the training rows only: TF-IDF
of transcript words and word pairs (minimum document frequency 5, at most 100 terms, unit-length rows),
transcript length in characters and words, log(1 + count) of the five engagement counts (missing: training
median), video duration, verified and ban status one-hot; then three models with the command line's default
sizes: L2 logistic regression on standardised features (C = 1 / lambda, lambda 0.1), a random forest of 200
trees (sqrt(p) features per split, leaves of 2+, depth 20) and 200 rounds of histogram gradient boosting
(6 leaves, depth 6, learning rate 0.1); every model scores the validation rows, the one with the best average
precision scores the test rows. Prints one CSV line per model and set: set,model,rows,precision,recall,
at threshold 0.5, then `fit_seconds,S` (the three fits) and `total_seconds,S` (from the start of the script,
imports excluded: add the process's start-up, which /usr/bin/time measures).

Threads: scikit-learn's defaults (the random forest with n_jobs=-1, histogram boosting with OpenMP's default),
i.e. both of the machine's cores, as the Java side uses them.

usage: python bench/claims/sklearn_reference.py DATASET.csv [SEED]
"""
import sys
import time

START = time.perf_counter()

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.metrics import average_precision_score, precision_score, recall_score  # noqa: E402
from sklearn.model_selection import train_test_split  # noqa: E402
from sklearn.pipeline import make_pipeline  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402

COUNTS = ["video_view_count", "video_like_count", "video_share_count", "video_download_count",
          "video_comment_count"]
TOKEN = r"(?u)\b\w+\b"  # words of one character count too, as in the Java tokenizer


def main(path, seed):
    t0 = time.perf_counter()
    data = pd.read_csv(path, keep_default_na=False, na_values=[""])
    data = data[data["claim_status"].notna()].reset_index(drop=True)
    y = (data["claim_status"] == "claim").astype(int).to_numpy()
    idx = np.arange(len(data))
    rest, test = train_test_split(idx, test_size=0.2, stratify=y, random_state=seed)
    train, val = train_test_split(rest, test_size=0.25, stratify=y[rest], random_state=seed)

    text = data["video_transcription_text"].fillna("").str.replace(r"['\u2019\u2018\u02bc`]", "", regex=True)
    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=5, max_features=100, token_pattern=TOKEN)
    vec.fit(text.iloc[train])
    duration_median = data["video_duration_sec"].iloc[train].median()
    count_medians = data[COUNTS].iloc[train].median()

    def features(rows):
        part = data.iloc[rows]
        t = text.iloc[rows]
        fixed = pd.DataFrame({
            "duration": part["video_duration_sec"].fillna(duration_median),
            "verified": (part["verified_status"] == "verified").astype(float),
            "under_review": (part["author_ban_status"] == "under review").astype(float),
            "banned": (part["author_ban_status"] == "banned").astype(float),
            "chars": part["video_transcription_text"].fillna("").str.len(),
            "words": t.str.count(TOKEN),
        })
        logs = np.log1p(part[COUNTS].fillna(count_medians).clip(lower=0))
        return np.hstack([fixed.to_numpy(float), logs.to_numpy(float), vec.transform(t).toarray()])

    x_train, x_val, x_test = features(train), features(val), features(test)
    fit_start = time.perf_counter()
    models = {
        "logistic regression": make_pipeline(StandardScaler(), LogisticRegression(C=10.0, max_iter=1000)),
        "random forest": RandomForestClassifier(n_estimators=200, max_features="sqrt", min_samples_leaf=2,
                                                max_depth=20, n_jobs=-1, random_state=seed),
        "gradient-boosted trees": HistGradientBoostingClassifier(max_iter=200, max_leaf_nodes=6, max_depth=6,
                                                                 learning_rate=0.1, early_stopping=False,
                                                                 random_state=seed),
    }
    scores = {}
    for name, model in models.items():
        model.fit(x_train, y[train])
        scores[name] = model.predict_proba(x_val)[:, 1]
    fit = time.perf_counter() - fit_start
    for name, p in scores.items():
        yv = y[val]
        print("validation,%s,%d,%.4f,%.4f,%.4f" % (name, len(val), precision_score(yv, p >= 0.5),
                                                   recall_score(yv, p >= 0.5), average_precision_score(yv, p)))
    best = max(scores, key=lambda n: average_precision_score(y[val], scores[n]))
    p = models[best].predict_proba(x_test)[:, 1]
    print("test,%s,%d,%.4f,%.4f,%.4f" % (best, len(test), precision_score(y[test], p >= 0.5),
                                         recall_score(y[test], p >= 0.5), average_precision_score(y[test], p)))
    print("fit_seconds,%.2f" % fit)
    print("total_seconds,%.2f" % (time.perf_counter() - t0))
    print("imports_seconds,%.2f" % (t0 - START))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 42)
