"""Golden radiomics values for the derived image types, computed by PyRadiomics itself.

Usage: make_golden.py SHARED_PYRADIOMICS_DIR OUTPUT_CSV

Runs PyRadiomics' feature extractor on its test cases breast1 and brain2 (image and label NRRD files
in SHARED_PYRADIOMICS_DIR, read in place) with the settings of the shipped baselines' base columns
(binWidth 25, voxelArrayShift 2000, label 1, no resampling or normalisation), every feature class,
and the image types Original, Square, SquareRoot, Logarithm and Exponential. Writes one row per
feature (PyRadiomics' names) and one column per case, preceded by the versions used.
"""
import csv
import sys

import numpy
import radiomics
import SimpleITK
from radiomics import featureextractor

CASES = ["breast1", "brain2"]
IMAGE_TYPES = ["Original", "Square", "SquareRoot", "Logarithm", "Exponential"]
SETTINGS = {
    "binWidth": 25,
    "voxelArrayShift": 2000,
    "label": 1,
    "minimumROIDimensions": 1,
    "additionalInfo": False,
}


def extract(directory, case):
    extractor = featureextractor.RadiomicsFeatureExtractor(**SETTINGS)
    extractor.disableAllImageTypes()
    for image_type in IMAGE_TYPES:
        extractor.enableImageTypeByName(image_type)
    extractor.enableAllFeatures()
    extractor.enableFeatureClassByName("shape2D", enabled=False)
    result = extractor.execute(f"{directory}/{case}_image.nrrd", f"{directory}/{case}_label.nrrd")
    return {name: float(value) for name, value in result.items()}


def main():
    directory, output = sys.argv[1], sys.argv[2]
    columns = {case: extract(directory, case) for case in CASES}
    names = list(columns[CASES[0]].keys())
    with open(output, "w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["featureName"] + CASES)
        writer.writerow(["diagnostics_Versions_PyRadiomics"] + [radiomics.__version__] * len(CASES))
        writer.writerow(["diagnostics_Versions_Numpy"] + [numpy.__version__] * len(CASES))
        writer.writerow(["diagnostics_Versions_SimpleITK"] + [SimpleITK.Version_VersionString()] * len(CASES))
        writer.writerow(["diagnostics_Configuration_Settings"] + [repr(SETTINGS)] * len(CASES))
        for name in names:
            writer.writerow([name] + [repr(columns[case][name]) for case in CASES])
    print(f"{output}: {len(names)} features for {', '.join(CASES)}")


if __name__ == "__main__":
    main()
