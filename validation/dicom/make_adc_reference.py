#!/usr/bin/python3
"""Golden ADC maps of the real DWI series under <shared>/data/dicom, computed from dcm2niix's
NIfTI, .bval and .bvec with numpy and nibabel (Debian dcm2niix, python3-nibabel), never from this
project's code.

    validation/dicom/make_adc_reference.sh [SHARED]      # installs what it needs, then runs this
    /usr/bin/python3 validation/dicom/make_adc_reference.py [SHARED] [OUT_DIR]

SHARED defaults to ../shared (seen from the repository root), OUT_DIR to adc_reference/ next to
this script. For each series folder it runs dcm2niix into a temporary folder and writes
<series>_adc.nii.gz (float64, dcm2niix's affine) and one row of summary.csv. The output is
deterministic: running it again rewrites the same bytes (with the same dcm2niix).

Per voxel (the conventions of `qmri fit --model adc`, see README.md):
  * volumes used: every volume except isotropic/trace ones, which are b > 0 volumes with a b-value
    below 1 s/mm² (Philips' placeholders 0.001..0.004) or, while directional volumes of the same
    b exist, with a zero gradient direction in the .bvec;
  * the b-values are grouped by their exact value in the .bval; the volumes of one b-value are
    averaged (arithmetic mean of the signals, not of their logarithms);
  * ln S = ln S0 - b * ADC is fitted by ordinary least squares over the distinct b-values
    (ADC in mm²/s for b in s/mm²), without bounds;
  * NaN where any used volume's signal is not finite or <= 0 (the fit takes logarithms).
"""
import csv
import gzip
import os
import shutil
import subprocess
import sys
import tempfile

import nibabel as nib
import numpy as np

SERIES = ["ge_dwi_tensor", "siemens_mosaic_dwi", "philips_dwi_classic"]
DCM2NIIX_ARGS = ["-b", "y", "-z", "n", "-f", "%j"]
ADC_BOUNDS = (0.0, 0.01)
SUMMARY_COLUMNS = ["series", "series_uid", "dcm2niix_version", "dcm2niix_args", "grid", "volumes",
                   "volumes_used", "b_values_used", "volumes_excluded", "fitted_b_values", "images_per_b_value",
                   "reference_file", "positive_signal_voxels", "voxels_at_or_below_0", "voxels_at_or_above_0.01",
                   "voxels_inside_bounds", "median_adc", "p95_adc"]


def ensure_dcm2niix():
    if shutil.which("dcm2niix") is None:
        subprocess.run(["apt-get", "install", "-y", "dcm2niix"], check=True, stdout=subprocess.DEVNULL)
    out = subprocess.run(["dcm2niix", "-v"], capture_output=True, text=True).stdout
    for token in out.split():
        if token.startswith("v1."):
            return token
    raise SystemExit("cannot read the dcm2niix version from: " + out)


def convert(dicom_dir, tmp):
    """Runs dcm2niix; returns (series_uid, image, bvals, bvecs) of the one DWI NIfTI it writes."""
    log = subprocess.run(["dcm2niix"] + DCM2NIIX_ARGS + ["-o", tmp, dicom_dir], capture_output=True, text=True)
    if log.returncode != 0:
        raise SystemExit("dcm2niix failed on %s:\n%s%s" % (dicom_dir, log.stdout, log.stderr))
    stems = sorted(f[:-5] for f in os.listdir(tmp) if f.endswith(".bval"))
    if len(stems) != 1:
        raise SystemExit("%s: expected one DWI NIfTI with a .bval, dcm2niix wrote %s" % (dicom_dir, sorted(os.listdir(tmp))))
    stem = os.path.join(tmp, stems[0])
    bvals = np.loadtxt(stem + ".bval", ndmin=1)
    bvecs = np.loadtxt(stem + ".bvec", ndmin=2)
    return os.path.basename(stem), nib.load(stem + ".nii"), bvals, bvecs


def used_volumes(bvals, bvecs):
    """Indices of the volumes fitted, and {index: reason} of those left out."""
    zero_dir = np.all(bvecs == 0, axis=0)
    excluded = {}
    for v, b in enumerate(bvals):
        if 0 < b < 1:
            excluded[v] = "isotropic placeholder b=%g" % b
        elif b > 0 and zero_dir[v] and np.any((bvals == b) & ~zero_dir):
            excluded[v] = "trace (zero direction at b=%g)" % b
    return [v for v in range(len(bvals)) if v not in excluded], excluded


def fit_adc(data, bvals, used):
    """OLS ADC of the direction-averaged signal; NaN where a used signal is not finite or <= 0."""
    b_used = bvals[used]
    distinct = np.unique(b_used)
    signals = data[..., used]
    valid = np.all(np.isfinite(signals) & (signals > 0), axis=-1)
    averaged = np.stack([signals[..., b_used == b].mean(axis=-1) for b in distinct], axis=-1)
    logs = np.log(np.where(valid[..., None], averaged, 1.0))
    # OLS slope in centred form: equal signals at every b give exactly ADC = 0
    db = distinct - distinct.mean()
    slope = ((logs - logs.mean(axis=-1, keepdims=True)) * db).sum(axis=-1) / (db * db).sum()
    adc = -slope + 0.0
    adc[~valid] = np.nan
    counts = [int((b_used == b).sum()) for b in distinct]
    return adc, distinct, counts, valid


def write_reference(adc, source, path):
    img = nib.Nifti1Image(adc.astype(np.float64), source.affine)
    img.set_sform(source.get_sform(), code=int(source.header["sform_code"]))
    img.set_qform(source.get_qform(), code=int(source.header["qform_code"]))
    img.header.set_xyzt_units("mm", "sec")
    img.header["descrip"] = b"ADC mm2/s, OLS of ln(mean S) over b"
    # gzip without a time stamp, so that a rerun writes identical bytes
    with open(path, "wb") as f:
        f.write(gzip.compress(img.to_bytes(), mtime=0))


def fmt(x):
    return "%.17g" % x


def main(shared, out_dir):
    version = ensure_dcm2niix()
    os.makedirs(out_dir, exist_ok=True)
    rows = []
    for name in SERIES:
        dicom_dir = os.path.join(shared, "data", "dicom", name, "dicom")
        with tempfile.TemporaryDirectory() as tmp:
            uid, img, bvals, bvecs = convert(dicom_dir, tmp)
            data = np.asarray(img.get_fdata(dtype=np.float64))
            if data.ndim != 4 or data.shape[3] != len(bvals) or bvecs.shape != (3, len(bvals)):
                raise SystemExit("%s: NIfTI %s does not match %d b-values / bvec %s"
                                 % (name, data.shape, len(bvals), bvecs.shape))
            used, excluded = used_volumes(bvals, bvecs)
            adc, distinct, counts, valid = fit_adc(data, bvals, used)
            ref_name = name + "_adc.nii.gz"
            write_reference(adc, img, os.path.join(out_dir, ref_name))
        inside = adc[valid & (adc > ADC_BOUNDS[0]) & (adc < ADC_BOUNDS[1])]
        rows.append({
            "series": name, "series_uid": uid, "dcm2niix_version": version, "dcm2niix_args": " ".join(DCM2NIIX_ARGS),
            "grid": "x".join(str(n) for n in data.shape[:3]), "volumes": len(bvals),
            "volumes_used": ";".join(str(v + 1) for v in used),
            "b_values_used": ";".join("%g" % bvals[v] for v in used),
            "volumes_excluded": ";".join("%d (%s)" % (v + 1, r) for v, r in sorted(excluded.items())),
            "fitted_b_values": ";".join("%g" % b for b in distinct),
            "images_per_b_value": ";".join(str(c) for c in counts),
            "reference_file": ref_name, "positive_signal_voxels": int(valid.sum()),
            "voxels_at_or_below_0": int((valid & (adc <= ADC_BOUNDS[0])).sum()),
            "voxels_at_or_above_0.01": int((valid & (adc >= ADC_BOUNDS[1])).sum()), "voxels_inside_bounds": inside.size,
            "median_adc": fmt(np.median(inside)) if inside.size else "NA",
            "p95_adc": fmt(np.percentile(inside, 95)) if inside.size else "NA"})
        print("%s: %d of %d volumes used, b = %s, %d voxels with positive signal, %d inside (0, 0.01) mm2/s, "
              "median ADC %s mm2/s" % (name, len(used), len(bvals), rows[-1]["fitted_b_values"], valid.sum(),
                                       inside.size, rows[-1]["median_adc"]))
    with open(os.path.join(out_dir, "summary.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=SUMMARY_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "..", "shared"),
         sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "adc_reference"))
