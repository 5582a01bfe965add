"""Cross-check of the decision-curve golden values (dca.csv, written by R) against dcurves.

Run from the repository root after make_evaluation_golden.R:
    validation/.venv/bin/python validation/evaluation/dca_dcurves.py
Writes validation/evaluation/dca_dcurves.csv (net benefit as dcurves computes it) and exits
non-zero when dcurves and the R formulas differ by more than 1e-12 anywhere.
"""

import sys
from pathlib import Path

import pandas as pd
from dcurves import dca

OUT = Path("validation/evaluation")
THRESHOLDS = [k / 100 for k in range(1, 100)]
TOLERANCE = 1e-12


def dcurves_net_benefit(data: pd.DataFrame, models: list[str], dataset: str) -> pd.DataFrame:
    result = dca(data=data, outcome="y", modelnames=models, thresholds=THRESHOLDS)
    result = result[["model", "threshold", "net_benefit", "net_intervention_avoided"]].copy()
    result.insert(0, "dataset", dataset)
    return result


def main() -> int:
    validation = pd.read_csv(OUT / "data_validation.csv", float_precision="round_trip")
    ties = pd.read_csv(OUT / "data_dca_ties.csv", float_precision="round_trip")
    ours = pd.concat([
        dcurves_net_benefit(validation[["y", "p_full", "p_small"]]
                            .rename(columns={"p_full": "full", "p_small": "small"}),
                            ["full", "small"], "validation"),
        dcurves_net_benefit(ties, ["tied"], "ties"),
    ], ignore_index=True)
    ours.to_csv(OUT / "dca_dcurves.csv", index=False, float_format="%.17g")

    golden = pd.read_csv(OUT / "dca.csv", float_precision="round_trip")
    merged = golden.merge(ours, on=["dataset", "model", "threshold"], suffixes=("_r", "_dcurves"))
    if len(merged) != len(golden):
        print(f"rows matched: {len(merged)} of {len(golden)}")
        return 1
    nb_diff = (merged["net_benefit_r"] - merged["net_benefit_dcurves"]).abs().max()
    avoided_diff = (merged["interventions_avoided_per_100"]
                    - 100 * merged["net_intervention_avoided"]).abs().max()
    print(f"max |net benefit R - dcurves| = {nb_diff:.3g}")
    print(f"max |interventions avoided per 100 R - 100*dcurves| = {avoided_diff:.3g}")
    return 0 if max(nb_diff, avoided_diff) <= TOLERANCE else 1


if __name__ == "__main__":
    sys.exit(main())
