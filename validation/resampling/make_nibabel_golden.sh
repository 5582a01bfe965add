#!/usr/bin/env bash
# nibabel's (scipy.ndimage's) order 0, 1 and 3 resampling of the analytic volume of
# make_resampling_golden.py (see make_nibabel_golden.py). Uses the git-ignored virtual environment
# validation/.venv (created here when absent) with the same pinned numpy as the other golden values,
# and writes validation/resampling/nibabel_resampling.csv.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="$here/../.venv"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet "numpy==1.26.4" "scipy==1.13.1" "nibabel==5.2.1"
"$venv/bin/python" "$here/make_nibabel_golden.py" "$here/nibabel_resampling.csv"
