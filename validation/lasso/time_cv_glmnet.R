# time_cv_glmnet.R -- wall-clock reference timings of R glmnet cv.glmnet (10-fold, binomial, deviance).
#
# Run from the repository root (benchmarks/run-lasso-vs-glmnet.sh does, before the JMH benchmark):
#     Rscript validation/lasso/time_cv_glmnet.R [out-dir]
# Data sets: validation/lasso/data/radiomics.csv.gz (118 x 960, its fold column) and a simulated
# 2000 x 2000 set (seed 20240616; blocks of 10 features with correlation 0.5, 20 true signals,
# folds 1..10 in turn), which is also written to <out-dir>/lasso_2000x2000.bin (little-endian
# doubles: n, p, then y (0/1), fold and x column by column) for the Java benchmark to read.
# Writes <out-dir>/glmnet_timing.csv (dataset,elapsed_seconds,runs,n_lambda,r_version,glmnet_version);
# each data set is timed 3 times and the median elapsed time is reported. Timings are machine
# dependent: they are reference points for a ratio measured on the same machine, not golden values.

suppressPackageStartupMessages(library(glmnet))

args <- commandArgs(trailingOnly = TRUE)
out_dir <- if (length(args) >= 1) args[1] else "benchmarks/target"
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)

df <- read.csv("validation/lasso/data/radiomics.csv.gz", check.names = FALSE)
radiomics <- list(x = as.matrix(df[, -(1:2)]), y = as.integer(df$outcome == "HER2-low"), fold = df$fold)

RNGkind("Mersenne-Twister", "Inversion", "Rejection")
set.seed(20240616)
n <- 2000; p <- 2000
common <- matrix(rnorm(n * p / 10), n, p / 10)[, rep(seq_len(p / 10), each = 10)]
x <- sqrt(0.5) * common + sqrt(0.5) * matrix(rnorm(n * p), n, p)
beta <- numeric(p); beta[sample.int(p, 20)] <- rnorm(20, 0, 0.5)
y <- rbinom(n, 1, plogis(drop(x %*% beta)))
fold <- rep_len(1:10, n)
large <- list(x = x, y = y, fold = fold)
con <- file(file.path(out_dir, "lasso_2000x2000.bin"), "wb")
writeBin(as.double(c(n, p, y, fold, x)), con, endian = "little")
close(con)

time_cv <- function(d) {
  t <- numeric(3)
  for (k in 1:3) {
    t[k] <- system.time(cv <- cv.glmnet(d$x, d$y, family = "binomial", foldid = d$fold,
                                        type.measure = "deviance"))[["elapsed"]]
  }
  list(median = median(t), runs = t, n_lambda = length(cv$lambda))
}
invisible(gc())
r1 <- time_cv(radiomics)
r2 <- time_cv(large)
out <- data.frame(dataset = c("radiomics_118x960", "simulated_2000x2000"),
                  elapsed_seconds = sprintf("%.3f", c(r1$median, r2$median)),
                  runs = c(paste(r1$runs, collapse = ";"), paste(r2$runs, collapse = ";")),
                  n_lambda = c(r1$n_lambda, r2$n_lambda),
                  r_version = paste(R.version$major, R.version$minor, sep = "."),
                  glmnet_version = as.character(packageVersion("glmnet")))
write.table(out, file.path(out_dir, "glmnet_timing.csv"), sep = ",", quote = FALSE, row.names = FALSE)
print(out)
