# time_rms_validate.R -- wall-clock reference timing of rms::validate(lrm(...), B = 1000) on Fr25's
# size: the n = 138, six-predictor development set of validation/evaluation/data_development.csv.
#
# Run from the repository root (benchmarks/run-validate-vs-rms.sh does, before the JMH benchmark):
#     Rscript validation/evaluation/time_rms_validate.R [out-dir]
# Writes <out-dir>/rms_validate_timing.csv (task,elapsed_seconds,runs,r_version,rms_version); the
# task is timed 3 times and the median elapsed time reported. Timings depend on the machine: they
# are the reference for a ratio measured on the same machine, not golden values.
suppressPackageStartupMessages(library(rms))
args <- commandArgs(trailingOnly = TRUE)
out_dir <- if (length(args) >= 1) args[1] else "benchmarks/target"
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)
d <- read.csv("validation/evaluation/data_development.csv")
fit <- lrm(y ~ x1 + x2 + x3 + x4 + x5 + x6, data = d, x = TRUE, y = TRUE)
times <- sapply(1:3, function(i) {
  set.seed(i)
  system.time(validate(fit, B = 1000))[["elapsed"]]
})
write.csv(data.frame(task = "validate_B1000_n138_p6", elapsed_seconds = median(times), runs = length(times),
                     r_version = R.version.string, rms_version = as.character(packageVersion("rms"))),
          file.path(out_dir, "rms_validate_timing.csv"), row.names = FALSE)
cat("rms::validate B = 1000:", median(times), "s (median of 3)\n")
