"""nibabel's resampling of the analytic volume of make_resampling_golden.py onto the same grid.

The source and target are those described in make_resampling_golden.py (restated here): a float32
source of 23 x 19 x 11 voxels, spacing (1.1, 0.9, 2.0) mm, origin (-12.5, 7.25, -9.0), direction
cosines of a rotation Rz(8 degrees), whose voxel (i, j, k) holds

    100 + 20 sin(0.45 i) cos(0.35 j) + 3 k + 0.05 i j
        + 40 if (i - 11)^2 + (j - 9)^2 < 30 and 3 <= k <= 7
        - 25 if i >= 17

(computed in double, stored as float32), and a target grid of 18 x 17 x 12 voxels, spacing
(0.8, 0.7, 1.5) mm, origin (-9.5, 10.0, -8.5), direction cosines R = Rx(9 degrees) Rz(-12 degrees).

Both are nibabel images whose affine is the voxel -> world matrix [R diag(spacing) | origin]: the
columns of R are the directions in which i, j and k grow. The project's Geometry, and the SimpleITK
script, place these numbers in DICOM patient coordinates (LPS), whereas NIfTI files declare RAS.
That does not matter here: nibabel.processing.resample_from_to only composes
inv(source affine) @ target affine, so any world frame gives the same voxel-to-voxel map as long as
both affines use the same one. The LPS numbers are therefore used as they are, with no flip (a
NIfTI written from these images would be mirrored in x and y, which nothing here does).

The data arrays are indexed [i, j, k] as nibabel expects. Each target voxel is resampled by
resample_from_to(source, (target shape, target affine), order=o, mode='constant', cval=nan), which
calls scipy.ndimage.affine_transform, for order 0 (nearest), 1 (trilinear) and 3 (cubic B-spline,
with scipy's spline prefilter); output float32.

Writes validation/resampling/nibabel_resampling.csv: i, j, k of the target voxel and the three
resampled values (empty where nibabel gives NaN), rows with i fastest, then j, then k.
"""
import csv
import math
import sys

import nibabel
import nibabel.processing
import numpy as np
import scipy

SOURCE_SHAPE = (23, 19, 11)
SOURCE_SPACING = (1.1, 0.9, 2.0)
SOURCE_ORIGIN = (-12.5, 7.25, -9.0)
TARGET_SHAPE = (18, 17, 12)
TARGET_SPACING = (0.8, 0.7, 1.5)
TARGET_ORIGIN = (-9.5, 10.0, -8.5)
ORDERS = (("nearest", 0), ("linear", 1), ("bspline", 3))


def rotation_about_z(degrees):
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return np.array([[c, -s, 0.0], [s, c, 0.0], [0.0, 0.0, 1.0]])


def rotation_about_x(degrees):
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return np.array([[1.0, 0.0, 0.0], [0.0, c, -s], [0.0, s, c]])


def voxel_to_world(directions, spacing, origin):
    """4 x 4 affine taking (i, j, k, 1) to the voxel centre; columns of `directions` are the axes."""
    affine = np.eye(4)
    affine[:3, :3] = directions @ np.diag(spacing)
    affine[:3, 3] = origin
    return affine


def analytic_source():
    i, j, k = np.meshgrid(*(np.arange(n, dtype=np.float64) for n in SOURCE_SHAPE), indexing="ij")
    values = 100 + 20 * np.sin(0.45 * i) * np.cos(0.35 * j) + 3 * k + 0.05 * i * j
    cylinder = ((i - 11) ** 2 + (j - 9) ** 2 < 30) & (k >= 3) & (k <= 7)
    values += np.where(cylinder, 40.0, 0.0)
    values += np.where(i >= 17, -25.0, 0.0)
    return values.astype(np.float32)


def number_or_empty(value):
    return "" if math.isnan(value) else repr(float(value))


def main(out_path):
    source_affine = voxel_to_world(rotation_about_z(8), SOURCE_SPACING, SOURCE_ORIGIN)
    target_affine = voxel_to_world(rotation_about_x(9) @ rotation_about_z(-12), TARGET_SPACING, TARGET_ORIGIN)
    source = nibabel.Nifti1Image(analytic_source(), source_affine)
    resampled = {}
    for name, order in ORDERS:
        image = nibabel.processing.resample_from_to(source, (TARGET_SHAPE, target_affine), order=order,
                                                    mode="constant", cval=float("nan"))
        data = np.asarray(image.dataobj)
        if data.dtype != np.float32 or data.shape != TARGET_SHAPE:
            raise SystemExit(f"unexpected {name} output {data.dtype} {data.shape}")
        resampled[name] = data
    with open(out_path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["i", "j", "k"] + [name for name, _ in ORDERS])
        for k in range(TARGET_SHAPE[2]):
            for j in range(TARGET_SHAPE[1]):
                for i in range(TARGET_SHAPE[0]):
                    writer.writerow([i, j, k] + [number_or_empty(resampled[name][i, j, k]) for name, _ in ORDERS])
    defined = {name: int(np.count_nonzero(~np.isnan(resampled[name]))) for name, _ in ORDERS}
    print("nibabel", nibabel.__version__, "scipy", scipy.__version__, "numpy", np.__version__,
          "defined voxels", defined, "->", out_path)


if __name__ == "__main__":
    main(sys.argv[1])
