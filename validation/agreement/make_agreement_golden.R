# make_agreement_golden.R -- reference values for reader agreement (ICC, Cohen's and Fleiss' kappa).
#
# Run from the repository root (or from inside validation/agreement/):
#     Rscript validation/agreement/make_agreement_golden.R
# Needs R >= 4 and psych (Debian: apt-get install -y r-base-core r-cran-psych).
#
# Outputs (relative to validation/agreement/):
#   data/icc_<name>.csv     long format: subject,reader,<feature columns>; empty field = missing
#   data/kappa_<name>.csv   rater_a,rater_b (one row per case); empty field = missing
#   data/fleiss_<name>.csv  subject,rater,rating (long format)
#   golden/icc.csv          psych::ICC(wide, lmer = FALSE) per data set and feature, all six forms
#   golden/kappa.csv        psych::cohen.kappa kappa/variance/CI, plus the formula values (see below)
#   golden/fleiss.csv       Fleiss' kappa with its null standard error, z and p, by formula
#   golden/versions.csv     R and psych versions, RNG kind, seed
# Numbers are written with sprintf("%.17g"); NA as an empty field.
#
# Everything is deterministic (fixed RNG kind and seed); golden values are computed from the data
# AS READ BACK FROM THE CSV FILES.

suppressPackageStartupMessages(library(psych))

script_dir <- local({
  a <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)
  if (length(a) == 1) dirname(normalizePath(sub("^--file=", "", a))) else NA_character_
})
if (is.na(script_dir)) script_dir <- if (file.exists("validation/agreement")) "validation/agreement" else "."
data_dir <- file.path(script_dir, "data")
golden_dir <- file.path(script_dir, "golden")
dir.create(data_dir, showWarnings = FALSE, recursive = TRUE)
dir.create(golden_dir, showWarnings = FALSE, recursive = TRUE)
shared_sf <- file.path(script_dir, "..", "..", "..", "shared", "data", "stats", "shrout_fleiss_1979.csv")

RNGkind("Mersenne-Twister", "Inversion", "Rejection")
SEED <- 20240705
set.seed(SEED)

num <- function(x) ifelse(is.na(x), "", sprintf("%.17g", x))
write_data <- function(df, file) {
  write.csv(df, file.path(data_dir, file), row.names = FALSE, quote = FALSE, na = "")
  read.csv(file.path(data_dir, file), stringsAsFactors = FALSE)
}

# ---------------------------------------------------------------------------------------------
# ICC data sets (long format: one row per subject x reader)
long_of <- function(wide_list, readers) {
  # wide_list: named list of n x k matrices (one per feature)
  n <- nrow(wide_list[[1]]); k <- ncol(wide_list[[1]])
  out <- data.frame(subject = rep(sprintf("S%02d", 1:n), each = k),
                    reader = rep(readers, times = n), stringsAsFactors = FALSE)
  for (f in names(wide_list)) out[[f]] <- as.vector(t(wide_list[[f]]))
  out
}
two_way <- function(n, k, mu, sd_subject, sd_rater, sd_error, digits) {
  s <- rnorm(n, 0, sd_subject); r <- rnorm(k, 0, sd_rater)
  round(mu + outer(s, r, "+") + matrix(rnorm(n * k, 0, sd_error), n, k), digits)
}

clamp <- function(m, lo, hi) { m[m < lo] <- lo; m[m > hi] <- hi; m }

icc_sets <- list()
# ordinal scores 1..5: heavy ties
icc_sets$ties <- long_of(list(
  grade = clamp(two_way(20, 3, 3, 1.0, 0.3, 0.6, 0), 1, 5),
  grade_low = clamp(two_way(20, 3, 3, 0.3, 0.2, 1.0, 0), 1, 5)), c("R1", "R2", "R3"))
# the smallest case: 3 subjects, 2 readers
icc_sets$tiny <- long_of(list(x = matrix(c(1.0, 1.5, 2.0, 2.5, 4.0, 3.0), 3, 2, byrow = TRUE)), c("A", "B"))
# two readers, realistic VOI histogram features (ADC/Dapp in mm^2/s, Kapp unitless)
icc_sets$readers2 <- long_of(list(
  ADC_mean = two_way(60, 2, 1.1e-3, 0.25e-3, 0.03e-3, 0.08e-3, 7),
  ADC_p05 = two_way(60, 2, 0.7e-3, 0.2e-3, 0.05e-3, 0.1e-3, 7),
  Dapp_mean = two_way(60, 2, 1.6e-3, 0.3e-3, 0.02e-3, 0.15e-3, 7),
  Kapp_mean = two_way(60, 2, 0.85, 0.12, 0.02, 0.05, 4),
  Kapp_entropy = two_way(60, 2, 5.2, 0.3, 0.05, 0.28, 3)), c("reader1", "reader2"))
# three readers; one feature with almost no subject variance (negative ICC)
icc_sets$readers3 <- long_of(list(
  T2 = two_way(30, 3, 85, 18, 3, 6, 1),
  noise = two_way(30, 3, 10, 0.05, 0.5, 1, 2)), c("R1", "R2", "R3"))
# missing ratings: those subjects must be dropped (psych: na.omit)
m <- long_of(list(ADC_mean = two_way(25, 2, 1.1e-3, 0.25e-3, 0.03e-3, 0.08e-3, 7),
                  Kapp_mean = two_way(25, 2, 0.85, 0.12, 0.02, 0.05, 4)), c("reader1", "reader2"))
m$ADC_mean[c(4, 17)] <- NA      # subjects S02 and S09
m$Kapp_mean[c(50)] <- NA        # subject S25
icc_sets$missing <- m

icc_rows <- list()
icc_one <- function(dataset, feature, long) {
  wide <- reshape(long[, c("subject", "reader", feature)], idvar = "subject", timevar = "reader",
                  direction = "wide")[, -1, drop = FALSE]
  complete <- wide[stats::complete.cases(wide), , drop = FALSE]
  r <- psych::ICC(complete, lmer = FALSE)$results
  data.frame(dataset = dataset, feature = feature, type = r$type, icc = num(r$ICC), f = num(r$F),
             df1 = r$df1, df2 = r$df2, p_value = num(r$p), ci_lower = num(r[["lower bound"]]),
             ci_upper = num(r[["upper bound"]]), subjects = nrow(complete),
             dropped_subjects = nrow(wide) - nrow(complete), raters = ncol(wide))
}
for (name in names(icc_sets)) {
  long <- write_data(icc_sets[[name]], paste0("icc_", name, ".csv"))
  for (feature in setdiff(names(long), c("subject", "reader"))) {
    icc_rows[[length(icc_rows) + 1]] <- icc_one(name, feature, long)
  }
}
if (file.exists(shared_sf)) {
  sf <- read.csv(shared_sf, stringsAsFactors = FALSE)
  names(sf) <- c("subject", "reader", "score")
  icc_rows[[length(icc_rows) + 1]] <- icc_one("shrout_fleiss", "score", sf)
} else {
  message("shared Shrout & Fleiss data absent, skipped: ", shared_sf)
}
write.csv(do.call(rbind, icc_rows), file.path(golden_dir, "icc.csv"), row.names = FALSE, quote = FALSE)

# ---------------------------------------------------------------------------------------------
# Cohen's kappa
#
# kappa, weighted kappa, the unweighted variance and the CI: psych::cohen.kappa(x, w, levels).
# psych's weights are agreement weights: quadratic 1 - (i-j)^2/(c-1)^2 (its default), linear
# 1 - |i-j|/(c-1), over the category indices 1..c (c = number of categories in `levels`).
#
# The large-sample variance of weighted kappa (Fleiss, Cohen & Everitt 1969):
#   var = [sum_ij p_ij (w_ij (1-pc) - (wr_i + wc_j)(1-po))^2 - (po pc - 2 pc + po)^2] / (n (1-pc)^4)
#   with wr_i = sum_j p.j w_ij and wc_j = sum_i pi. w_ij.
# psych 2.2.9 uses pj. * sum_k w_jk in place of wc_j (its `roww`), which differs from the published
# formula whenever the weights are not the identity; so for weighted kappa `var_kappa` below is the
# published formula evaluated here in base R, and psych's own value is kept in `psych_var` for
# comparison. With identity weights (unweighted kappa) the formula equals psych's var.kappa, which
# the script checks.
#
# z and p (irr is not available): the variance under H0 (kappa = 0), Fleiss, Cohen & Everitt 1969:
#   var0 = [sum_ij pi. p.j (w_ij - (wr_i + wc_j))^2 - pc^2] / (n (1-pc)^2),
#   z = kappa / sqrt(var0), p = 2 * pnorm(-|z|).
# The CI is kappa -/+ qnorm(0.975) sqrt(var), clipped to [-1, 1] as psych does.
kappa_weights <- function(kind, c) {
  d <- outer(1:c, 1:c, "-")
  switch(kind, none = diag(c), linear = 1 - abs(d) / (c - 1), quadratic = 1 - d^2 / (c - 1)^2)
}
kappa_formula <- function(a, b, levels, w) {
  x <- table(factor(a, levels), factor(b, levels)); n <- sum(x); p <- x / n
  rs <- rowSums(p); cs <- colSums(p)
  po <- sum(w * p); pc <- sum(w * outer(rs, cs))
  wr <- as.vector(w %*% cs); wc <- as.vector(t(w) %*% rs)
  v <- (sum(p * (w * (1 - pc) - outer(wr, wc, "+") * (1 - po))^2) - (po * pc - 2 * pc + po)^2) /
    (n * (1 - pc)^4)
  v0 <- (sum(outer(rs, cs) * (w - outer(wr, wc, "+"))^2) - pc^2) / (n * (1 - pc)^2)
  list(n = n, po = po, pc = pc, kappa = (po - pc) / (1 - pc), var = v, var0 = v0)
}
kappa_sets <- list()
grade <- sample(1:5, 80, TRUE, prob = c(0.15, 0.3, 0.3, 0.15, 0.1))
kappa_sets$ordinal <- data.frame(rater_a = grade,
                                 rater_b = pmin(5, pmax(1, grade + sample(-1:1, 80, TRUE, prob = c(.15, .7, .15)))))
kappa_sets$ordinal$rater_b[c(3, 40)] <- NA   # two incomplete pairs, skipped
ab <- sample(c("yes", "no"), 50, TRUE, prob = c(0.4, 0.6))
kappa_sets$binary <- data.frame(rater_a = ab, rater_b = ifelse(runif(50) < 0.85, ab, ifelse(ab == "yes", "no", "yes")))
g4 <- sample(c(1, 2, 4), 40, TRUE)          # category 3 of 1..4 is never used
kappa_sets$empty_category <- data.frame(rater_a = g4,
                                        rater_b = ifelse(runif(40) < 0.8, g4, sample(c(1, 2, 4), 40, TRUE)))
sh <- sample(c("oval", "round", "irregular"), 60, TRUE)
kappa_sets$nominal <- data.frame(rater_a = sh, rater_b = ifelse(runif(60) < 0.75, sh,
                                 sample(c("oval", "round", "irregular"), 60, TRUE)))

sort_levels <- function(v) {
  u <- unique(v[!is.na(v)])
  if (is.numeric(u)) as.character(sort(u)) else sort(u, method = "radix")  # radix = C-locale order
}
kappa_rows <- list()
kappa_one <- function(dataset, d, levels_given) {
  d <- d[stats::complete.cases(d), ]
  a <- as.character(d$rater_a); b <- as.character(d$rater_b)
  levels <- if (is.null(levels_given)) sort_levels(c(d$rater_a, d$rater_b)) else levels_given
  for (kind in c("none", "linear", "quadratic")) {
    w <- kappa_weights(kind, length(levels))
    ck <- psych::cohen.kappa(data.frame(a, b), w = w, levels = levels)
    f <- kappa_formula(a, b, levels, w)
    if (kind == "none") {
      stopifnot(isTRUE(all.equal(f$var, ck$var.kappa, tolerance = 1e-12)),
                isTRUE(all.equal(f$kappa, ck$kappa, tolerance = 1e-12)))
      k <- ck$kappa; psych_var <- ck$var.kappa; psych_ci <- ck$confid[1, c(1, 3)]
    } else {
      stopifnot(isTRUE(all.equal(f$kappa, ck$weighted.kappa, tolerance = 1e-12)))
      k <- ck$weighted.kappa; psych_var <- ck$var.weighted; psych_ci <- ck$confid[2, c(1, 3)]
    }
    se <- sqrt(f$var)
    ci <- pmin(1, pmax(-1, k + c(-1, 1) * qnorm(0.975) * se))
    z <- k / sqrt(f$var0)
    kappa_rows[[length(kappa_rows) + 1]] <<- data.frame(
      dataset = dataset, weights = kind,
      categories = if (is.null(levels_given)) "" else paste(levels_given, collapse = ";"),
      n = ck$n.obs, skipped = 0, kappa = num(k), var_kappa = num(f$var), se = num(se),
      ci_lower = num(ci[1]), ci_upper = num(ci[2]), z = num(z), p_value = num(2 * pnorm(-abs(z))),
      var_null = num(f$var0), observed_agreement = num(f$po), expected_agreement = num(f$pc),
      psych_var = num(psych_var), psych_ci_lower = num(psych_ci[1]), psych_ci_upper = num(psych_ci[2]))
  }
}
for (name in names(kappa_sets)) {
  d <- write_data(kappa_sets[[name]], paste0("kappa_", name, ".csv"))
  n_all <- nrow(d)
  start <- length(kappa_rows)
  kappa_one(name, d, NULL)
  if (name == "empty_category") kappa_one(name, d, c("1", "2", "3", "4"))
  for (i in (start + 1):length(kappa_rows)) kappa_rows[[i]]$skipped <- n_all - kappa_rows[[i]]$n
}
write.csv(do.call(rbind, kappa_rows), file.path(golden_dir, "kappa.csv"), row.names = FALSE, quote = FALSE)

# ---------------------------------------------------------------------------------------------
# Fleiss' kappa for m raters (Fleiss 1971), by formula (irr is not available):
#   n subjects, m ratings each, n_ij = raters putting subject i into category j,
#   p_j = sum_i n_ij / (n m), P_i = (sum_j n_ij^2 - m) / (m (m-1)),
#   Pbar = mean(P_i), Pe = sum_j p_j^2, kappa = (Pbar - Pe) / (1 - Pe);
#   null SE (Fleiss, Nee & Landis 1979):
#   se0 = sqrt(2 / (n m (m-1))) * sqrt((sum p_j q_j)^2 - sum p_j q_j (q_j - p_j)) / sum p_j q_j,
#   z = kappa / se0, p = 2 pnorm(-|z|)   (as irr::kappam.fleiss, two-sided).
fleiss_formula <- function(long) {
  tab <- table(long$subject, long$rating)
  n <- nrow(tab); m <- sum(tab[1, ])
  pj <- colSums(tab) / (n * m); qj <- 1 - pj
  Pi <- (rowSums(tab^2) - m) / (m * (m - 1))
  pe <- sum(pj^2); kappa <- (mean(Pi) - pe) / (1 - pe)
  se0 <- sqrt(2 / (n * m * (m - 1))) * sqrt(sum(pj * qj)^2 - sum(pj * qj * (qj - pj))) / sum(pj * qj)
  z <- kappa / se0
  data.frame(subjects = n, raters = m, categories = ncol(tab), kappa = num(kappa), se_null = num(se0),
             z = num(z), p_value = num(2 * pnorm(-abs(z))))
}
truth <- sample(c("mass", "non-mass", "focus"), 30, TRUE, prob = c(.5, .35, .15))
fl <- data.frame(subject = rep(sprintf("S%02d", 1:30), each = 4), rater = rep(paste0("R", 1:4), 30),
                 rating = as.vector(sapply(truth, function(t) ifelse(runif(4) < 0.8, t,
                   sample(c("mass", "non-mass", "focus"), 4, TRUE)))), stringsAsFactors = FALSE)
fl <- write_data(fl, "fleiss_mass_type.csv")
write.csv(cbind(dataset = "mass_type", fleiss_formula(fl)), file.path(golden_dir, "fleiss.csv"),
          row.names = FALSE, quote = FALSE)

write.csv(data.frame(r_version = paste(R.version$major, R.version$minor, sep = "."),
                     psych_version = as.character(packageVersion("psych")),
                     rng_kind = paste(RNGkind(), collapse = "/"), seed = SEED),
          file.path(golden_dir, "versions.csv"), row.names = FALSE, quote = FALSE)
cat("ICC rows:", sum(sapply(icc_rows, nrow)), " kappa rows:", length(kappa_rows), "\n")
