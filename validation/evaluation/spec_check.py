"""Independent re-implementation of ALGORITHMS.md, checked against the R golden files.

This shows that the written description is complete enough to reproduce R: every quantity is
computed here from the description alone (numpy only, no R code) and compared with the golden
CSV files. Run from the repository root:
    validation/.venv/bin/python validation/evaluation/spec_check.py
Exits non-zero if any quantity differs by more than TOLERANCE.
"""

import csv
import math
import sys
from pathlib import Path

import numpy as np

OUT = Path("validation/evaluation")
TOLERANCE = 1e-9
failures: list[str] = []
worst: dict[str, float] = {}


def read(name: str) -> list[dict]:
    with open(OUT / name, newline="") as handle:
        return list(csv.DictReader(handle))


def value(text: str) -> float:
    return float("nan") if text in ("NA", "NaN") else float(text)


def check(label: str, ours: float, theirs: float) -> None:
    if math.isnan(theirs) and math.isnan(ours):
        return
    diff = abs(ours - theirs)
    if math.isnan(diff) or diff > TOLERANCE * max(1.0, abs(theirs)):
        failures.append(f"{label}: ours {ours!r} R {theirs!r}")
    group = label.split(":")[0]
    worst[group] = max(worst.get(group, 0.0), 0.0 if math.isnan(diff) else diff)


def expit(z):
    return 1.0 / (1.0 + np.exp(-z))


def quantile7(values, q: float) -> float:
    v = np.sort(np.asarray(values, dtype=float))
    h = (len(v) - 1) * q
    j = math.floor(h)
    return v[j] if j + 1 >= len(v) else v[j] + (h - j) * (v[j + 1] - v[j])


def midranks(x):
    x = np.asarray(x, dtype=float)
    order = np.argsort(x, kind="stable")
    ranks = np.empty(len(x))
    i = 0
    while i < len(x):
        j = i
        while j + 1 < len(x) and x[order[j + 1]] == x[order[i]]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def somers_dxy(x, y) -> float:
    y = np.asarray(y)
    n1 = y.sum()
    n0 = len(y) - n1
    if n1 == 0 or n0 == 0:
        return float("nan")
    c = (midranks(x)[y == 1].mean() - (n1 + 1) / 2) / n0
    return 2 * (c - 0.5)


def gini_md(x) -> float:
    x = np.sort(np.asarray(x, dtype=float))
    n = len(x)
    return float(np.sum((2 * np.arange(1, n + 1) - n - 1) * x) * 2 / (n * (n - 1)))


# ------------------------------------------------------------------ lowess (section b) ---
def lowess(x, y, f=2 / 3, iterations=3, delta=None):
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    order = np.argsort(x, kind="stable")
    x, y = x[order], y[order]
    n = len(x)
    if delta is None:
        delta = 0.01 * (x.max() - x.min())
    if n < 2:
        return x, y.copy()
    ns = max(2, min(n, int(f * n + 1e-7)))
    ys = np.zeros(n)
    rw = np.ones(n)
    full_range = x[-1] - x[0]

    def local_fit(i, left, right, robust):
        xs = x[i]
        h = max(xs - x[left], x[right] - xs)
        h9, h1 = 0.999 * h, 0.001 * h
        w = np.zeros(n)
        total = 0.0
        j = left
        while j < n:
            r = abs(x[j] - xs)
            if r <= h9:
                w[j] = 1.0 if r <= h1 else (1 - (r / h) ** 3) ** 3
                if robust:
                    w[j] *= rw[j]
                total += w[j]
            elif x[j] > xs:
                break
            j += 1
        rt = j - 1
        if total <= 0:
            return None
        w[left:rt + 1] /= total
        if h > 0:
            xbar = np.sum(w[left:rt + 1] * x[left:rt + 1])
            c = np.sum(w[left:rt + 1] * (x[left:rt + 1] - xbar) ** 2)
            if math.sqrt(c) > 0.001 * full_range:
                w[left:rt + 1] *= (xs - xbar) / c * (x[left:rt + 1] - xbar) + 1
        return float(np.sum(w[left:rt + 1] * y[left:rt + 1]))

    for iteration in range(iterations + 1):
        left, right, last, i = 0, ns - 1, -1, 0
        while True:
            while right < n - 1 and x[i] - x[left] > x[right + 1] - x[i]:
                left += 1
                right += 1
            fitted = local_fit(i, left, right, iteration > 0)
            ys[i] = y[i] if fitted is None else fitted
            if last < i - 1:
                for j in range(last + 1, i):
                    alpha = (x[j] - x[last]) / (x[i] - x[last])
                    ys[j] = alpha * ys[i] + (1 - alpha) * ys[last]
            last = i
            cut = x[last] + delta
            k = last + 1
            while k < n:
                if x[k] > cut:
                    break
                if x[k] == x[last]:
                    ys[k] = ys[last]
                    last = k
                k += 1
            i = max(last + 1, k - 1)
            if last >= n - 1:
                break
        residuals = y - ys
        if iteration == iterations:
            break
        scale = np.mean(np.abs(residuals))
        cmad = 6 * np.median(np.abs(residuals))
        if cmad < 1e-7 * scale:
            break
        r = np.abs(residuals)
        rw = np.where(r <= 0.001 * cmad, 1.0,
                      np.where(r <= 0.999 * cmad, (1 - (r / cmad) ** 2) ** 2, 0.0))
    return x, ys


# --------------------------------------------------------- logistic fitter (section 0) ---
class Fit:
    pass


def lrm_fit(X, y, initial=None, maxit=12, dlike=0.025):
    y = np.asarray(y, dtype=float)
    n = len(y)
    design = np.column_stack([np.ones(n), np.asarray(X, dtype=float).reshape(n, -1)])
    k = design.shape[1]
    n1 = y.sum()
    if n1 == 0 or n1 == n:
        raise ValueError("one outcome class")
    null = -2 * (n1 * math.log(n1 / n) + (n - n1) * math.log((n - n1) / n))
    beta = np.zeros(k)
    if initial is None:
        beta[0] = math.log(n1 / (n - n1))
    else:
        beta[:len(initial)] = initial

    def evaluate(b):
        p = expit(np.clip(design @ b, -30, 30))
        loglik = -2 * np.sum(np.where(y == 1, np.log(p), np.log(1 - p)))
        return loglik, design.T @ (y - p), (design * (p * (1 - p))[:, None]).T @ design

    fit = Fit()
    fit.fail = False
    if maxit >= 2:
        old, step, delta = 1e30, 1.0, np.zeros(k)
        converged = False
        for iteration in range(1, maxit):
            loglik, score, info = evaluate(beta)
            if np.max(np.abs(score)) < 1e-9 and abs(loglik - old) < 0.1 * dlike:
                converged = True
                break
            if loglik > old:
                if iteration == 1:
                    fit.fail = True
                    return fit
                step /= 2
                beta = beta - step * delta
                continue
            step = 1.0
            if np.linalg.matrix_rank(info) < k:
                fit.fail = True
                return fit
            delta = np.linalg.solve(info, score)
            beta = beta + delta
            if abs(old - loglik) <= dlike:
                converged = True
                break
            old = loglik
        if not converged and maxit > 2:
            fit.fail = True
            return fit
    loglik, _, _ = evaluate(beta)
    lp = design @ beta
    fit.coefficients = beta
    fit.deviance = (null, loglik)
    fit.lr = null - loglik
    fit.r2 = (1 - math.exp(-fit.lr / n)) / (1 - math.exp(-null / n))
    fit.g = gini_md(lp)
    fit.gp = gini_md(expit(lp))
    fit.lp = lp
    prob = expit(np.clip(lp, -30, 30))
    bins = np.floor(5000 * prob + 1)
    events, others = bins[y == 1], bins[y == 0]
    concordant = sum(np.sum(events > b) for b in others)
    discordant = sum(np.sum(events < b) for b in others)
    tied = sum(np.sum(events == b) for b in others)
    pairs = concordant + discordant + tied
    fit.binned_c = (concordant + tied / 2) / pairs
    fit.binned_dxy = (concordant - discordant) / pairs
    return fit


# ---------------------------------------------------------------- val.prob (section a) ---
def val_prob(p, y) -> dict:
    p = np.asarray(p, dtype=float)
    y = np.asarray(y, dtype=float)
    n_all = len(p)
    with np.errstate(divide="ignore"):
        logit = np.log(p / (1 - p))
    finite = np.isfinite(logit)
    fixed = lrm_fit(logit[finite], y[finite], initial=[0, 1], maxit=1)
    recal = lrm_fit(logit[finite], y[finite])
    n = finite.sum()
    with np.errstate(invalid="ignore"):
        terms = y * logit - np.log(1 + np.exp(logit))
    l01 = -2 * np.nansum(terms)
    d = (fixed.lr - 1) / n
    u_chi = l01 - recal.deviance[1]
    u = (u_chi - 2) / n
    _, smooth = lowess(p, y, iterations=0)
    order = np.argsort(p, kind="stable")
    fitted = np.empty(n_all)
    fitted[order] = smooth
    errors = np.abs(p - fitted)
    z = np.sum((y - p) * (1 - 2 * p)) / math.sqrt(np.sum((1 - 2 * p) ** 2 * p * (1 - p)))
    return {"Dxy": fixed.binned_dxy, "C (ROC)": fixed.binned_c, "R2": fixed.r2, "D": d,
            "D:Chi-sq": fixed.lr, "U": u, "U:Chi-sq": u_chi, "Q": d - u,
            "Brier": float(np.mean((p - y) ** 2)), "Intercept": recal.coefficients[0],
            "Slope": recal.coefficients[1], "Emax": errors.max(),
            "E90": quantile7(errors, 0.9), "Eavg": errors.mean(), "S:z": z,
            "S:p": math.erfc(abs(z) / math.sqrt(2))}


# ---------------------------------------------------------- Hosmer-Lemeshow (section c) ---
def hosmer_lemeshow(p, y, g):
    p = np.asarray(p, dtype=float)
    y = np.asarray(y, dtype=float)
    breaks = sorted(set(quantile7(p, k / g) for k in range(g + 1)))
    group = np.searchsorted(breaks, p, side="left") - 1
    group[p == breaks[0]] = 0
    chi2 = 0.0
    occupied = 0
    for k in range(len(breaks) - 1):
        members = group == k
        o1, e1 = y[members].sum(), p[members].sum()
        o0, e0 = members.sum() - o1, members.sum() - e1
        occupied += int(members.any())
        with np.errstate(invalid="ignore", divide="ignore"):
            chi2 += np.float64(o1 - e1) ** 2 / e1 + np.float64(o0 - e0) ** 2 / e0
    return chi2, len(breaks) - 1, occupied


# ------------------------------------------------- validate and calibrate (section d) ---
def approx_rule1(knots_x, knots_y, at):
    xs, first = np.unique(knots_x, return_index=True)
    ys = knots_y[first]
    result = np.interp(at, xs, ys)
    result[(at < xs[0]) | (at > xs[-1])] = np.nan
    return result


def calibration_curve(pred, y, grid):
    x, smooth = lowess(pred, y, iterations=0)
    return approx_rule1(x, smooth, grid) - grid


def design_column(row: dict, column: str) -> float:
    if "=" in column:
        name, level = column.split("=")
        return 1.0 if row[name] == level else 0.0
    return float(row[column])


def check_validate(prefix: str, data_file: str, columns: list[str]):
    rows = read(data_file)
    X = np.array([[design_column(r, c) for c in columns] for r in rows])
    y = np.array([float(r["y"]) for r in rows])
    n = len(y)
    with open(OUT / f"{prefix}_resamples.csv") as handle:
        resamples = [np.array([int(v) - 1 for v in line.split(",")]) for line in handle]
    original = lrm_fit(X, y, maxit=12)
    names = ["Dxy", "R2", "Intercept", "Slope", "D", "U", "Q", "B", "g", "gp"]
    apparent = {"Dxy": somers_dxy(original.lp, y), "R2": original.r2, "Intercept": 0.0,
                "Slope": 1.0, "D": (original.lr - 1) / n, "U": -2 / n,
                "Q": (original.lr - 1) / n + 2 / n,
                "B": float(np.mean((y - expit(original.lp)) ** 2)),
                "g": original.g, "gp": original.gp}
    train_sum = dict.fromkeys(names, 0.0)
    test_sum = dict.fromkeys(names, 0.0)
    ok = 0
    failed = []
    for number, idx in enumerate(resamples, start=1):
        try:
            fit = lrm_fit(X[idx], y[idx], maxit=12)
        except (ValueError, np.linalg.LinAlgError):
            failed.append(number)
            continue
        if fit.fail:
            failed.append(number)
            continue
        ok += 1
        lp = np.column_stack([np.ones(n), X]) @ fit.coefficients
        m = len(idx)
        training = {"Dxy": somers_dxy(lp[idx], y[idx]), "R2": fit.r2, "Intercept": 0.0,
                    "Slope": 1.0, "D": (fit.lr - 1) / m, "U": -2 / m,
                    "Q": (fit.lr - 1) / m + 2 / m,
                    "B": float(np.mean((y[idx] - expit(lp[idx])) ** 2)), "g": fit.g, "gp": fit.gp}
        refit = lrm_fit(lp, y, maxit=12)
        a, b = refit.coefficients
        l01 = -2 * np.sum(y * lp - np.log(1 + np.exp(lp)))
        u = (l01 - refit.deviance[1] - 2) / n
        test = {"Dxy": somers_dxy(lp, y), "R2": refit.r2, "Intercept": a, "Slope": b,
                "D": (refit.lr - 1) / n, "U": u, "Q": (refit.lr - 1) / n - u,
                "B": float(np.mean((y - expit(lp)) ** 2)), "g": gini_md(b * lp),
                "gp": gini_md(expit(a + b * lp))}
        for name in names:
            train_sum[name] += training[name]
            test_sum[name] += test[name]
    golden = {r["index"]: r for r in read(f"{prefix}_lrm.csv")}
    corrected = {}
    for name in names:
        training, test = train_sum[name] / ok, test_sum[name] / ok
        corrected[name] = apparent[name] - (training - test)
        for column, ours in (("apparent", apparent[name]), ("training", training),
                             ("test", test), ("optimism", training - test),
                             ("corrected", corrected[name]), ("n", ok)):
            check(f"{prefix}: {name} {column}", ours, value(golden[name][column]))
    grid = np.arange(2001) * 5e-4
    with np.errstate(divide="ignore"):
        recalibrated = expit(corrected["Intercept"] + corrected["Slope"] * np.log(grid / (1 - grid)))
    check(f"{prefix}: Emax corrected", float(np.nanmax(np.abs(grid - recalibrated))),
          value(golden["Emax"]["corrected"]))
    info = {r["quantity"]: r["value"] for r in read(f"{prefix}_info.csv")}
    check(f"{prefix}: failed resamples", len(failed), float(info["failed_resamples"]))
    return X, y, resamples, original


def check_calibrate(X, y, resamples, original):
    n = len(y)
    predicted = np.sort(expit(original.lp))
    grid = np.linspace(predicted[4], predicted[n - 5], 50)
    apparent = calibration_curve(expit(original.lp), y, grid)
    train_sum = np.zeros(50)
    test_sum = np.zeros(50)
    counts = np.zeros(50)
    for idx in resamples:
        fit = lrm_fit(X[idx], y[idx], maxit=12)
        if fit.fail:
            continue
        lp = np.column_stack([np.ones(n), X]) @ fit.coefficients
        training = calibration_curve(expit(lp[idx]), y[idx], grid)
        test = calibration_curve(expit(lp), y, grid)
        usable = ~np.isnan(training + test)
        train_sum[usable] += training[usable]
        test_sum[usable] += test[usable]
        counts[usable] += 1
    optimism = train_sum / counts - test_sum / counts
    for k, row in enumerate(read("calibrate_lrm.csv")):
        check(f"calibrate: predicted {k}", grid[k], value(row["predicted"]))
        check(f"calibrate: apparent {k}", apparent[k] + grid[k], value(row["calibrated_apparent"]))
        check(f"calibrate: corrected {k}", apparent[k] + grid[k] - optimism[k],
              value(row["calibrated_corrected"]))
        check(f"calibrate: n {k}", counts[k], value(row["n"]))


# ----------------------------------------------------------------- nomogram (section e) ---
def pretty(lo: float, up: float, n: int = 10) -> np.ndarray:
    min_n = n // 3
    cell = (up - lo) / n if n > 1 else up - lo
    base = 10.0 ** math.floor(math.log10(cell))
    unit = base
    if 2 * base - cell < 1.5 * (cell - unit):
        unit = 2 * base
        if 5 * base - cell < 2.75 * (cell - unit):
            unit = 5 * base
            if 10 * base - cell < 1.5 * (cell - unit):
                unit = 10 * base
    ns = math.floor(lo / unit + 1e-5)
    nu = math.ceil(up / unit - 1e-5)
    while ns * unit > lo + 1e-5 * unit:
        ns -= 1
    while nu * unit < up - 1e-5 * unit:
        nu += 1
    k = int(0.5 + nu - ns)
    if k < min_n:
        extra = min_n - k
        if ns >= 0:
            nu += extra // 2
            ns -= extra // 2 + extra % 2
        else:
            ns -= extra // 2
            nu += extra // 2 + extra % 2
    ticks = np.linspace(ns * unit, nu * unit, int(round(nu - ns)) + 1)
    ticks[np.abs(ticks) < 1e-14 * unit] = 0.0
    return ticks


def check_nomogram():
    rows = read("data_nomogram.csv")
    coef = {r["term"]: float(r["estimate"]) for r in read("nomogram_coefficients.csv")}
    age = np.array([float(r["age"]) for r in rows])
    size = np.array([float(r["size"]) for r in rows])
    grade = [r["grade"] for r in rows]
    ticks = {"age": pretty(age.min(), age.max()), "size": pretty(size.min(), size.max())}
    contributions = {"age": coef["age"] * ticks["age"], "size": coef["size"] * ticks["size"],
                     "grade": np.array([0.0, coef["grade=G2"], coef["grade=G3"]])}
    low = {k: v.min() for k, v in contributions.items()}
    scale = 100 / max(v.max() - v.min() for v in contributions.values())
    intercept = coef["Intercept"] + sum(low.values())
    lp = (coef["Intercept"] + coef["age"] * age + coef["size"] * size
          + np.array([{"G1": 0.0, "G2": coef["grade=G2"], "G3": coef["grade=G3"]}[g] for g in grade]))
    lp_at = pretty(lp.min(), lp.max())
    total = pretty(0, max(100, scale * np.max(lp_at - intercept)))
    fat = pretty(float(expit(lp_at.min())), float(expit(lp_at.max())))
    xseq = np.linspace(lp_at.min(), lp_at.max(), 1000)
    inside = (fat >= expit(xseq[0])) & (fat <= expit(xseq[-1]))
    fat = fat[inside]
    w = np.interp(fat, expit(xseq), xseq)
    ours = []
    for axis in ("age", "size"):
        ours += [(axis, t, (c - low[axis]) * scale) for t, c in zip(ticks[axis], contributions[axis])]
    ours += [("grade", level, (c - low["grade"]) * scale)
             for level, c in zip(("G1", "G2", "G3"), contributions["grade"])]
    ours += [("Total Points", t, t) for t in total]
    ours += [("Linear Predictor", t, (t - intercept) * scale) for t in lp_at]
    ours += [("Probability", f, (x - intercept) * scale) for f, x in zip(fat, w)]
    golden = read("nomogram_points.csv")
    if len(golden) != len(ours):
        failures.append(f"nomogram: {len(ours)} rows, R has {len(golden)}")
        return
    for (axis, tick, points), row in zip(ours, golden):
        if axis != row["axis"]:
            failures.append(f"nomogram: axis {axis} vs {row['axis']}")
        if axis == "grade":
            if tick != row["value"]:
                failures.append(f"nomogram: level {tick} vs {row['value']}")
        else:
            check(f"nomogram: {axis} value", float(tick), value(row["value"]))
        check(f"nomogram: {axis} points", float(points), value(row["points"]))


def main() -> int:
    predictions = read("data_predictions.csv")
    sets: dict[str, tuple[list, list]] = {}
    for r in predictions:
        sets.setdefault(r["dataset"], ([], []))
        sets[r["dataset"]][0].append(float(r["p"]))
        sets[r["dataset"]][1].append(float(r["y"]))
    curves = read("lowess_curve.csv")
    for name, (p, y) in sets.items():
        for iterations in (0, 3):
            _, ys = lowess(p, y, iterations=iterations)
            golden = [value(r["y"]) for r in curves if r["dataset"] == name
                      and int(r["iter"]) == iterations]
            for k, (a, b) in enumerate(zip(ys, golden)):
                check(f"lowess: {name} iter {iterations} point {k + 1}", a, b)
    golden_val = {(r["dataset"], r["field"]): value(r["value"]) for r in read("val_prob.csv")}
    for name, (p, y) in sets.items():
        if name == "constant":
            continue
        for field, ours in val_prob(p, y).items():
            check(f"val.prob: {name} {field}", float(ours), golden_val[(name, field)])
    for r in read("hosmer_lemeshow.csv"):
        p, y = sets[r["dataset"]]
        chi2, groups, occupied = hosmer_lemeshow(p, y, int(r["g"]))
        check(f"hosmer-lemeshow groups: {r['dataset']} g={r['g']} occupied", occupied,
              value(r["groups_occupied"]))
        check(f"hosmer-lemeshow: {r['dataset']} g={r['g']}", float(chi2), value(r["chi2"]))
        check(f"hosmer-lemeshow groups: {r['dataset']} g={r['g']}", groups, value(r["groups"]))
    X, y, resamples, original = check_validate("validate", "data_development.csv",
                                               ["x1", "x2", "x3", "x4", "x5", "x6"])
    check_validate("validate_separation", "data_separation.csv", ["x1", "x2"])
    _, _, rare_resamples, _ = check_validate("validate_rare_level", "data_rare_level.csv",
                                             ["x1", "grade=B", "grade=C"])
    rare_rows = {i for i, r in enumerate(read("data_rare_level.csv")) if r["grade"] == "C"}
    without_level = [k + 1 for k, idx in enumerate(rare_resamples) if not rare_rows & set(idx)]
    failed = [int(r["resample"]) for r in read("validate_rare_level_per_resample.csv")
              if r["failed"] == "TRUE"]
    if without_level != failed:
        failures.append(f"rare level: R failed {failed}, resamples without the level {without_level}")
    check_calibrate(X, y, resamples, original)
    check_nomogram()
    for group, diff in sorted(worst.items()):
        print(f"{group}: max abs difference {diff:.3g}")
    for failure in failures[:30]:
        print("MISMATCH", failure)
    print(f"{len(failures)} mismatches")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
