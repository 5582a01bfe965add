#!/usr/bin/python3
"""Golden values for the DKI (apparent) fit: dipy's mean-signal DKI on synthetic data.

Run from the repository root with Debian's Python (python3-dipy):

    /usr/bin/python3 validation/fit/make_msdki_golden.py

Writes
  golden/msdki_signals.csv.gz  voxel, then one column per image (float32 values, shortest text
                               that reads back to the same float32)
  golden/msdki_acquisition.csv image, bval, bvec_x, bvec_y, bvec_z
  golden/msdki_dipy.csv        voxel, truth (S0, D, K, snr), dipy MSD, MSK, S0_hat ('%.17g')
  golden/versions.csv          python, numpy, dipy versions, seed

dipy.reconst.msdki.MeanDiffusionKurtosisModel averages the images of each b-value
(mean_signal_bvalue) and solves, per voxel, the weighted linear least squares
    ln S(b) = ln S0 - b*MSD + b^2 * (MSD^2 * MSK) / 6,   weights W = n_dirs(b) * S(b)^2
(wls_fit_msdki). So MSD = Dapp and MSK = Kapp of S = S0 exp(-b Dapp + b^2 Dapp^2 Kapp / 6).
Deterministic: numpy Generator PCG64 with a fixed seed.
"""
import csv
import gzip
import os
import platform

import numpy as np
import dipy
from dipy.core.gradients import gradient_table
from dipy.reconst.msdki import MeanDiffusionKurtosisModel

SEED = 20250212
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "golden")

rng = np.random.default_rng(SEED)

# b = 0 twice, then three non-collinear directions at each of 800, 1400, 2000 s/mm^2 (Shen25 b-values)
dirs = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=float)
bvals = [0.0, 0.0]
bvecs = [[0, 0, 0], [0, 0, 0]]
for b in (800.0, 1400.0, 2000.0):
    for d in dirs:
        bvals.append(b)
        bvecs.append(list(d))
bvals = np.array(bvals)
bvecs = np.array(bvecs, dtype=float)
gtab = gradient_table(bvals, bvecs)

# voxels: truth drawn over breast-tumour ranges; direction-dependent diffusivity (anisotropy) so
# the powder average matters; Rician noise at SNR 20, 50, 100 and a noise-free block
n_per = 500
snrs = [np.inf, 100.0, 50.0, 20.0]
rows = []
signals = []
for snr in snrs:
    for _ in range(n_per):
        s0 = rng.uniform(200, 2000)
        d = rng.uniform(0.6e-3, 2.2e-3)
        k = rng.uniform(0.3, 1.6)
        aniso = rng.uniform(-0.15, 0.15, size=3)
        aniso -= aniso.mean()
        sig = []
        for b, v in zip(bvals, bvecs):
            if b == 0:
                clean = s0
            else:
                dd = d * (1 + aniso[int(np.argmax(v))])
                clean = s0 * np.exp(-b * dd + b * b * dd * dd * k / 6)
            if np.isfinite(snr):
                sigma = s0 / snr
                clean = np.hypot(clean + sigma * rng.standard_normal(), sigma * rng.standard_normal())
            sig.append(clean)
        signals.append(sig)
        rows.append((s0, d, k, snr))
data = np.array(signals, dtype=np.float32)

fit = MeanDiffusionKurtosisModel(gtab, return_S0_hat=True).fit(data.astype(np.float64))
msd, msk, s0_hat = fit.msd, fit.msk, fit.S0_hat

os.makedirs(OUT, exist_ok=True)
with gzip.open(os.path.join(OUT, "msdki_signals.csv.gz"), "wt", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["voxel"] + [f"s{k}" for k in range(len(bvals))])
    for i, sig in enumerate(data):
        w.writerow([i] + [np.format_float_positional(x, unique=True, trim="-")
                          for x in sig])
with open(os.path.join(OUT, "msdki_acquisition.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["image", "bval", "bvec_x", "bvec_y", "bvec_z"])
    for k, (b, v) in enumerate(zip(bvals, bvecs)):
        w.writerow([k, "%g" % b, "%g" % v[0], "%g" % v[1], "%g" % v[2]])
with open(os.path.join(OUT, "msdki_dipy.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["voxel", "true_s0", "true_dapp", "true_kapp", "snr", "msd", "msk", "s0_hat"])
    for i, (s0, d, k, snr) in enumerate(rows):
        w.writerow([i, "%.17g" % s0, "%.17g" % d, "%.17g" % k, "Inf" if not np.isfinite(snr) else "%g" % snr,
                    "%.17g" % msd[i], "%.17g" % msk[i], "%.17g" % s0_hat[i]])
with open(os.path.join(OUT, "versions.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["python", "numpy", "dipy", "seed"])
    w.writerow([platform.python_version(), np.__version__, dipy.__version__, SEED])
print("voxels:", len(rows), "dipy", dipy.__version__, "numpy", np.__version__)
