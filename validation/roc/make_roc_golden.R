# make_roc_golden.R -- reference ("golden") ROC / AUC / DeLong values computed with R pROC.
#
# Run from the repository root:
#     Rscript validation/roc/make_roc_golden.R
# (it also works from inside validation/roc/). Needs R >= 4 and pROC
# (Debian/Ubuntu: apt-get install -y r-base-core r-cran-proc).
#
# Outputs (relative to validation/roc/):
#   data/<name>.csv[.gz]  input data sets (column `outcome` = text label, numeric score columns)
#   data/datasets.csv     dataset,file,positive
#   golden/*.csv          pROC results, numbers written with sprintf("%.17g"),
#                         Inf/-Inf as "Inf"/"-Inf", NaN as "NaN", NA as an empty field.
#
# Everything is deterministic (fixed RNG kind + seed). The golden values are
# computed from the data AS RE-READ FROM THE CSV FILES, so a reimplementation
# that parses the CSVs sees exactly the same doubles pROC saw.
#
# ---------------------------------------------------------------------------
# pROC conventions that matter for a reimplementation (checked against the
# pROC 1.18.0 sources: roc.default, roc.utils.thresholds, roc.utils.perfs,
# roc.utils.perfs.all.fast, sort.roc, coords.roc, roc.utils.optim.crit,
# ci.auc.delong, var.roc, roc.test.roc, delong.paired.test,
# delong.paired.calculations, ci.delong.paired, delong.unpaired.test):
#
# * direction="auto": "<" (controls < cases, higher score = positive) if
#   median(controls) <= median(cases), else ">". Equal medians -> "<".
#   The rule uses medians only, NOT the AUC, so "auto" can yield AUC < 0.5.
# * Thresholds: u = sorted unique predictor values (both classes pooled);
#   thresholds = c(-Inf, (u[i] + u[i+1]) / 2, +Inf), i.e. midpoints of
#   consecutive unique values plus -Inf and +Inf (if |midpoint| > 1e100 it is
#   computed as u[i]/2 + u[i+1]/2 to avoid overflow). If a midpoint rounds to
#   one of the two neighbouring values (adjacent doubles) it is moved to the
#   upper value for "<" and to the lower value for ">".
# * Classification at threshold t: direction "<": positive iff x >= t
#   (sensitivity = #(cases >= t)/n_cases, specificity = #(controls < t)/n_controls);
#   direction ">": positive iff x <= t. Because t is a midpoint, "x >= t" is
#   the same as "x > t" except at the adjusted near-tie thresholds above.
# * Point order (roc$thresholds / coords(r, "all")): sorted by INCREASING
#   specificity. For "<" this is increasing threshold (-Inf first: se=1, sp=0;
#   +Inf last: se=0, sp=1). For ">" it is DECREASING threshold (+Inf first:
#   se=1, sp=0; -Inf last: se=0, sp=1).
# * AUC = trapezoidal sum over that point list (equals the Mann-Whitney
#   statistic with ties counted 1/2).
# * coords(r, "best", best.method="youden"): criterion = se + r*sp with
#   r = (1 - 0.5)/(1 * 0.5) = 1 for the default best.weights=c(1, 0.5), i.e.
#   plain se + sp computed in double precision (se = tp/n_cases,
#   sp = tn/n_controls) and ties selected with EXACT floating-point equality
#   (optim.crit == max(optim.crit)). Tied rows are returned in the point order
#   above (increasing specificity = decreasing sensitivity): for "<" ascending
#   threshold, for ">" descending threshold. The FIRST row is therefore the
#   tied point with the highest sensitivity / lowest specificity. The -Inf/+Inf
#   end points are candidates too (their criterion is exactly 1).
# * var(r, method="delong") = var(V10)/n_cases + var(V01)/n_controls with
#   structural components (placements) counting ties as 1/2, sample variances
#   with denominator (n-1).
# * ci.auc(r, method="delong") = qnorm(c(0.025, 0.5, 0.975), mean=auc,
#   sd=sqrt(var)), then values > 1 are set to 1 and values < 0 to 0 (clipped
#   to [0, 1]). With var == 0 (perfect separation) qnorm(sd=0) returns the mean,
#   so the CI is [auc, auc] = [1, 1] (pROC warns).
# * roc.test(paired=TRUE, method="delong"): d = auc1 - auc2,
#   sig = sqrt(L S L') with L = (1,-1), S = S10/n_cases + S01/n_controls;
#   z = d / sig; p = 2*pnorm(-|z|); CI of the difference = d -/+ qnorm(0.975)*sig
#   (NOT clipped). Special case: if z is NaN because d == 0 and sig == 0
#   (e.g. two perfectly separating curves) pROC sets z = 0 -> p = 1 and the CI
#   is [0, 0] (pROC warns "roc.test() of two ROC curves with AUC == 1 has always
#   p.value = 1"). If sig == 0 but d != 0, z = +/-Inf and p = 0.
#   Curves with different directions are still tested (pROC only warns).
# * roc.test(paired=FALSE, method="delong"): D = (auc1-auc2)/sqrt(V1+V2),
#   df = (V1+V2)^2 / (V1^2/(N1-1) + V2^2/(N2-1)) with N = n_cases + n_controls
#   of each curve, p = 2*pt(-|D|, df)  (Student t, NOT normal).
# ---------------------------------------------------------------------------

suppressPackageStartupMessages(library(pROC))

## locate validation/roc/ ---------------------------------------------------
script_dir <- local({
  a <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)
  if (length(a) == 1) dirname(normalizePath(sub("^--file=", "", a))) else NA_character_
})
if (is.na(script_dir)) {
  script_dir <- if (file.exists("validation/roc")) "validation/roc" else "."
}
data_dir   <- file.path(script_dir, "data")
golden_dir <- file.path(script_dir, "golden")
dir.create(data_dir, showWarnings = FALSE, recursive = TRUE)
dir.create(golden_dir, showWarnings = FALSE, recursive = TRUE)

RNGkind("Mersenne-Twister", "Inversion", "Rejection")
set.seed(20240611)

r_version    <- paste(R.version$major, R.version$minor, sep = ".")
proc_version <- as.character(packageVersion("pROC"))
cat(sprintf("R %s, pROC %s\n", r_version, proc_version))

## helpers -------------------------------------------------------------------
fmt <- function(x) {
  x <- as.numeric(x)
  out <- sprintf("%.17g", x)            # gives "Inf", "-Inf", "NaN"
  out[is.na(x) & !is.nan(x)] <- ""       # NA -> empty
  out
}
# shortest decimal string (<= 17 significant digits) that reads back as the same double
fmt_short <- function(x) {
  vapply(x, function(v) {
    for (d in 15:17) { s <- formatC(v, digits = d, format = "g"); if (as.numeric(s) == v) break }
    trimws(s)
  }, "")
}
fmt_list <- function(x) paste(fmt(x), collapse = ";")

write_plain_csv <- function(df, path) {
  con <- if (grepl("\\.gz$", path)) gzfile(path, "w") else file(path, "w")
  on.exit(close(con))
  write.table(df, con, sep = ",", quote = FALSE, row.names = FALSE, col.names = TRUE,
              na = "", eol = "\n")
}

# correlated normals via Cholesky; R = correlation matrix
rmvn <- function(n, R) {
  z <- matrix(rnorm(n * ncol(R)), n, ncol(R))
  z %*% chol(R)
}

# format scores as fixed-decimal strings (what goes into the CSV)
fixed <- function(x, digits) sprintf(paste0("%.", digits, "f"), x)

datasets <- list()     # name -> list(file, positive, negative, scores)
register <- function(name, df, positive, negative, gz = FALSE) {
  file <- paste0(name, if (gz) ".csv.gz" else ".csv")
  stopifnot(all(df$outcome %in% c(positive, negative)))
  write_plain_csv(df, file.path(data_dir, file))
  datasets[[name]] <<- list(file = file, positive = positive, negative = negative,
                            scores = setdiff(names(df), "outcome"))
}

## (a) data sets ---------------------------------------------------------------

# ties: ordinal 1..5, 60 responders vs 40 non-responders; s3 lower = positive
local({
  npos <- 60; nneg <- 40
  y <- c(rep(1, npos), rep(0, nneg))
  R <- matrix(c(1, 0.5, -0.3,
                0.5, 1, -0.2,
                -0.3, -0.2, 1), 3, 3)
  z <- rmvn(npos + nneg, R)
  lat <- cbind(z[, 1] + 0.9 * y, z[, 2] + 0.35 * y, z[, 3] - 0.7 * y)
  cuts <- c(-Inf, -1.0, -0.3, 0.4, 1.1, Inf)
  ord <- apply(lat, 2, function(v) as.integer(cut(v, cuts, labels = FALSE)))
  idx <- sample(npos + nneg)
  df <- data.frame(outcome = ifelse(y == 1, "responder", "non-responder")[idx],
                   s1 = ord[idx, 1], s2 = ord[idx, 2], s3 = ord[idx, 3])
  register("ties", df, "responder", "non-responder")
})

# tiny: 3 malignant vs 3 benign; s1 has a tie (0.35) across classes
local({
  df <- data.frame(
    outcome = c("benign", "malignant", "benign", "malignant", "malignant", "benign"),
    s1      = c("0.35",   "0.8",       "0.2",    "0.35",      "0.6",       "0.5"),
    s2      = c("2.5",    "1.4",       "0.9",    "3",         "2.1",       "1.1"))
  register("tiny", df, "malignant", "benign")
})

# youden_tie: 4 vs 4, hand-made so that two interior points tie exactly on
# Youden's J (se+sp = 1.5 at two thresholds); s_low = 10 - s_high (lower = positive)
local({
  df <- data.frame(
    outcome = c("neg", "pos", "neg", "pos", "neg", "pos", "neg", "pos"),
    s_high  = c(1, 3, 5, 7, 2, 4, 6, 8))
  df$s_low <- 10 - df$s_high
  register("youden_tie", df, "pos", "neg")
})

# separation: 20 pos vs 25 neg
local({
  npos <- 20; nneg <- 25
  y <- c(rep(1, npos), rep(0, nneg))
  s_high <- c(runif(npos, 5.2, 9.5), runif(nneg, 0.5, 5.0))
  s_low  <- c(runif(npos, 10, 40),   runif(nneg, 42, 90))
  s_ord  <- rnorm(npos + nneg, mean = 1.1 * y, sd = 1)
  idx <- sample(npos + nneg)
  df <- data.frame(outcome = ifelse(y == 1, "pos", "neg")[idx],
                   s_high = fixed(s_high[idx], 2),
                   s_low  = fixed(s_low[idx], 1),
                   s_ordinary = fixed(s_ord[idx], 3))
  register("separation", df, "pos", "neg")
})

# moderate: 200 cases, 90 HER2-over; correlated scores, 3 decimals; s3 lower = positive
local({
  npos <- 90; nneg <- 110
  y <- c(rep(1, npos), rep(0, nneg))
  R <- matrix(c(1, 0.7, 0.3,
                0.7, 1, 0.5,
                0.3, 0.5, 1), 3, 3)
  z <- rmvn(npos + nneg, R)
  # small spread relative to the 0.001 grid -> some ties
  s1 <- 0.30 * (z[, 1] + 1.0 * y) + 1.5
  s2 <- 0.25 * (z[, 2] + 0.45 * y) + 0.8
  s3 <- 0.20 * (z[, 3] - 0.6 * y) + 2.0   # lower = HER2-over
  idx <- sample(npos + nneg)
  df <- data.frame(outcome = ifelse(y == 1, "HER2-over", "HER2-low")[idx],
                   s1 = fixed(s1[idx], 3), s2 = fixed(s2[idx], 3), s3 = fixed(s3[idx], 3))
  register("moderate", df, "HER2-over", "HER2-low")
})

# large: n = 100000, ~40 % event, 2 decimals (many ties)
local({
  n <- 100000
  y <- rbinom(n, 1, 0.4)
  R <- matrix(c(1, 0.5, 0.3,
                0.5, 1, 0.4,
                0.3, 0.4, 1), 3, 3)
  z <- rmvn(n, R)
  s1 <- z[, 1] + 0.8 * y
  s2 <- z[, 2] + 0.3 * y
  s3 <- z[, 3] - 0.55 * y     # lower = event
  df <- data.frame(outcome = ifelse(y == 1, "event", "no_event"),
                   s1 = fixed(s1, 2), s2 = fixed(s2, 2), s3 = fixed(s3, 2))
  register("large", df, "event", "no_event", gz = TRUE)
})

# unpaired_a ("training", 120) and unpaired_b ("test", 60): same column s1
local({
  mk <- function(n, npos, effect) {
    y <- c(rep(1, npos), rep(0, n - npos))
    s1 <- 0.30 * (rnorm(n) + effect * y) + 1.5
    idx <- sample(n)
    data.frame(outcome = ifelse(y == 1, "HER2-over", "HER2-low")[idx], s1 = fixed(s1[idx], 3))
  }
  register("unpaired_a", mk(120, 52, 1.3), "HER2-over", "HER2-low")
  register("unpaired_b", mk(60, 26, 0.6), "HER2-over", "HER2-low")
})

# aSAH (GPL-3, shipped with pROC)
local({
  data(aSAH, package = "pROC", envir = environment())
  df <- data.frame(outcome = as.character(aSAH$outcome),
                   wfns = as.numeric(aSAH$wfns),          # ordered factor 1..5 -> 1..5
                   ndka = fmt_short(aSAH$ndka), s100b = fmt_short(aSAH$s100b))
  write_plain_csv(df, file.path(data_dir, "asah.csv"))
  datasets[["asah"]] <<- list(file = "asah.csv", positive = "Poor", negative = "Good",
                              scores = c("wfns", "ndka", "s100b"))
})

write_plain_csv(data.frame(dataset  = names(datasets),
                           file     = vapply(datasets, `[[`, "", "file"),
                           positive = vapply(datasets, `[[`, "", "positive")),
                file.path(data_dir, "datasets.csv"))

## re-read data exactly as a consumer would -------------------------------------
read_ds <- function(name) {
  d <- datasets[[name]]
  path <- file.path(data_dir, d$file)
  con <- if (grepl("\\.gz$", path)) gzfile(path) else path
  df <- read.csv(con, colClasses = c(outcome = "character"), stringsAsFactors = FALSE,
                 check.names = FALSE)
  for (s in d$scores) stopifnot(is.numeric(df[[s]]))
  df
}
data_cache <- lapply(setNames(names(datasets), names(datasets)), read_ds)

## (b) golden values -------------------------------------------------------------
dir_name <- c("<" = "higher", ">" = "lower")
dir_opt  <- c(auto = "auto", higher = "<", lower = ">")

make_roc <- function(name, score, direction = "auto") {
  d <- datasets[[name]]; df <- data_cache[[name]]
  roc(df$outcome, df[[score]], levels = c(d$negative, d$positive),
      direction = direction, quiet = TRUE)
}

warn_log <- character()
quietly <- function(expr, what) {
  withCallingHandlers(expr, warning = function(w) {
    warn_log <<- c(warn_log, sprintf("%s: %s", what, conditionMessage(w)))
    invokeRestart("muffleWarning")
  })
}

youden_mismatch <- character()

roc_row <- function(name, score, opt) {
  what <- sprintf("%s/%s/%s", name, score, opt)
  r <- make_roc(name, score, dir_opt[[opt]])
  a <- as.numeric(auc(r))
  v <- quietly(var(r, method = "delong"), what)
  ci <- quietly(as.numeric(ci.auc(r, method = "delong")), what)
  b <- coords(r, "best", best.method = "youden",
              ret = c("threshold", "sensitivity", "specificity"), transpose = FALSE)
  # cross-check: ties in Youden with exact integer arithmetic vs pROC's double ==
  np <- length(r$cases); nn <- length(r$controls)
  tp <- round(r$sensitivities * np); tn <- round(r$specificities * nn)
  crit <- tp * nn + tn * np
  exact_best <- r$thresholds[crit == max(crit)]
  if (!identical(exact_best, b$threshold))
    youden_mismatch <<- c(youden_mismatch, sprintf("%s: pROC %d rows, exact %d rows",
                                                   what, nrow(b), length(exact_best)))
  data.frame(dataset = name, score = score, direction_option = opt,
             n_positive = np, n_negative = nn,
             direction = dir_name[[r$direction]],
             auc = fmt(a), auc_var = fmt(v), auc_se = fmt(sqrt(v)),
             ci_lower = fmt(ci[1]), ci_upper = fmt(ci[3]),
             n_best = nrow(b),
             cutoff = fmt(b$threshold[1]), sensitivity = fmt(b$sensitivity[1]),
             specificity = fmt(b$specificity[1]),
             best_cutoffs = fmt_list(b$threshold),
             best_sensitivities = fmt_list(b$sensitivity),
             best_specificities = fmt_list(b$specificity))
}

paired_rows <- function(name) {
  sc <- datasets[[name]]$scores
  out <- list()
  if (length(sc) < 2) return(NULL)
  for (i in seq_len(length(sc) - 1)) for (j in (i + 1):length(sc)) {
    what <- sprintf("%s/%s-vs-%s", name, sc[i], sc[j])
    ra <- make_roc(name, sc[i]); rb <- make_roc(name, sc[j])
    t <- quietly(roc.test(ra, rb, method = "delong", paired = TRUE), what)
    out[[length(out) + 1]] <- data.frame(
      dataset = name, score_a = sc[i], score_b = sc[j],
      direction_a = dir_name[[ra$direction]], direction_b = dir_name[[rb$direction]],
      auc_a = fmt(as.numeric(auc(ra))), auc_b = fmt(as.numeric(auc(rb))),
      difference = fmt(as.numeric(auc(ra)) - as.numeric(auc(rb))),
      z = fmt(unname(t$statistic)), p_value = fmt(t$p.value),
      ci_lower = fmt(t$conf.int[1]), ci_upper = fmt(t$conf.int[2]))
  }
  do.call(rbind, out)
}

main_sets <- c("tiny", "youden_tie", "ties", "separation", "moderate", "large", "unpaired_a", "unpaired_b")

# roc.csv
rows <- list()
for (name in main_sets) for (s in datasets[[name]]$scores) for (opt in names(dir_opt))
  rows[[length(rows) + 1]] <- roc_row(name, s, opt)
roc_tab <- do.call(rbind, rows)
write_plain_csv(roc_tab, file.path(golden_dir, "roc.csv"))

# roc_coords.csv
rows <- list()
for (name in c("tiny", "youden_tie", "ties", "moderate")) for (s in datasets[[name]]$scores) {
  r <- make_roc(name, s)
  co <- coords(r, "all", ret = c("threshold", "sensitivity", "specificity"), transpose = FALSE)
  rows[[length(rows) + 1]] <- data.frame(dataset = name, score = s,
                                         threshold = fmt(co$threshold),
                                         sensitivity = fmt(co$sensitivity),
                                         specificity = fmt(co$specificity))
}
write_plain_csv(do.call(rbind, rows), file.path(golden_dir, "roc_coords.csv"))

# delong_paired.csv
# Note: separation s_high vs s_low are both perfect (AUC 1, variance 0): pROC
# returns z = 0, p = 1, CI [0, 0] (with a warning), not NaN / an error.
paired_tab <- do.call(rbind, lapply(main_sets, paired_rows))
write_plain_csv(paired_tab, file.path(golden_dir, "delong_paired.csv"))

# delong_unpaired.csv  (df = Welch-type degrees of freedom used by pROC's t test)
unpaired_row <- function(na, nb, score) {
  ra <- make_roc(na, score); rb <- make_roc(nb, score)
  t <- quietly(roc.test(ra, rb, method = "delong", paired = FALSE),
               sprintf("%s-vs-%s/%s", na, nb, score))
  data.frame(dataset_a = na, dataset_b = nb, score = score,
             auc_a = fmt(as.numeric(auc(ra))), auc_b = fmt(as.numeric(auc(rb))),
             difference = fmt(as.numeric(auc(ra)) - as.numeric(auc(rb))),
             z = fmt(unname(t$statistic)), p_value = fmt(t$p.value),
             df = fmt(unname(t$parameter)))
}
write_plain_csv(rbind(unpaired_row("unpaired_a", "unpaired_b", "s1"),
                      unpaired_row("moderate", "unpaired_b", "s1")),
                file.path(golden_dir, "delong_unpaired.csv"))

# aSAH reference
asah_tab <- do.call(rbind, lapply(datasets$asah$scores, function(s) roc_row("asah", s, "auto")))
write_plain_csv(asah_tab, file.path(golden_dir, "asah_roc.csv"))
write_plain_csv(paired_rows("asah"), file.path(golden_dir, "asah_delong_paired.csv"))

write_plain_csv(data.frame(r_version = r_version, proc_version = proc_version,
                           rng_kind = paste(RNGkind(), collapse = "/"), seed = 20240611),
                file.path(golden_dir, "versions.csv"))

## report ------------------------------------------------------------------------
cat("\nWarnings raised by pROC (muffled):\n")
cat(paste0("  ", unique(warn_log)), sep = "\n")
cat("\nYouden ties: pROC (double ==) vs exact integer arithmetic:\n")
if (length(youden_mismatch)) cat(paste0("  ", youden_mismatch), sep = "\n") else cat("  no differences\n")
cat("\nroc.csv (auto):\n")
print(roc_tab[roc_tab$direction_option == "auto",
              c("dataset", "score", "direction", "auc", "ci_lower", "ci_upper", "n_best", "cutoff")],
      row.names = FALSE)
cat("\naSAH:\n")
print(asah_tab[, c("score", "direction", "auc", "auc_var")], row.names = FALSE)
print(read.csv(file.path(golden_dir, "asah_delong_paired.csv"))[, c("score_a", "score_b", "z", "p_value")])
