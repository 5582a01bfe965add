"""Golden radiomics values for settings the shipped baselines do not vary, computed by PyRadiomics itself.

Usage: make_golden_settings.py SHARED_PYRADIOMICS_DIR OUTPUT_CSV

Runs PyRadiomics' feature extractor on its test cases breast1 and brain2 (image and label NRRD files
in SHARED_PYRADIOMICS_DIR, read in place), Original image type, every feature class but shape2D, once
per variant below: the settings of the shipped baselines' base columns (binWidth 25, label 1, no
resampling) with the variant's settings on top. Writes one row per feature (PyRadiomics' names) and
one column per case and variant (<case>_<variant>), each column's settings in its
diagnostics_Configuration_Settings row, preceded by the versions used.
"""
import csv
import sys

import numpy
import radiomics
import SimpleITK
from radiomics import featureextractor

CASES = ["breast1", "brain2"]
BASE = {
    "binWidth": 25,
    "voxelArrayShift": 0,
    "label": 1,
    "minimumROIDimensions": 1,
    "additionalInfo": False,
}
VARIANTS = {
    "asymmetricGLCM": {"symmetricalGLCM": False},
    "distances12": {"distances": [1, 2]},
    "distance2": {"distances": [2]},
    "euclidean": {"weightingNorm": "euclidean"},
    "manhattan": {"weightingNorm": "manhattan"},
    "infinity": {"weightingNorm": "infinity"},
    "asymmetricDistances13Manhattan": {"symmetricalGLCM": False, "distances": [1, 3], "weightingNorm": "manhattan"},
    "removeOutliers": {"normalize": True, "normalizeScale": 100, "removeOutliers": 1.5, "binWidth": 5},
    "resegmentRelative": {"resegmentRange": [0.3, 0.9], "resegmentMode": "relative"},
    "resegmentAbsoluteShape": {"resegmentRange": [150], "resegmentShape": True},
    "resegmentAbsolute": {"resegmentRange": [150]},
}


def extract(directory, case, settings):
    extractor = featureextractor.RadiomicsFeatureExtractor(**settings)
    extractor.disableAllImageTypes()
    extractor.enableImageTypeByName("Original")
    extractor.enableAllFeatures()
    extractor.enableFeatureClassByName("shape2D", enabled=False)
    result = extractor.execute(f"{directory}/{case}_image.nrrd", f"{directory}/{case}_label.nrrd")
    return {name: float(value) for name, value in result.items()}


def main():
    directory, output = sys.argv[1], sys.argv[2]
    columns = {}
    settings = {}
    for variant, own in VARIANTS.items():
        for case in CASES:
            column = f"{case}_{variant}"
            settings[column] = {**BASE, **own}
            columns[column] = extract(directory, case, settings[column])
    names = list(next(iter(columns.values())).keys())
    order = list(columns)
    with open(output, "w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["featureName"] + order)
        writer.writerow(["diagnostics_Versions_PyRadiomics"] + [radiomics.__version__] * len(order))
        writer.writerow(["diagnostics_Versions_Numpy"] + [numpy.__version__] * len(order))
        writer.writerow(["diagnostics_Versions_SimpleITK"] + [SimpleITK.Version_VersionString()] * len(order))
        writer.writerow(["diagnostics_Configuration_Settings"] + [repr(settings[c]) for c in order])
        for name in names:
            writer.writerow([name] + [repr(columns[c][name]) for c in order])
    print(f"{output}: {len(names)} features for {len(order)} columns")


if __name__ == "__main__":
    main()
