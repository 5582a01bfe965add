#!/usr/bin/env bash
# Times PyRadiomics and this project's radiomics extraction on the same lesion phantom (one lesion of
# about 3000 voxels in a 384 x 384 x 88 DCE volume), one after the other on this machine, with the Fr24
# preset (960 features) and with PyRadiomics' defaults (Original image), and prints the ratios; also the
# Fr24 preset on the 118 generated Fr24 lesions on all cores. PyRadiomics comes from the git-ignored
# virtual environment validation/.venv (validation/radiomics/venv.sh creates it).
# Usage: bash benchmarks/run-radiomics-vs-pyradiomics.sh [PyRadiomics repeats, default 5]
set -euo pipefail
cd "$(dirname "$0")/.."
python="$(bash validation/radiomics/venv.sh)"
mvn -B -q -Pbench -pl benchmarks -am package -DskipTests
"$python" validation/radiomics/time_pyradiomics.py ../shared/data/radiomics/pyradiomics \
    benchmarks/target/pyradiomics.csv "${1:-5}"
java -jar benchmarks/target/benchmarks.jar RadiomicsBenchmark -rf csv -rff benchmarks/target/radiomics.csv \
    > benchmarks/target/radiomics.txt
python3 - <<'PY'
import csv
py = {r["settings"]: r for r in csv.DictReader(open("benchmarks/target/pyradiomics.csv"))}
for r in csv.DictReader(open("benchmarks/target/radiomics.csv")):
    name = r["Param: settings"]
    ms = float(r["Score"])
    if r["Benchmark"].endswith("oneLesion"):
        ref = float(py[name]["seconds"]) * 1000
        print(f"{name:8s} one lesion ({py[name]['voxels']} voxels, {py[name]['features']} features): qmri {ms:8.1f} ms,"
              f" PyRadiomics {py[name]['pyradiomics']} {ref:8.1f} ms  ->  {ref / ms:5.1f}x PyRadiomics")
    else:
        print(f"{name:8s} 118 generated Fr24 lesions, all cores: {ms / 1000:6.2f} s")
PY
