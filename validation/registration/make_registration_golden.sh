#!/usr/bin/env bash
# SimpleITK's rigid registrations of the analytic phantoms (see make_registration_golden.py).
# Uses the git-ignored virtual environment validation/.venv (created here when absent) with the
# same pinned numpy and SimpleITK as the radiomics golden values, and writes
# validation/registration/simpleitk_rigid.csv.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="$here/../.venv"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet "numpy==1.26.4" "SimpleITK==2.3.1"
"$venv/bin/python" "$here/make_registration_golden.py" "$here/simpleitk_rigid.csv"
