"""Golden radiomics values for the Wavelet and LoG image types, computed by PyRadiomics itself.

Usage: make_golden_filters.py SHARED_PYRADIOMICS_DIR OUTPUT_CSV

Cases: PyRadiomics' test cases breast1 and brain2 (read in place) and `lesion`, a generated
breast-lesion-like volume (48x48x16 voxels of 0.7x0.7x2 mm, DCE-like intensities, an irregular lesion
of about 2600 voxels) defined by integer formulas that the Java test evaluates identically. Settings
of the shipped baselines' base columns (binWidth 25, voxelArrayShift 2000, label 1) with preCrop on:
the image is cropped to the label's bounding box plus padDistance (5) voxels before filtering, as
PyRadiomics does whenever it resamples (and as the Java extractor always does). Every feature class
but shape2D. Writes a row of versions and settings, then one row per case and feature: case, feature name (PyRadiomics'), value; the
image types of each case are those of CASES below.
"""
import csv
import sys

import numpy
import pywt
import radiomics
import SimpleITK
from radiomics import featureextractor

import make_golden
from lesion_case import lesion

SETTINGS = {**make_golden.SETTINGS, "preCrop": True, "padDistance": 5}
DEFAULT_TYPES = {"Original": {}, "Wavelet": {}, "LoG": {"sigma": [1.0, 3.0, 5.0]}}
CASES = [
    ("breast1", "breast1", DEFAULT_TYPES),
    ("brain2", "brain2", DEFAULT_TYPES),
    ("lesion", "lesion", {"Original": {}, "Wavelet": {}, "LoG": {"sigma": [3.0, 5.0]}}),
    ("breast1_sym3_level2", "breast1", {"Wavelet": {"wavelet": "sym3", "level": 2, "start_level": 1}}),
    ("brain2_haar", "brain2", {"Wavelet": {"wavelet": "haar"}}),
    ("lesion_db2", "lesion", {"Wavelet": {"wavelet": "db2"}}),
    ("breast1_sigma_as_given", "breast1", {"LoG": {"sigma": [3, 2.5]}}),
    ("brain2_intensity", "brain2", {"Square": {}, "SquareRoot": {}, "Logarithm": {}, "Exponential": {}}),
]
# cases with settings and classes of their own: force2D (slices as 2D images) leaves the slice axis
# out of the wavelet transform, its bands having two letters (wavelet-LH)
CASES_2D = [
    ("breast1_force2D", "breast1", {"Wavelet": {}}, {"force2D": True, "force2Ddimension": 0},
     ["shape", "firstorder"]),
]


def extract(directory, source, types, extra=None, classes=None):
    extractor = featureextractor.RadiomicsFeatureExtractor(**{**SETTINGS, **(extra or {})})
    extractor.disableAllImageTypes()
    for name, custom in types.items():
        extractor.enableImageTypeByName(name, customArgs=custom)
    if classes is None:
        extractor.enableAllFeatures()
        extractor.enableFeatureClassByName("shape2D", enabled=False)
    else:
        extractor.disableAllFeatures()
        for name in classes:
            extractor.enableFeatureClassByName(name)
    if source == "lesion":
        image, label = lesion()
        print(f"lesion: {int(SimpleITK.GetArrayFromImage(label).sum())} voxels")
    else:
        image, label = f"{directory}/{source}_image.nrrd", f"{directory}/{source}_label.nrrd"
    result = extractor.execute(image, label)
    return {name: float(value) for name, value in result.items() if not name.startswith("diagnostics_")}


def main():
    directory, output = sys.argv[1], sys.argv[2]
    with open(output, "w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["case", "featureName", "value"])
        writer.writerow(["diagnostics", "versions and settings",
                         f"PyRadiomics {radiomics.__version__}, PyWavelets {pywt.__version__}, SimpleITK "
                         f"{SimpleITK.Version_VersionString()}, numpy {numpy.__version__}; {SETTINGS!r}"])
        for case, source, types, extra, classes in [c + (None, None) for c in CASES] + CASES_2D:
            features = extract(directory, source, types, extra, classes)
            for name, value in features.items():
                writer.writerow([case, name, repr(value)])
            print(f"{case}: {len(features)} features")


if __name__ == "__main__":
    main()
