#!/usr/bin/env bash
# SimpleITK's nearest, linear and cubic B-spline resampling of an analytic volume (see
# make_resampling_golden.py). Uses the git-ignored virtual environment validation/.venv (created
# here when absent) with the same pinned numpy and SimpleITK as the radiomics golden values, and
# writes validation/resampling/simpleitk_resampling.csv.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="$here/../.venv"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet "numpy==1.26.4" "SimpleITK==2.3.1"
"$venv/bin/python" "$here/make_resampling_golden.py" "$here/simpleitk_resampling.csv"
