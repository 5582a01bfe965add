"""Golden radiomics values for the Fr24 preset end to end, computed by PyRadiomics itself.

Usage: make_golden_fr24.py SHARED_PYRADIOMICS_DIR OUTPUT_CSV

Runs PyRadiomics' feature extractor with the shared parameter file exampleMR_5mm.yaml (read in place:
normalize with normalizeScale 100, resampledPixelSpacing [3, 3, 3] with sitkBSpline, binWidth 5,
voxelArrayShift 300, label 1; image types Original, LoG sigma 3 and 5, Wavelet; shape, firstorder,
glcm without SumAverage, glrlm, glszm, gldm) on PyRadiomics' test cases breast1 and brain2. Writes a
row of versions, then one row per case and feature: case, feature name (PyRadiomics'), value; the
resampled grid's diagnostics (diagnostics_Image-interpolated_Size and _Spacing,
diagnostics_Mask-interpolated_VoxelNum and _BoundingBox) come first, tuples written with ';'.
"""
import csv
import logging
import sys

import numpy
import pywt
import radiomics
import SimpleITK
from radiomics import featureextractor

CASES = ["breast1", "brain2"]
DIAGNOSTICS = ["diagnostics_Image-interpolated_Size", "diagnostics_Image-interpolated_Spacing",
               "diagnostics_Mask-interpolated_VoxelNum", "diagnostics_Mask-interpolated_BoundingBox"]


def cell(value):
    if isinstance(value, tuple):
        return ";".join(repr(float(v)) for v in value)
    return repr(float(value))


def main():
    directory, output = sys.argv[1], sys.argv[2]
    logging.getLogger("radiomics").setLevel(logging.ERROR)
    extractor = featureextractor.RadiomicsFeatureExtractor(f"{directory}/exampleMR_5mm.yaml")
    with open(output, "w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["case", "featureName", "value"])
        writer.writerow(["diagnostics", "versions and settings",
                         f"PyRadiomics {radiomics.__version__}, PyWavelets {pywt.__version__}, SimpleITK "
                         f"{SimpleITK.Version_VersionString()}, numpy {numpy.__version__}; exampleMR_5mm.yaml"])
        for case in CASES:
            result = extractor.execute(f"{directory}/{case}_image.nrrd", f"{directory}/{case}_label.nrrd")
            for name in DIAGNOSTICS:
                writer.writerow([case, name, cell(result[name])])
            features = {n: v for n, v in result.items() if not n.startswith("diagnostics_")}
            for name, value in features.items():
                writer.writerow([case, name, cell(value)])
            print(f"{case}: {len(features)} features")


if __name__ == "__main__":
    main()
