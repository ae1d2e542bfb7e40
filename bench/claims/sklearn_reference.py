"""Reference: a scikit-learn random forest on the course's features for the claims classifier.

The course's feature set: video_duration_sec, verified_status and author_ban_status (one-hot, first level
dropped), the five engagement counts, text_length (characters of the transcript) and the 15 most frequent 2- and
3-grams of the transcript (CountVectorizer, English stop words removed). Rows with missing values are dropped.
Split 60/20/20 stratified (random_state 0); RandomForestClassifier(n_estimators=200, random_state=0) fitted on
the training 60 %, scored at 0.5 on the validation and the test rows. Prints one CSV line per set:
set,rows,precision,recall,fit_seconds.

usage: python bench/claims/sklearn_reference.py DATASET.csv
"""
import sys
import time

import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.metrics import precision_score, recall_score
from sklearn.model_selection import train_test_split


def main(path):
    data = pd.read_csv(path, keep_default_na=False, na_values=[""]).dropna()
    y = (data["claim_status"] == "claim").astype(int)
    x = data[["video_duration_sec", "video_view_count", "video_like_count", "video_share_count",
              "video_download_count", "video_comment_count"]].copy()
    x["text_length"] = data["video_transcription_text"].str.len()
    x = pd.concat([x, pd.get_dummies(data[["verified_status", "author_ban_status"]], drop_first=True)], axis=1)
    x["video_transcription_text"] = data["video_transcription_text"]
    x_rest, x_test, y_rest, y_test = train_test_split(x, y, test_size=0.2, stratify=y, random_state=0)
    x_train, x_val, y_train, y_val = train_test_split(x_rest, y_rest, test_size=0.25, stratify=y_rest,
                                                      random_state=0)
    vec = CountVectorizer(ngram_range=(2, 3), max_features=15, stop_words="english")
    vec.fit(x_train["video_transcription_text"])

    def features(frame):
        grams = pd.DataFrame(vec.transform(frame["video_transcription_text"]).toarray(),
                             columns=vec.get_feature_names_out(), index=frame.index)
        return pd.concat([frame.drop(columns="video_transcription_text"), grams], axis=1)

    start = time.perf_counter()
    model = RandomForestClassifier(n_estimators=200, random_state=0, n_jobs=1).fit(features(x_train), y_train)
    fit = time.perf_counter() - start
    for name, fx, fy in (("validation", x_val, y_val), ("test", x_test, y_test)):
        p = model.predict(features(fx))
        print("%s,%d,%.4f,%.4f,%.1f" % (name, len(fy), precision_score(fy, p), recall_score(fy, p), fit))


if __name__ == "__main__":
    main(sys.argv[1])
