#!/usr/bin/env python3
"""Writes receptor_truth_table.csv: ER/PR status and Ki-67 status under each study's printed rule.

An implementation independent of the Java code, written from the papers' rules (METHODS.md 1.2):
  - ER/PR positive at nuclear staining >= 1 % (Shen25 "cut-off 1%", QIMS26 ">= 1%") or > 1 % (Fr25);
  - Ki-67 high at > 14 % (Fr24; 14 itself is unassigned in the paper, the strict reading puts it low),
    > 30 % (Fr25: "<= 30 % vs > 30 %"), or >= the cohort median (Shen25: "low < 40 %, high >= 40 %",
    40 % being the cohort median);
  - a missing percentage has no status; a value outside 0-100 is an error ("error" in the table).
The cohort-median rule is tabulated with a fixed cut-off of 40 (its value in Shen25); the median itself
is checked in the Java tests against R's median.
Run: python3 validation/clinical/make_receptor_truth_table.py
"""
import csv
import math
import os

RULES = [
    # rule, marker, cut-off, inclusive, positive label, negative label
    ("shen25-er", "ER", 1.0, True, "positive", "negative"),
    ("qims26-er", "ER", 1.0, True, "positive", "negative"),
    ("fr25-er", "ER", 1.0, False, "positive", "negative"),
    ("fr24-ki67", "Ki-67", 14.0, False, "high", "low"),
    ("fr25-ki67", "Ki-67", 30.0, False, "high", "low"),
    ("shen25-ki67", "Ki-67", 40.0, True, "high", "low"),
]
VALUES = [None, 0.0, 0.5, 0.99, 1.0, 1.01, 13.9, 14.0, 14.1, 29.9, 30.0, 30.1, 39.9, 40.0, 40.1, 100.0, -1.0,
          100.5]


def status(value, cutoff, inclusive, yes, no):
    if value is None:
        return ""
    if value < 0 or value > 100:
        return "error"
    above = value >= cutoff if inclusive else value > cutoff
    return yes if above else no


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "receptor_truth_table.csv")
    with open(out, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["rule", "marker", "cutoff", "inclusive", "percent", "expected"])
        for rule, marker, cutoff, inclusive, yes, no in RULES:
            for v in VALUES:
                w.writerow([rule, marker, cutoff, "true" if inclusive else "false", "" if v is None else repr(v),
                            status(v, cutoff, inclusive, yes, no)])


if __name__ == "__main__":
    main()
