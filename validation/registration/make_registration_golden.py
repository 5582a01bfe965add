"""SimpleITK's rigid registrations of analytic phantoms with known transforms.

The fixed image is a breast-lesion-like phantom (smooth background and five Gaussian blobs) on a
96 x 96 x 28 grid of 1 x 1 x 2 mm centred on the origin, LPS, identity directions. Each moving image
is the same phantom seen through a known Euler 3D transform T (fixed -> moving points, centred on
the fixed grid's centre), sampled exactly: moving(y) = phantom(T^-1(y)), with a contrast change for
the mutual-information cases. The Java test builds the very same volumes from the same formula
(RigidRegistrationTest.phantom) and compares our transform with the truth and with SimpleITK's.

SimpleITK set-up (documented so it can be compared): Euler3DTransform from
CenteredTransformInitializer(GEOMETRY); linear interpolator; Mattes MI with 50 bins or correlation;
all fixed voxels as samples (no random sampling, so the result is deterministic); shrink factors
4, 2, 1 with smoothing sigmas 2, 1, 0 voxels; Powell's method (derivative-free, as our BOBYQA) with scales from physical shift.

Writes validation/registration/simpleitk_rigid.csv.
"""
import csv
import math
import sys

import numpy as np
import SimpleITK as sitk

BLOBS = [(-20, -10, 0, 14, 9, 12, 300), (15, 12, 6, 8, 12, 10, 220), (5, -22, -8, 6, 6, 9, 400),
         (-8, 20, 10, 10, 5, 8, 160), (25, -15, -12, 5, 8, 6, 260)]
N, SLICES, IN_PLANE, THICKNESS = 96, 28, 1.0, 2.0

CASES = [
    # name, metric, angles in degrees (x, y, z), translation in mm, contrast of the moving image
    ("small", "correlation", (3, -2, 6), (4, -6, 2.5), "linear"),
    ("large", "correlation", (-8, 5, -10), (-9, 7, -4), "linear"),
    ("small_mi", "mattes", (3, -2, 6), (4, -6, 2.5), "inverted"),
    ("large_mi", "mattes", (-8, 5, -10), (-9, 7, -4), "inverted"),
    ("shift_mi", "mattes", (1, 0.5, -3), (0.6, -1.2, 8), "inverted"),
]


def phantom(x, y, z):
    v = 100 + 0.8 * x - 0.5 * y + 0.3 * z
    for bx, by, bz, sx, sy, sz, a in BLOBS:
        v = v + a * np.exp(-0.5 * (((x - bx) / sx) ** 2 + ((y - by) / sy) ** 2 + ((z - bz) / sz) ** 2))
    return v


def contrast(v, kind):
    return 2 * v + 30 if kind == "linear" else 4000 / (1 + v / 100)


def rotation(ax, ay, az):
    cx, sx, cy, sy, cz, sz = math.cos(ax), math.sin(ax), math.cos(ay), math.sin(ay), math.cos(az), math.sin(az)
    rx = np.array([[1, 0, 0], [0, cx, -sx], [0, sx, cx]])
    ry = np.array([[cy, 0, sy], [0, 1, 0], [-sy, 0, cy]])
    rz = np.array([[cz, -sz, 0], [sz, cz, 0], [0, 0, 1]])
    return rz @ rx @ ry


def grid():
    origin = np.array([-(N - 1) / 2 * IN_PLANE, -(N - 1) / 2 * IN_PLANE, -(SLICES - 1) / 2 * THICKNESS])
    k, j, i = np.meshgrid(np.arange(SLICES), np.arange(N), np.arange(N), indexing="ij")
    return origin, origin[0] + i * IN_PLANE, origin[1] + j * IN_PLANE, origin[2] + k * THICKNESS


def image(values, origin):
    img = sitk.GetImageFromArray(values.astype(np.float32))
    img.SetOrigin(tuple(origin))
    img.SetSpacing((IN_PLANE, IN_PLANE, THICKNESS))
    return img


def main(out_path):
    origin, x, y, z = grid()
    centre = origin + np.array([(N - 1) / 2 * IN_PLANE, (N - 1) / 2 * IN_PLANE, (SLICES - 1) / 2 * THICKNESS])
    fixed = image(phantom(x, y, z), origin)
    rows = []
    for name, metric, angles, shift, kind in CASES:
        r = rotation(*[math.radians(a) for a in angles])
        t = np.array(shift, dtype=float)
        # T^-1(p) = R^T (p - c - t) + c, applied to every voxel centre of the moving grid
        p = np.stack([x - centre[0] - t[0], y - centre[1] - t[1], z - centre[2] - t[2]], axis=-1)
        q = p @ r + centre  # row vector times R = (R^T p)^T
        moving = image(contrast(phantom(q[..., 0], q[..., 1], q[..., 2]), kind), origin)
        reg = sitk.ImageRegistrationMethod()
        if metric == "mattes":
            reg.SetMetricAsMattesMutualInformation(numberOfHistogramBins=50)
        else:
            reg.SetMetricAsCorrelation()
        reg.SetMetricSamplingStrategy(reg.NONE)
        reg.SetInterpolator(sitk.sitkLinear)
        reg.SetOptimizerAsPowell(numberOfIterations=200, maximumLineIterations=100, stepLength=1.0,
                                 stepTolerance=1e-6, valueTolerance=1e-12)
        reg.SetOptimizerScalesFromPhysicalShift()
        reg.SetShrinkFactorsPerLevel([4, 2, 1])
        reg.SetSmoothingSigmasPerLevel([2, 1, 0])
        initial = sitk.CenteredTransformInitializer(fixed, moving, sitk.Euler3DTransform(),
                                                    sitk.CenteredTransformInitializerFilter.GEOMETRY)
        reg.SetInitialTransform(initial, inPlace=False)
        result = sitk.CompositeTransform(reg.Execute(fixed, moving)).GetBackTransform()
        euler = sitk.Euler3DTransform(result)
        params = euler.GetParameters()
        fixed_params = euler.GetFixedParameters()
        rows.append({"case": name, "metric": metric, "contrast": kind,
                     "true_angle_x": math.radians(angles[0]), "true_angle_y": math.radians(angles[1]),
                     "true_angle_z": math.radians(angles[2]), "true_tx": t[0], "true_ty": t[1], "true_tz": t[2],
                     "sitk_angle_x": params[0], "sitk_angle_y": params[1], "sitk_angle_z": params[2],
                     "sitk_tx": params[3], "sitk_ty": params[4], "sitk_tz": params[5],
                     "centre_x": fixed_params[0], "centre_y": fixed_params[1], "centre_z": fixed_params[2],
                     "sitk_metric": reg.GetMetricValue(), "sitk_stop": reg.GetOptimizerStopConditionDescription()})
    with open(out_path, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        w.writeheader()
        for row in rows:
            w.writerow({k: (repr(float(v)) if isinstance(v, (float, np.floating)) else v) for k, v in row.items()})
    print("SimpleITK", sitk.Version_VersionString(), "->", out_path)


if __name__ == "__main__":
    main(sys.argv[1])
