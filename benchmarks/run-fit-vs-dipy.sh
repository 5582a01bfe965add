#!/usr/bin/env bash
# Times dipy's MSDKI fit and this project's DKI fit (LLS, WLLS, NLLS) on the same phantom, one after
# the other on this machine, and prints voxels/s and the ratio to dipy.
# Needs Debian's dipy for /usr/bin/python3 (apt-get install python3-dipy).
# Usage: bash benchmarks/run-fit-vs-dipy.sh [dipy slices, default 2]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench -pl benchmarks -am package -DskipTests
/usr/bin/python3 validation/fit/time_dipy_msdki.py "${1:-2}" benchmarks/target/dipy_msdki.csv
java -jar benchmarks/target/benchmarks.jar FitBenchmark -rf csv -rff benchmarks/target/fit.csv > benchmarks/target/fit.txt
python3 - <<'PY'
import csv
dipy = next(csv.DictReader(open("benchmarks/target/dipy_msdki.csv")))
dipy_vps = float(dipy["voxels_per_second"])
print(f"dipy {dipy['dipy']} MSDKI (WLS, 1 thread): {dipy_vps:,.0f} voxels/s")
for r in csv.DictReader(open("benchmarks/target/fit.csv")):
    seconds = float(r["Score"]) / 1000.0
    voxels = int(r["Param: voxels"])
    vps = voxels / seconds
    print(f"qmri DKI {r['Param: method']:5s}: {seconds:6.2f} s for {voxels} voxels = {vps:,.0f} voxels/s"
          f"  ->  {vps / dipy_vps:,.0f}x dipy")
PY
