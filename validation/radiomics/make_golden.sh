#!/usr/bin/env bash
# Golden values for the derived image types (Square, SquareRoot, Logarithm, Exponential) from
# PyRadiomics itself, on its test cases in ../shared/data/radiomics/pyradiomics (read in place).
# Uses the git-ignored virtual environment validation/.venv that venv.sh creates (pinned versions), then runs
# make_golden.py, which writes validation/radiomics/golden_imagetypes.csv.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
python="$(bash "$here/venv.sh")"
"$python" "$here/make_golden.py" "$here/../../../shared/data/radiomics/pyradiomics" \
    "$here/golden_imagetypes.csv"
# Settings the shipped baselines do not vary (weightingNorm norms, symmetricalGLCM, distances,
# removeOutliers, resegmentation modes and resegmentShape): golden_settings.csv
"$python" "$here/make_golden_settings.py" "$here/../../../shared/data/radiomics/pyradiomics" \
    "$here/golden_settings.csv"
# Wavelet and LoG image types (golden_filters.csv), the wavelet filter banks shipped with the core
# library and PyWavelets' own transform of a test signal for every wavelet (golden_swt.csv)
"$python" "$here/make_golden_filters.py" "$here/../../../shared/data/radiomics/pyradiomics" \
    "$here/golden_filters.csv"
# Wavelet levels 1 to 3 of PyWavelets' stationary transform on a formula volume: golden_swt_levels.csv
"$python" "$here/make_golden_swt_levels.py" "$here/golden_swt_levels.csv"
"$python" "$here/make_wavelets.py" \
    "$here/../../plugins/org.qmrinodes.core/src/main/resources/org/qmrinodes/core/image/filter/wavelets.csv" \
    "$here/golden_swt.csv"
# The Fr24 preset (the shared exampleMR_5mm.yaml: normalisation, 3 mm B-spline resampling, LoG and
# Wavelet) end to end on breast1 and brain2: golden_fr24.csv
"$python" "$here/make_golden_fr24.py" "$here/../../../shared/data/radiomics/pyradiomics" \
    "$here/golden_fr24.csv"
# MIRP's features of the IBSI 1 digital phantom, the second opinion for IBSI mode: golden_mirp_phantom.csv
"$python" "$here/make_golden_mirp_phantom.py" "$here/../../../shared/data/ibsi" "$here/golden_mirp_phantom.csv"
