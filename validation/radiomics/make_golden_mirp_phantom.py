"""MIRP's features of the IBSI 1 digital phantom, the second opinion for IBSI mode: MIRP (IBSI 1 and 2
compliant) on ../shared/data/ibsi/digital_phantom (read in place), no discretisation (the phantom's grey
levels are its bins), texture matrices of 3D averaged and 3D volume-merged aggregation, every feature
MIRP computes, one row per feature with MIRP's name.

    python make_golden_mirp_phantom.py SHARED_IBSI_DIR OUT.csv
"""
import csv
import logging
import os
import sys
import warnings

from importlib.metadata import version

warnings.filterwarnings("ignore")
logging.disable(logging.INFO)

from mirp import extract_features  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lesion_case import numeric_features  # noqa: E402

shared, out = sys.argv[1], sys.argv[2]
results = extract_features(image=os.path.join(shared, "digital_phantom", "phantom.nii.gz"),
                           mask=os.path.join(shared, "digital_phantom", "mask.nii.gz"),
                           base_discretisation_method="none", ibsi_compliant=True,
                           glcm_spatial_method=["3d_average", "3d_volume_merge"],
                           glrlm_spatial_method=["3d_average", "3d_volume_merge"],
                           glszm_spatial_method="3d", gldzm_spatial_method="3d", ngtdm_spatial_method="3d",
                           ngldm_spatial_method="3d")
row = results[0].iloc[0]
with open(out, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["feature", "value"])
    w.writerows(numeric_features(row))
    w.writerow(["versions", "MIRP " + version("mirp")])
