# time_proc_delong.R -- wall-clock reference timings of pROC at n = 10^6.
#
# Run from the repository root:
#     Rscript validation/roc/time_proc_delong.R
# Writes validation/roc/golden/proc_timing.csv (step,elapsed_seconds,r_version,proc_version).
# Each step is run 3 times; the median elapsed time (system.time()[["elapsed"]]) is reported.
# Timings are machine dependent: they are an order-of-magnitude reference, not golden values.

suppressPackageStartupMessages(library(pROC))

script_dir <- local({
  a <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)
  if (length(a) == 1) dirname(normalizePath(sub("^--file=", "", a))) else NA_character_
})
if (is.na(script_dir)) script_dir <- if (file.exists("validation/roc")) "validation/roc" else "."
golden_dir <- file.path(script_dir, "golden")
dir.create(golden_dir, showWarnings = FALSE, recursive = TRUE)

RNGkind("Mersenne-Twister", "Inversion", "Rejection")
set.seed(20240612)

n <- 1e6
y <- rbinom(n, 1, 0.4)
R <- matrix(c(1, 0.5, 0.3,
              0.5, 1, 0.4,
              0.3, 0.4, 1), 3, 3)
z <- matrix(rnorm(n * 3), n, 3) %*% chol(R)
scores <- list(s1 = z[, 1] + 0.8 * y, s2 = z[, 2] + 0.3 * y, s3 = z[, 3] + 0.5 * y)
outcome <- ifelse(y == 1, "event", "no_event")

build <- function() lapply(scores, function(s)
  roc(outcome, s, levels = c("no_event", "event"), direction = "auto", quiet = TRUE))
tests <- function(rocs) list(
  roc.test(rocs$s1, rocs$s2, method = "delong", paired = TRUE),
  roc.test(rocs$s1, rocs$s3, method = "delong", paired = TRUE),
  roc.test(rocs$s2, rocs$s3, method = "delong", paired = TRUE))

invisible(gc())
t_build <- numeric(3); t_test <- numeric(3)
for (k in 1:3) {
  t_build[k] <- system.time(rocs <- build())[["elapsed"]]
  t_test[k]  <- system.time(res <- tests(rocs))[["elapsed"]]
}

r_version    <- paste(R.version$major, R.version$minor, sep = ".")
proc_version <- as.character(packageVersion("pROC"))
out <- data.frame(step = c("build_3_roc_n1e6", "paired_delong_3_tests_n1e6"),
                  elapsed_seconds = sprintf("%.3f", c(median(t_build), median(t_test))),
                  r_version = r_version, proc_version = proc_version)
write.table(out, file.path(golden_dir, "proc_timing.csv"), sep = ",", quote = FALSE,
            row.names = FALSE)

cat(sprintf("R %s, pROC %s, n = %d (%d events)\n", r_version, proc_version, n, sum(y)))
cat("build 3 roc objects, runs (s):", t_build, " median:", median(t_build), "\n")
cat("3 paired DeLong roc.test, runs (s):", t_test, " median:", median(t_test), "\n")
cat("AUCs:", sapply(rocs, function(r) as.numeric(auc(r))), "\n")
cat("Z:", sapply(res, function(t) unname(t$statistic)), "\n")
