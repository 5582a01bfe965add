"""Golden values for wavelet levels above 1: PyWavelets' own stationary transform (pywt.swtn, periodic
extension) of a 16 x 16 x 16 volume made by a formula the Java test evaluates identically,
v(x, y, z) = sin(0.9 x) + cos(0.5 y + 0.3 z) + ((7 x + 3 y + 5 z) mod 11) / 10, at levels 1 to 3, the bands
LLL, LHL, HLH and HHH of db2 and coif1, every 17th voxel (x fastest). Band letters are along x, y, z (the
volume's columns, rows, slices): L is PyWavelets' approximation 'a', H its detail 'd'.

    python make_golden_swt_levels.py OUT.csv
"""
import csv
import sys

import numpy as np
import pywt

N = 16
i = np.arange(N)
x, y, z = np.meshgrid(i, i, i, indexing="ij")
volume = np.sin(0.9 * x) + np.cos(0.5 * y + 0.3 * z) + ((x * 7 + y * 3 + z * 5) % 11) / 10.0
with open(sys.argv[1], "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["wavelet", "band", "level", "x", "y", "z", "value"])
    for name in ("db2", "coif1"):
        levels = pywt.swtn(volume, name, level=3)  # coarsest level first
        for level in (1, 2, 3):
            coefficients = levels[3 - level]
            for band in ("LLL", "LHL", "HLH", "HHH"):
                key = band.replace("L", "a").replace("H", "d")
                values = coefficients[key]
                for n in range(0, N * N * N, 17):
                    xi, yi, zi = n % N, (n // N) % N, n // (N * N)
                    w.writerow([name, band, level, xi, yi, zi, repr(float(values[xi, yi, zi]))])
    w.writerow(["versions", "PyWavelets " + pywt.__version__, "numpy " + np.__version__, "", "", "", ""])
