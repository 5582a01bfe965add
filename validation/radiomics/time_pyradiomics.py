"""Times PyRadiomics on the lesion phantom of benchmarks/.../RadiomicsBenchmark.java.

    python time_pyradiomics.py SHARED_PYRADIOMICS_DIR OUT.csv [repeats]

The phantom is a 384 x 384 x 88 DCE-like volume of 0.7 x 0.7 x 2 mm with one lesion of about 3000
voxels, built from the same formula as the Java benchmark (no random generator). Two configurations:
fr24 (the shared exampleMR_5mm.yaml: 960 features) and original (PyRadiomics' defaults: Original image,
every feature class). PyRadiomics runs in one thread; each configuration is run once to warm up, then
`repeats` times (default 5); the median seconds per lesion is written. Machine dependent: a reference
timing, not a golden value.
"""
import csv
import logging
import os
import platform
import sys
import time

import numpy as np
import SimpleITK as sitk
import radiomics
from radiomics import featureextractor

COLUMNS, ROWS, SLICES = 384, 384, 88


def frac(x):
    return x - np.floor(x)


def phantom():
    k, j, i = np.meshgrid(np.arange(SLICES), np.arange(ROWS), np.arange(COLUMNS), indexing="ij")
    n = ((k * ROWS + j) * COLUMNS + i).astype(np.float64)
    x = (i - 191.5) * 0.7
    y = (j - 191.5) * 0.7
    z = (k - 43.5) * 2.0
    surface = 1 + 0.12 * np.cos(3 * np.arctan2(y, x))
    lesion = (x / 9.8) ** 2 + (y / 9.1) ** 2 + (z / 7.9) ** 2 <= surface ** 2
    v = 300 + 50 * (frac(0.6180339887498949 * n) - 0.5)
    v = v + lesion * (550 + 120 * np.sin(0.9 * x) * np.cos(0.7 * y) + 80 * np.sin(0.5 * z + 0.3 * x)
                      + 60 * (frac(0.7548776662466927 * n) - 0.5))
    image = sitk.GetImageFromArray(v.astype(np.float32))
    mask = sitk.GetImageFromArray(lesion.astype(np.uint8))
    for im in (image, mask):
        im.SetSpacing((0.7, 0.7, 2.0))
        im.SetOrigin((0.0, 0.0, 0.0))
    return image, mask, int(lesion.sum())


def main():
    shared, out = sys.argv[1], sys.argv[2]
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    logging.getLogger("radiomics").setLevel(logging.ERROR)
    image, mask, voxels = phantom()
    configurations = {
        "fr24": featureextractor.RadiomicsFeatureExtractor(os.path.join(shared, "exampleMR_5mm.yaml")),
        "original": featureextractor.RadiomicsFeatureExtractor(),
    }
    rows = []
    for name, extractor in configurations.items():
        features = extractor.execute(image, mask)
        count = sum(1 for key in features if not key.startswith("diagnostics_"))
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            extractor.execute(image, mask)
            times.append(time.perf_counter() - start)
        rows.append({"settings": name, "features": count, "voxels": voxels, "seconds": float(np.median(times)),
                     "pyradiomics": radiomics.__version__, "python": platform.python_version()})
        print(f"PyRadiomics {radiomics.__version__}, {name}: {count} features of a {voxels}-voxel lesion, "
              f"median {np.median(times):.3f} s of {repeats}")
    with open(out, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        w.writeheader()
        w.writerows(rows)


if __name__ == "__main__":
    main()
