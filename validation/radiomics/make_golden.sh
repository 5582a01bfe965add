#!/usr/bin/env bash
# Golden values for the derived image types (Square, SquareRoot, Logarithm, Exponential) from
# PyRadiomics itself, on its test cases in ../shared/data/radiomics/pyradiomics (read in place).
# Creates a git-ignored virtual environment in validation/.venv with pinned versions, then runs
# make_golden.py, which writes validation/radiomics/golden_imagetypes.csv.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="$here/../.venv"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --upgrade pip setuptools wheel
# PyRadiomics 3.1.0 builds its C extension against numpy 1.x; SimpleITK and PyWavelets come as wheels
"$venv/bin/pip" install --quiet "numpy==1.26.4" "SimpleITK==2.3.1" "PyWavelets==1.5.0" "pykwalify==1.8.0" "six==1.16.0" "versioneer==0.29"
# pyradiomics 3.1.0 on the package index cannot be installed (its metadata says 3.0.1a1); the maintained
# fork pyradiomics-bhklab 3.1.4 is the same code with that fixed (module radiomics)
"$venv/bin/pip" install --quiet --no-build-isolation "pyradiomics-bhklab==3.1.4"
"$venv/bin/python" "$here/make_golden.py" "$here/../../../shared/data/radiomics/pyradiomics" \
    "$here/golden_imagetypes.csv"
# Settings the shipped baselines do not vary (weightingNorm norms, symmetricalGLCM, distances,
# removeOutliers, resegmentation modes and resegmentShape): golden_settings.csv
"$venv/bin/python" "$here/make_golden_settings.py" "$here/../../../shared/data/radiomics/pyradiomics" \
    "$here/golden_settings.csv"
# Wavelet and LoG image types (golden_filters.csv), the wavelet filter banks shipped with the core
# library and PyWavelets' own transform of a test signal for every wavelet (golden_swt.csv)
"$venv/bin/python" "$here/make_golden_filters.py" "$here/../../../shared/data/radiomics/pyradiomics" \
    "$here/golden_filters.csv"
"$venv/bin/python" "$here/make_wavelets.py" \
    "$here/../../plugins/org.qmrinodes.core/src/main/resources/org/qmrinodes/core/image/filter/wavelets.csv" \
    "$here/golden_swt.csv"
# The Fr24 preset (the shared exampleMR_5mm.yaml: normalisation, 3 mm B-spline resampling, LoG and
# Wavelet) end to end on breast1 and brain2: golden_fr24.csv
"$venv/bin/python" "$here/make_golden_fr24.py" "$here/../../../shared/data/radiomics/pyradiomics" \
    "$here/golden_fr24.csv"
