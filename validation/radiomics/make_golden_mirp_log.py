"""MIRP's features of the generated breast-lesion-like case after IBSI 2's Laplacian of Gaussian, the second
opinion for IBSI mode's LoG: the lesion of lesion_case.py (48 x 48 x 16 voxels of 0.7 x 0.7 x 2 mm) first
interpolated onto IBSI's centred 1 mm isotropic grid (trilinear, no anti-aliasing; IBSI 2 assumes isotropic
voxels, and on anisotropic ones MIRP's kernel takes the largest sigma in voxels along every axis), then LoG of
sigma 1.0 mm truncated at 4 sigma, the image extended by symmetric reflection with the edge voxel repeated
(scipy "reflect", IBSI mode's padding; MIRP's "mirror" leaves the edge voxel out), as the kernel reaches the
last slices of the grid; the response map's statistics and intensity histogram features with 32 bins. One row per feature with MIRP's name.

    python make_golden_mirp_log.py OUT.csv
"""
import csv
import logging
import os
import sys
import tempfile
import warnings

from importlib.metadata import version

warnings.filterwarnings("ignore")
logging.disable(logging.INFO)

import SimpleITK  # noqa: E402
from mirp import extract_features  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lesion_case import numeric_features, write_lesion  # noqa: E402

out = sys.argv[1]
with tempfile.TemporaryDirectory() as tmp:
    image_file, mask_file = write_lesion(tmp)
    results = extract_features(image=image_file, mask=mask_file, base_feature_families="none", new_spacing=1.0,
                               spline_order=1, anti_aliasing=False, roi_spline_order=1,
                               roi_interpolation_mask_inclusion_threshold=0.5,
                               base_discretisation_method="fixed_bin_number", base_discretisation_n_bins=32,
                               ibsi_compliant=True, filter_kernels="laplacian_of_gaussian",
                               laplacian_of_gaussian_sigma=1.0, laplacian_of_gaussian_kernel_truncate=4.0,
                               laplacian_of_gaussian_boundary_condition="reflect",
                               response_map_feature_families=["statistics", "intensity_histogram"],
                               response_map_discretisation_method="fixed_bin_number",
                               response_map_discretisation_n_bins=32)
    row = results[0].iloc[0]
    with open(out, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["feature", "value"])
        w.writerows(numeric_features(row))
        w.writerow(["versions", "MIRP " + version("mirp") + ", SimpleITK " + SimpleITK.Version_VersionString()])
