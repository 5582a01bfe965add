#!/usr/bin/python3
"""Times dipy's MSDKI fit on the phantom of benchmarks/.../FitBenchmark.java.

    /usr/bin/python3 validation/fit/time_dipy_msdki.py [slices] [out.csv]

The full phantom is 384 x 384 x 28 voxels with b = 0, 800, 1400, 2000 s/mm^2. dipy fits voxel by
voxel in a Python loop (wls_fit_msdki), about 4 min for the whole volume on the 2-core machine,
so by default only the first 2 slices (294 912 voxels) are fitted and voxels/s is reported; the
rate does not depend on the number of slices (no start-up cost worth counting). Single-threaded,
as dipy's MSDKI is. Machine dependent: a reference timing, not a golden value.
"""
import csv
import platform
import sys
import time

import numpy as np
import dipy
from dipy.core.gradients import gradient_table
from dipy.reconst.msdki import MeanDiffusionKurtosisModel

slices = int(sys.argv[1]) if len(sys.argv) > 1 else 2
out = sys.argv[2] if len(sys.argv) > 2 else None
n = 384 * 384 * slices
B = np.array([0.0, 800.0, 1400.0, 2000.0])


def frac(x):
    return x - np.floor(x)


i = np.arange(n, dtype=np.float64)
d = 0.6e-3 + 1.6e-3 * frac(0.6180339887498949 * i)
k = 0.3 + 1.3 * frac(0.7548776662466927 * i)
s0 = 300 + 1500 * frac(0.5698402909980532 * i)
data = np.empty((n, B.size), dtype=np.float32)
for j, b in enumerate(B):
    wobble = 1 + 0.02 * (frac(0.41421356237309515 * i + 0.7320508075688772 * j) - 0.5)
    data[:, j] = s0 * np.exp(-b * d + b * b * d * d * k / 6) * wobble
data = data.reshape(384, 384, slices, B.size)

gtab = gradient_table(B, np.array([[0, 0, 0], [1, 0, 0], [1, 0, 0], [1, 0, 0]], dtype=float))
model = MeanDiffusionKurtosisModel(gtab)
t0 = time.perf_counter()
fit = model.fit(data)
elapsed = time.perf_counter() - t0
vps = n / elapsed
print(f"dipy {dipy.__version__} MSDKI: {n} voxels in {elapsed:.2f} s = {vps:,.0f} voxels/s "
      f"(median Dapp {np.median(fit.msd):.4g}, Kapp {np.median(fit.msk):.4g})")
if out:
    with open(out, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["voxels", "elapsed_seconds", "voxels_per_second", "python", "numpy", "dipy"])
        w.writerow([n, "%.3f" % elapsed, "%.0f" % vps, platform.python_version(), np.__version__, dipy.__version__])
