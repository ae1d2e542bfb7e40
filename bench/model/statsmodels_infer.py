"""The Python side of the model benchmark: what `tiktok-claims infer` does, with pandas and statsmodels.

read_csv, dropna, cap video_like_count and video_comment_count at Q3 + 1.5 IQR, one-hot encode claim_status and
author_ban_status (drop_first), fit statsmodels Logit of verified_status by Newton, print the summary.
Usage: python statsmodels_infer.py FILE
"""
import sys

import pandas as pd
import statsmodels.api as sm

NUMERIC = ["video_duration_sec", "video_view_count", "video_share_count", "video_download_count",
           "video_comment_count"]
CATEGORICAL = ["claim_status", "author_ban_status"]


def main(path):
    data = pd.read_csv(path).dropna()
    for column in ["video_like_count", "video_comment_count"]:
        q1, q3 = data[column].quantile(0.25), data[column].quantile(0.75)
        upper = q3 + 1.5 * (q3 - q1)
        data.loc[data[column] > upper, column] = upper
    x = sm.add_constant(pd.get_dummies(data[NUMERIC + CATEGORICAL], drop_first=True).astype(float))
    y = (data["verified_status"] == "verified").astype(int)
    result = sm.Logit(y, x).fit(disp=0)
    print(result.summary())
    print(f"log-likelihood {float(result.llf)!r}")


if __name__ == "__main__":
    main(sys.argv[1])
