#!/usr/bin/env bash
# Creates (once) the git-ignored virtual environment validation/.venv with PyRadiomics, MIRP and the pinned
# versions the golden values were made with; prints the environment's python.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/../.venv"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c "import radiomics" 2>/dev/null; then
    "$venv/bin/pip" install --quiet --upgrade pip setuptools wheel >&2
    # PyRadiomics builds its C extension against numpy 1.x; SimpleITK and PyWavelets come as wheels
    "$venv/bin/pip" install --quiet "numpy==1.26.4" "SimpleITK==2.3.1" "PyWavelets==1.5.0" "pykwalify==1.8.0" \
        "six==1.16.0" "versioneer==0.29" >&2
    # pyradiomics 3.1.0 on the package index cannot be installed (its metadata says 3.0.1a1); the maintained
    # fork pyradiomics-bhklab 3.1.4 is the same code with that fixed (module radiomics)
    "$venv/bin/pip" install --quiet --no-build-isolation "pyradiomics-bhklab==3.1.4" >&2
fi
if ! "$venv/bin/python" -c "import mirp" 2>/dev/null; then
    # MIRP, the second opinion for IBSI mode (IBSI 1 and 2 compliant)
    "$venv/bin/pip" install --quiet "mirp==2.7.0" >&2
fi
echo "$venv/bin/python"
