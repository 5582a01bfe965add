#!/usr/bin/env bash
# Times R pROC and this project on the same task, one after the other on this machine, and prints
# the ratio: three ROC analyses and three paired DeLong tests on 10^6 cases.
# Needs R with pROC (apt-get install r-base-core r-cran-proc).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench -pl benchmarks -am package -DskipTests
Rscript validation/roc/time_proc_delong.R > target-proc-timing.txt
java -jar benchmarks/target/benchmarks.jar DelongBenchmark -rf csv -rff benchmarks/target/delong.csv > benchmarks/target/delong.txt
python3 - <<'PY'
import csv
proc = {r["step"]: float(r["elapsed_seconds"]) for r in csv.DictReader(open("validation/roc/golden/proc_timing.csv"))}
jmh = {r["Benchmark"].rsplit(".", 1)[1]: float(r["Score"]) / 1000.0 for r in csv.DictReader(open("benchmarks/target/delong.csv"))}
for ours, ref in [("rocAnalysisOfThreeScores", "build_3_roc_n1e6"), ("pairedDelongOfThreePairs", "paired_delong_3_tests_n1e6")]:
    print(f"{ours}: {jmh[ours]:.3f} s vs pROC {ref}: {proc[ref]:.3f} s  ->  pROC/qmri = {proc[ref] / jmh[ours]:.1f}x")
PY
rm -f target-proc-timing.txt
