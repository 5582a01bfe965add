#!/usr/bin/python3
"""Golden values for the VOI histogram features, from numpy and scipy.

Run from the repository root with Debian's Python (apt-get install python3-numpy python3-scipy):
    /usr/bin/python3 validation/features/make_histogram_golden.py
Writes validation/features/data/<set>.csv (one column `value`, empty = no value) and
validation/features/histogram_golden.csv (one row per data set x discretisation).

Definitions used: numpy.mean; population variance numpy.var; sample SD numpy.std(ddof=1);
percentiles numpy.percentile(method="linear") (R type 7); skewness scipy.stats.skew(bias=True);
excess kurtosis scipy.stats.kurtosis(fisher=True, bias=True); histogram counts from numpy.histogram
(fixed bin count: bins=N over [min, max]; fixed bin width w from lower bound b: edges b + w*k);
entropy scipy.stats.entropy(counts, base=2); uniformity sum(p^2); energy sum(x^2);
mean absolute deviation mean(|x - mean|).
"""
import csv
import os

import numpy as np
import scipy
import scipy.stats

here = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20261121)

sets = {
    # ADC-like values in mm^2/s inside a lesion, with a few failed-fit voxels (NaN)
    "adc_like": np.concatenate([np.round(rng.gamma(20.0, 0.00005, 600), 9), [np.nan] * 7]),
    # Kapp-like, right-skewed
    "kapp_like": np.round(rng.lognormal(-0.1, 0.35, 350), 6),
    # grey levels with heavy ties (like the IBSI phantom's 1/3/4/6)
    "ties": rng.choice([1.0, 3.0, 4.0, 6.0], size=74, p=[0.5, 0.15, 0.2, 0.15]),
    "tiny": np.array([0.91, 1.07, 0.88]),
    "constant": np.full(12, 1.25),
}
discretisations = [("bins", 32, None), ("bins", 8, None), ("width", None, "min"), ("width", None, 0.0)]

os.makedirs(os.path.join(here, "data"), exist_ok=True)
rows = []
for name, raw in sets.items():
    with open(os.path.join(here, "data", name + ".csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["value"])
        for v in raw:
            w.writerow(["" if np.isnan(v) else repr(float(v))])
    x = raw[~np.isnan(raw)]
    lo, hi = x.min(), x.max()
    width = (hi - lo) / 10 if hi > lo else 1.0
    width = float("%.3g" % width)
    for kind, bins, bound in discretisations:
        if kind == "bins":
            counts, _ = np.histogram(x, bins=bins, range=(lo, hi) if hi > lo else (lo - 0.5, lo + 0.5))
            label, arg, lower = "bins", bins, ""
        else:
            start = lo if bound == "min" else bound
            k = int(np.floor((hi - start) / width)) + 1
            edges = start + width * np.arange(k + 1)
            counts, _ = np.histogram(x, bins=edges)
            label, arg, lower = "width", width, ("" if bound == "min" else repr(bound))
        assert counts.sum() == len(x), (name, kind)
        p = counts[counts > 0] / counts.sum()
        pct = {q: np.percentile(x, q, method="linear") for q in (5, 10, 25, 50, 75, 90, 95)}
        rows.append({
            "set": name, "discretisation": label, "argument": repr(arg), "lower_bound": lower,
            "voxels": len(x), "excluded_voxels": int(np.isnan(raw).sum()),
            "mean": np.mean(x), "sd": np.std(x, ddof=1) if len(x) > 1 else float("nan"), "variance": np.var(x),
            "median": pct[50], "p05": pct[5], "p10": pct[10], "p25": pct[25], "p75": pct[75], "p90": pct[90],
            "p95": pct[95], "min": lo, "max": hi, "iqr": pct[75] - pct[25],
            "skewness": scipy.stats.skew(x, bias=True) if np.var(x) > 0 else 0.0,
            "kurtosis": scipy.stats.kurtosis(x, fisher=True, bias=True) if np.var(x) > 0 else 0.0,
            "entropy": scipy.stats.entropy(counts, base=2), "uniformity": float(np.sum(p ** 2)),
            "energy": float(np.sum(x ** 2)), "mad": float(np.mean(np.abs(x - np.mean(x)))),
        })

with open(os.path.join(here, "histogram_golden.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: (repr(float(v)) if isinstance(v, (float, np.floating)) else v) for k, v in r.items()})
print("numpy", np.__version__, "scipy", scipy.__version__, "->", len(rows), "rows")
