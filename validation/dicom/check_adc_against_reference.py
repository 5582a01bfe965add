#!/usr/bin/python3
"""Compares ADC maps written by `qmri fit --model adc` with the golden maps of
make_adc_reference.py (nibabel + numpy, Debian python3-nibabel).

    # fit every series of adc_reference/summary.csv with the CLI, compare, write the figures
    /usr/bin/python3 validation/dicom/check_adc_against_reference.py --jar cli/target/qmri.jar \\
        [--shared ../shared] [--out validation/dicom/adc_reference/agreement.csv]
    # compare one existing output folder (adc.nii.gz, fit_status.nii.gz) with one series' reference
    /usr/bin/python3 validation/dicom/check_adc_against_reference.py --series siemens_mosaic_dwi --ours DIR

Comparison rule (README.md): every voxel of our map is taken through our sform to RAS world space
and back through the reference's sform (dcm2niix's) onto a reference voxel centre (at most 0.01
voxel off; the qform is only reported: its float32 quaternion cannot hold rotations near 180
degrees to that precision, in dcm2niix's files as in ours). Then
  * the voxels the reference fits (all used signals > 0) must be exactly those our fit_status marks
    converged (1) or hit bound (2); every other voxel must be invalid signal (4);
  * compared voxels: reference ADC strictly inside our bounds (0, 0.01) mm²/s; there the relative
    difference |ours - ref| / ref is summarised (median must be <= 1e-6);
  * the remaining fitted voxels (reference <= 0 or >= 0.01) must hold the reference clamped to the
    bounds, within 1e-9 mm²/s (1e-6 of a typical tissue ADC).
Exit 0 when every series passes, 1 otherwise (a failing fit counts as a failure; its error is shown).
"""
import argparse
import csv
import os
import subprocess
import sys
import tempfile

import nibabel as nib
import numpy as np

from check_nifti import reference_indices

HERE = os.path.dirname(os.path.abspath(__file__))
REFERENCE_DIR = os.path.join(HERE, "adc_reference")
ADC_BOUNDS = (0.0, 0.01)
MEDIAN_LIMIT = 1e-6
CLAMPED_LIMIT = 1e-9
CONVERGED, HIT_BOUND, INVALID_SIGNAL = 1, 2, 4
COLUMNS = ["series", "result", "error", "reference_fitted_voxels", "ours_fitted_voxels", "fitted_set_mismatch",
           "compared_voxels", "median_relative_difference", "p95_relative_difference", "max_relative_difference",
           "reference_adc_at_max", "max_abs_difference", "compared_not_converged", "clamped_voxels",
           "max_clamped_abs_difference", "clamped_not_hit_bound", "sform_offset_voxels", "qform_offset_voxels",
           "qform_same_voxels"]


def summary_rows():
    with open(os.path.join(REFERENCE_DIR, "summary.csv"), newline="") as f:
        return list(csv.DictReader(f))


def fmt(x):
    return "NA" if x is None else "%.6g" % x


def compare(series, ours_dir):
    """Figures of one series: a dict with the COLUMNS (result 'ok' or 'differs')."""
    ref_img = nib.load(os.path.join(REFERENCE_DIR, series + "_adc.nii.gz"))
    ours_img = nib.load(os.path.join(ours_dir, "adc.nii.gz"))
    status_img = nib.load(os.path.join(ours_dir, "fit_status.nii.gz"))
    ref = np.asarray(ref_img.dataobj, dtype=np.float64)
    ours = np.asarray(ours_img.dataobj, dtype=np.float64)
    status = np.asarray(status_img.dataobj, dtype=np.float64).astype(int)
    if ours.shape != status.shape or ours.size != ref.size:
        return {"series": series, "result": "differs",
                "error": "grids differ: ours %s, status %s, reference %s" % (ours.shape, status.shape, ref.shape)}
    ijk, ridx, sform_off, problem = reference_indices(ours_img.get_sform(), ours.shape, ref_img.get_sform(),
                                                      ref.shape)
    if problem:
        return {"series": series, "result": "differs", "error": "sform: " + problem}
    _, qidx, qform_off, _ = reference_indices(ours_img.get_qform(), ours.shape, ref_img.get_qform(), ref.shape, 0.5)
    a = ours[ijk[0], ijk[1], ijk[2]]
    st = status[ijk[0], ijk[1], ijk[2]]
    r = ref[ridx[0], ridx[1], ridx[2]]

    ref_fitted = np.isfinite(r)
    ours_fitted = (st == CONVERGED) | (st == HIT_BOUND)
    mismatch = int((ref_fitted != ours_fitted).sum()) + int(((~ref_fitted) & (st != INVALID_SIGNAL)).sum())
    inside = ref_fitted & (r > ADC_BOUNDS[0]) & (r < ADC_BOUNDS[1]) & ours_fitted
    rel = np.abs(a[inside] - r[inside]) / r[inside]
    clamped = ref_fitted & ours_fitted & ~inside
    clamp_diff = np.abs(a[clamped] - np.clip(r[clamped], *ADC_BOUNDS))
    out = {"series": series, "error": "", "reference_fitted_voxels": int(ref_fitted.sum()),
           "ours_fitted_voxels": int(ours_fitted.sum()), "fitted_set_mismatch": mismatch,
           "compared_voxels": int(inside.sum()),
           "median_relative_difference": fmt(np.median(rel)) if rel.size else "NA",
           "p95_relative_difference": fmt(np.percentile(rel, 95)) if rel.size else "NA",
           "max_relative_difference": fmt(rel.max()) if rel.size else "NA",
           "reference_adc_at_max": fmt(r[inside][np.argmax(rel)]) if rel.size else "NA",
           "max_abs_difference": fmt(np.abs(a[inside] - r[inside]).max()) if rel.size else "NA",
           "compared_not_converged": int((st[inside] != CONVERGED).sum()),
           "clamped_voxels": int(clamped.sum()),
           "max_clamped_abs_difference": fmt(clamp_diff.max()) if clamp_diff.size else "NA",
           "clamped_not_hit_bound": int((st[clamped] != HIT_BOUND).sum()),
           "sform_offset_voxels": fmt(sform_off), "qform_offset_voxels": fmt(qform_off),
           "qform_same_voxels": str(bool(np.array_equal(qidx, ridx))).lower()}
    ok = (mismatch == 0 and (not rel.size or np.median(rel) <= MEDIAN_LIMIT)
          and (not clamp_diff.size or clamp_diff.max() <= CLAMPED_LIMIT))
    out["result"] = "ok" if ok else "differs"
    return out


def fit_and_compare(jar, shared, row):
    series = row["series"]
    with tempfile.TemporaryDirectory() as tmp:
        cmd = ["java", "-jar", jar, "fit", "--dir", os.path.join(shared, "data", "dicom", series, "dicom"),
               "--series", row["series_uid"], "--model", "adc", "--out-dir", tmp]
        run = subprocess.run(cmd, capture_output=True, text=True)
        if run.returncode != 0:
            lines = [l for l in run.stderr.splitlines() if l.strip()]
            return {"series": series, "result": "fit failed (exit %d)" % run.returncode,
                    "error": lines[-1] if lines else "(no message)"}
        return compare(series, tmp)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--jar", help="qmri.jar: fit every series of summary.csv")
    p.add_argument("--shared", default=os.path.join(HERE, "..", "..", "..", "shared"))
    p.add_argument("--series", help="with --ours: the series name of one reference")
    p.add_argument("--ours", help="with --series: folder of an existing fit")
    p.add_argument("--out", help="write the figures as CSV")
    args = p.parse_args()
    if args.jar:
        results = [fit_and_compare(args.jar, args.shared, row) for row in summary_rows()]
    elif args.series and args.ours:
        results = [compare(args.series, args.ours)]
    else:
        p.error("give --jar, or --series with --ours")
    for res in results:
        print("; ".join("%s %s" % (k, res[k]) for k in COLUMNS if res.get(k, "") != ""))
    if args.out:
        with open(args.out, "w", newline="") as f:
            w = csv.DictWriter(f, fieldnames=COLUMNS, restval="NA", lineterminator="\n")
            w.writeheader()
            w.writerows(results)
    return 0 if all(res["result"] == "ok" for res in results) else 1


if __name__ == "__main__":
    sys.exit(main())
