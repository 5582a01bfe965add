"""SimpleITK's resampling of an analytic volume onto a rotated, shifted, finer grid.

The source is a float32 volume of 23 x 19 x 11 voxels, spacing (1.1, 0.9, 2.0) mm, origin
(-12.5, 7.25, -9.0), direction cosines of a rotation by 8 degrees about z, whose voxel (i, j, k) holds

    100 + 20 sin(0.45 i) cos(0.35 j) + 3 k + 0.05 i j          (smooth part)
        + 40 if (i - 11)^2 + (j - 9)^2 < 30 and 3 <= k <= 7    (a cylinder with sharp edges)
        - 25 if i >= 17                                          (a step)

computed in double and stored as float32. The target grid is 18 x 17 x 12 voxels, spacing
(0.8, 0.7, 1.5) mm, origin (-9.5, 10.0, -8.5), direction cosines of a rotation by -12 degrees about z
then 9 degrees about x (R = Rx Rz), so part of it lies outside the source. Each target voxel is
resampled with the identity transform by sitkNearestNeighbor, sitkLinear and sitkBSpline (cubic),
default value NaN outside the source, float32 output. The Java test (ResamplingGoldenTest) builds
the same volumes from this description.

Writes validation/resampling/simpleitk_resampling.csv: i, j, k of the target voxel and the three
resampled values (empty outside the source).
"""
import csv
import math
import sys

import numpy as np
import SimpleITK as sitk

SOURCE_SIZE = (23, 19, 11)
SOURCE_SPACING = (1.1, 0.9, 2.0)
SOURCE_ORIGIN = (-12.5, 7.25, -9.0)
TARGET_SIZE = (18, 17, 12)
TARGET_SPACING = (0.8, 0.7, 1.5)
TARGET_ORIGIN = (-9.5, 10.0, -8.5)


def rot_z(deg):
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return np.array([[c, -s, 0], [s, c, 0], [0, 0, 1]])


def rot_x(deg):
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return np.array([[1, 0, 0], [0, c, -s], [0, s, c]])


def source_values():
    k, j, i = np.meshgrid(np.arange(SOURCE_SIZE[2]), np.arange(SOURCE_SIZE[1]), np.arange(SOURCE_SIZE[0]),
                          indexing="ij")
    v = 100 + 20 * np.sin(0.45 * i) * np.cos(0.35 * j) + 3 * k + 0.05 * i * j
    v = v + np.where(((i - 11) ** 2 + (j - 9) ** 2 < 30) & (k >= 3) & (k <= 7), 40.0, 0.0)
    v = v + np.where(i >= 17, -25.0, 0.0)
    return v.astype(np.float32)


def cell(value):
    return "" if math.isnan(value) else repr(float(value))


def main(out_path):
    src = sitk.GetImageFromArray(source_values())
    src.SetSpacing(SOURCE_SPACING)
    src.SetOrigin(SOURCE_ORIGIN)
    src.SetDirection(tuple(rot_z(8).flatten()))
    target_direction = tuple((rot_x(9) @ rot_z(-12)).flatten())
    results = {}
    for name, interpolator in (("nearest", sitk.sitkNearestNeighbor), ("linear", sitk.sitkLinear),
                               ("bspline", sitk.sitkBSpline)):
        out = sitk.Resample(src, TARGET_SIZE, sitk.Transform(), interpolator, TARGET_ORIGIN, TARGET_SPACING,
                            target_direction, float("nan"), sitk.sitkFloat32)
        results[name] = sitk.GetArrayFromImage(out)
    with open(out_path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["i", "j", "k", "nearest", "linear", "bspline"])
        for k in range(TARGET_SIZE[2]):
            for j in range(TARGET_SIZE[1]):
                for i in range(TARGET_SIZE[0]):
                    w.writerow([i, j, k] + [cell(results[n][k, j, i]) for n in ("nearest", "linear", "bspline")])
    print("SimpleITK", sitk.Version_VersionString(), "->", out_path)


if __name__ == "__main__":
    main(sys.argv[1])
