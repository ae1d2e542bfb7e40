"""The pandas side of the data benchmark: what `tiktok-claims validate` does, the way the course exemplar does it.

read_csv, dropna, then cap video_like_count and video_comment_count at Q3 + 1.5 IQR (pandas' default quantiles).
Usage: python pandas_clean.py FILE
"""
import sys

import pandas as pd


def main(path):
    data = pd.read_csv(path)
    clean = data.dropna()
    clean = clean.copy()
    for column in ["video_like_count", "video_comment_count"]:
        q1, q3 = clean[column].quantile(0.25), clean[column].quantile(0.75)
        upper = q3 + 1.5 * (q3 - q1)
        clean.loc[clean[column] > upper, column] = upper
        print(f"{column}: upper limit {upper!r}")
    print(f"{len(data)} rows, {len(data) - len(clean)} incomplete dropped, {len(clean)} clean")


if __name__ == "__main__":
    main(sys.argv[1])
