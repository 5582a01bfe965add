#!/usr/bin/env python3
"""Writes her2_truth_table.csv: the HER2 category each rule gives, from the guideline texts.

An implementation independent of the Java code, written from:
  - the three-tier scheme shared by the four studies (METHODS.md section 1.1): IHC 0 -> zero,
    1+ -> low, 3+ -> positive, 2+ -> by ISH, 2+ without ISH -> unclassifiable;
  - ASCO/CAP 2018 (kept unchanged in the 2023 update) dual-probe ISH groups: group 1 (ratio >= 2.0,
    copy number >= 4.0) positive; group 2 (ratio >= 2.0, copy number < 4.0) negative after the IHC 2+
    work-up; group 3 (ratio < 2.0, copy number >= 6.0) positive after the IHC 2+ work-up; group 4
    (ratio < 2.0, copy number 4.0 to < 6.0) negative after the work-up; group 5 negative;
    with the option to report groups 2-4 as equivocal instead;
  - QIMS26 (METHODS 1.2): positive if ratio >= 2.0 with copy number >= 4.0, or copy number >= 6.0
    regardless of ratio; negative if ratio < 2.0 and copy number < 4.0; otherwise undefined ->
    equivocal;
  - Fr24 (METHODS 1.2): amplified if ratio > 2.0 or copy number > 6.0 (strict, as printed).
A report with only "amplified"/"not amplified" and no numbers is used as it is.
Run: python3 validation/clinical/make_her2_truth_table.py
"""
import csv
import itertools
import math
import os

NAN = float("nan")


def three_tier(ihc, ish_positive):
    if ihc is None:
        return "unclassifiable"
    if ihc == 0:
        return "HER2-zero"
    if ihc == 1:
        return "HER2-low"
    if ihc == 3:
        return "HER2-positive"
    return ish_positive  # IHC 2+: decided by the ISH rule


def ish_asco(ratio, copies, fish, resolve):
    if math.isnan(ratio) and math.isnan(copies):
        return fish_only(fish)
    if math.isnan(ratio) or math.isnan(copies):
        return "unclassifiable"
    if ratio >= 2.0 and copies >= 4.0:
        return "HER2-positive"       # group 1
    if ratio < 2.0 and copies < 4.0:
        return "HER2-low"            # group 5
    if not resolve:
        return "equivocal"
    if ratio >= 2.0:
        return "HER2-low"            # group 2 with IHC 2+
    if copies >= 6.0:
        return "HER2-positive"       # group 3 with IHC 2+
    return "HER2-low"                # group 4 with IHC 2+


def ish_qims26(ratio, copies, fish):
    if math.isnan(ratio) and math.isnan(copies):
        return fish_only(fish)
    if copies >= 6.0 or (ratio >= 2.0 and copies >= 4.0):
        return "HER2-positive"
    if ratio < 2.0 and copies < 4.0:
        return "HER2-low"
    return "unclassifiable" if math.isnan(ratio) or math.isnan(copies) else "equivocal"


def ish_fr24(ratio, copies, fish):
    if math.isnan(ratio) and math.isnan(copies):
        return fish_only(fish)
    if ratio > 2.0 or copies > 6.0:
        return "HER2-positive"
    if math.isnan(ratio) or math.isnan(copies):
        return "unclassifiable"
    return "HER2-low"


def fish_only(fish):
    if fish == "":
        return "unclassifiable"
    return "HER2-positive" if fish == "amplified" else "HER2-low"


RULES = {
    "asco-cap-2018": lambda r, c, f: ish_asco(r, c, f, True),
    "asco-cap-2023": lambda r, c, f: ish_asco(r, c, f, True),
    "asco-cap-2018-groups-2-4-equivocal": lambda r, c, f: ish_asco(r, c, f, False),
    "qims26": ish_qims26,
    "fr24": ish_fr24,
}


def fmt(x):
    return "" if math.isnan(x) else repr(x)


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "her2_truth_table.csv")
    ratios = [NAN, 1.0, 1.99, 2.0, 2.01, 3.5]
    copies = [NAN, 2.5, 3.99, 4.0, 5.99, 6.0, 6.01, 9.0]
    fish = ["", "amplified", "not amplified"]
    with open(out, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["rule", "ihc", "ratio", "copy_number", "fish_result", "expected"])
        for rule, ish in RULES.items():
            for ihc in ["", "0", "1+", "3+"]:
                value = None if ihc == "" else int(ihc[0])
                w.writerow([rule, ihc, "", "", "", three_tier(value, None)])
            for r, c, fr in itertools.product(ratios, copies, fish):
                if fr and not (math.isnan(r) and math.isnan(c)):
                    continue  # the text result is only used without numbers
                w.writerow([rule, "2+", fmt(r), fmt(c), fr, three_tier(2, ish(r, c, fr))])


if __name__ == "__main__":
    main()
