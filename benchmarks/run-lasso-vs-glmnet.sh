#!/usr/bin/env bash
# Times R glmnet and this project on the same task, one after the other on this machine, and prints
# the ratio: 10-fold cv.glmnet (binomial, deviance, fixed fold ids) on the 118 x 960 radiomics data
# set and on a simulated 2000 x 2000 set. Our folds run in parallel on the common fork-join pool;
# a second JMH run with the common pool limited to one worker approaches the sequential figure (glmnet's default parallel = FALSE).
# Needs R with glmnet (apt-get install r-base-core r-cran-glmnet).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench -pl benchmarks -am package -DskipTests
Rscript validation/lasso/time_cv_glmnet.R benchmarks/target
java -jar benchmarks/target/benchmarks.jar LassoBenchmark -rf csv -rff benchmarks/target/lasso.csv \
    > benchmarks/target/lasso.txt
java -jar benchmarks/target/benchmarks.jar LassoBenchmark -jvmArgsAppend \
    -Djava.util.concurrent.ForkJoinPool.common.parallelism=1 -rf csv -rff benchmarks/target/lasso_1thread.csv \
    > benchmarks/target/lasso_1thread.txt
python3 - <<'PY'
import csv
ref = {r["dataset"]: float(r["elapsed_seconds"]) for r in csv.DictReader(open("benchmarks/target/glmnet_timing.csv"))}
for label, path in [("parallel folds", "benchmarks/target/lasso.csv"), ("common-pool parallelism 1", "benchmarks/target/lasso_1thread.csv")]:
    for r in csv.DictReader(open(path)):
        ds = r["Param: dataset"]
        ours = float(r["Score"]) / 1000.0
        print(f"{ds} ({label}): qmri {ours:.3f} s vs cv.glmnet {ref[ds]:.3f} s  ->  qmri/glmnet = {ours / ref[ds]:.2f}")
PY
