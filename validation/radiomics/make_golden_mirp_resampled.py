"""MIRP's features of the generated breast-lesion-like case after IBSI interpolation, the second opinion for IBSI
mode's resampling: the lesion of make_golden_filters.py (48 x 48 x 16 voxels of 0.7 x 0.7 x 2 mm, integer
formulas the Java test repeats) resampled by MIRP (IBSI compliant) onto the centred isotropic grid of each
spacing, image by trilinear interpolation without anti-aliasing, mask by trilinear interpolation with
the 0.5 partial-volume threshold; 32 bins between the region's minimum and maximum; texture matrices of 3D averaged
and 3D volume-merged aggregation. One row per spacing and feature with MIRP's name.

    python make_golden_mirp_resampled.py OUT.csv
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

SPACINGS = (1.0, 1.4)

out = sys.argv[1]
with tempfile.TemporaryDirectory() as tmp:
    image_file, mask_file = write_lesion(tmp)
    with open(out, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["spacing", "feature", "value"])
        for spacing in SPACINGS:
            results = extract_features(image=image_file, mask=mask_file, new_spacing=spacing, spline_order=1,
                                       anti_aliasing=False, roi_spline_order=1,
                                       roi_interpolation_mask_inclusion_threshold=0.5,
                                       base_discretisation_method="fixed_bin_number",
                                       base_discretisation_n_bins=32, ibsi_compliant=True,
                                       glcm_spatial_method=["3d_average", "3d_volume_merge"],
                                       glrlm_spatial_method=["3d_average", "3d_volume_merge"],
                                       glszm_spatial_method="3d", gldzm_spatial_method="3d",
                                       ngtdm_spatial_method="3d", ngldm_spatial_method="3d")
            row = results[0].iloc[0]
            for name, value in numeric_features(row):
                w.writerow([repr(spacing), name, value])
        w.writerow(["", "versions", "MIRP " + version("mirp") + ", SimpleITK " + SimpleITK.Version_VersionString()])
