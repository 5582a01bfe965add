# Golden values for model evaluation (calibration, Hosmer-Lemeshow, bootstrap validation,
# calibration curve, nomogram, decision curves), computed with R and rms.
#
# Run from the repository root:   Rscript validation/evaluation/make_evaluation_golden.R
# Every file is written into validation/evaluation/. Numbers carry 17 significant digits.
# The script stops with an error if an independent re-computation from the written resample
# indices does not reproduce rms::validate / rms::calibrate, so the indices file is known to be
# the sequence of resamples that rms used.

suppressMessages(library(rms))

out_dir <- "validation/evaluation"
if (!dir.exists(out_dir)) stop("run from the repository root")

num <- function(x) ifelse(is.nan(x), "NaN", ifelse(is.na(x), "NA", sprintf("%.17g", x)))

write_table <- function(df, name) {
  for (col in names(df)) if (is.double(df[[col]])) df[[col]] <- num(df[[col]])
  write.csv(df, file.path(out_dir, name), row.names = FALSE, quote = FALSE)
}

# ---------------------------------------------------------------- data ---
set.seed(20261202)
simulate_cohort <- function(n) {
  d <- data.frame(x1 = rnorm(n), x2 = rnorm(n), x3 = rnorm(n),
                  x4 = rbinom(n, 1, 0.4), x5 = runif(n, -1, 1), x6 = rnorm(n))
  lp <- -0.6 + 0.9 * d$x1 + 0.6 * d$x2 - 0.4 * d$x3 + 0.7 * d$x4 + 0.5 * d$x5
  d$y <- rbinom(n, 1, plogis(lp))
  d
}
development <- simulate_cohort(138)
validation <- simulate_cohort(138)

full_formula <- y ~ x1 + x2 + x3 + x4 + x5 + x6
fit <- lrm(full_formula, data = development, x = TRUE, y = TRUE)
fit_small <- lrm(y ~ x1 + x2, data = development, x = TRUE, y = TRUE)
validation$p_full <- unname(predict(fit, validation, type = "fitted"))
validation$p_small <- unname(predict(fit_small, validation, type = "fitted"))

write_table(development, "data_development.csv")
write_table(validation, "data_validation.csv")

coef_rows <- function(f, model) data.frame(model = model, term = names(coef(f)),
                                           estimate = unname(coef(f)),
                                           se = unname(sqrt(diag(vcov(f)))))
write_table(rbind(coef_rows(fit, "full"), coef_rows(fit_small, "small")), "lrm_coefficients.csv")

# Prediction sets for val.prob, lowess and Hosmer-Lemeshow.
prediction_sets <- list()
prediction_sets$realistic <- data.frame(p = validation$p_full, y = validation$y)

extremes <- prediction_sets$realistic
zero_rows <- which(extremes$y == 0)[order(extremes$p[extremes$y == 0])][1:3]
one_rows <- which(extremes$y == 1)[order(-extremes$p[extremes$y == 1])][1:3]
extremes$p[zero_rows] <- 0
extremes$p[one_rows] <- 1
prediction_sets$extremes <- extremes

true_risk <- plogis(rnorm(200, -0.3, 1.1))
prediction_sets$ties <- data.frame(p = pmin(pmax(round(true_risk, 1), 0.1), 0.9),
                                   y = rbinom(200, 1, true_risk))

few <- data.frame(p = plogis(rnorm(40, -2.5, 0.8)), y = 0)
few$y[order(-few$p)[c(1, 4, 9)]] <- 1
prediction_sets$few_events <- few

prediction_sets$constant <- data.frame(p = rep(0.3, 50), y = rbinom(50, 1, 0.3))

# Five distinct predictions: the decile cut points collapse to fewer groups, none of them empty.
coarse_p <- sample(c(0.15, 0.3, 0.45, 0.6, 0.75), 120, replace = TRUE)
prediction_sets$coarse <- data.frame(p = coarse_p, y = rbinom(120, 1, coarse_p))

write_table(do.call(rbind, lapply(names(prediction_sets), function(s)
  data.frame(dataset = s, row = seq_len(nrow(prediction_sets[[s]])), prediction_sets[[s]]))),
  "data_predictions.csv")

# ------------------------------------------------------------ val.prob ---
val_rows <- list()
curve_rows <- list()
obs_rows <- list()
for (s in names(prediction_sets)) {
  d <- prediction_sets[[s]]
  st <- suppressWarnings(val.prob(d$p, d$y, pl = FALSE))
  val_rows[[s]] <- data.frame(dataset = s, field = names(st), value = unname(st))
  for (iter in c(0L, 3L)) {
    sm <- lowess(d$p, d$y, iter = iter)
    curve_rows[[paste(s, iter)]] <- data.frame(dataset = s, iter = iter, point = seq_along(sm$x),
                                               x = sm$x, y = sm$y)
  }
  sm <- lowess(d$p, d$y, iter = 0)
  smooth_at_p <- if (length(unique(d$p)) > 1) approx(sm, xout = d$p, ties = mean)$y
                 else rep(NA_real_, nrow(d))
  obs_rows[[s]] <- data.frame(dataset = s, row = seq_len(nrow(d)), p = d$p, y = d$y,
                              smoothed = smooth_at_p, abs_error = abs(d$p - smooth_at_p))
}
write_table(do.call(rbind, val_rows), "val_prob.csv")
write_table(do.call(rbind, curve_rows), "lowess_curve.csv")
write_table(do.call(rbind, obs_rows), "lowess_at_predictions.csv")

# ----------------------------------------------------- Hosmer-Lemeshow ---
# The definition of ResourceSelection::hoslem.test: cut points are the distinct type-7 quantiles
# of the predictions at 0, 1/g, ..., 1; intervals closed on the right, the lowest one closed on
# both sides; chi-square over both outcome classes. Degrees of freedom: g - 2 whatever number of
# groups remains (ResourceSelection up to 0.2-5), and, as ResourceSelection 0.3-6 does, the number
# of non-empty groups minus 2 (columns *_occupied).
hosmer_lemeshow <- function(p, y, g) {
  breaks <- unique(quantile(p, probs = seq(0, 1, 1 / g), type = 7))
  group <- cut(p, breaks = breaks, include.lowest = TRUE)
  observed1 <- tapply(y, group, sum, default = 0)
  expected1 <- tapply(p, group, sum, default = 0)
  size <- tapply(p, group, length, default = 0)
  observed0 <- size - observed1
  expected0 <- size - expected1
  chi2 <- sum((observed1 - expected1)^2 / expected1 + (observed0 - expected0)^2 / expected0)
  occupied <- sum(size > 0)
  list(summary = data.frame(g = g, groups = length(breaks) - 1, chi2 = chi2, df = g - 2,
                            p = 1 - pchisq(chi2, g - 2), groups_occupied = occupied,
                            df_occupied = occupied - 2, p_occupied = 1 - pchisq(chi2, occupied - 2)),
       groups = data.frame(g = g, group = seq_along(size), lower = breaks[-length(breaks)],
                           upper = breaks[-1], n = as.integer(size),
                           observed1 = as.integer(observed1), expected1 = unname(expected1),
                           observed0 = as.integer(observed0), expected0 = unname(expected0)))
}
hl_rows <- list()
hl_group_rows <- list()
for (s in setdiff(names(prediction_sets), "constant")) {
  for (g in c(10, 5)) {
    h <- hosmer_lemeshow(prediction_sets[[s]]$p, prediction_sets[[s]]$y, g)
    hl_rows[[paste(s, g)]] <- data.frame(dataset = s, h$summary)
    hl_group_rows[[paste(s, g)]] <- data.frame(dataset = s, h$groups)
  }
}
write_table(do.call(rbind, hl_rows), "hosmer_lemeshow.csv")
write_table(do.call(rbind, hl_group_rows), "hosmer_lemeshow_groups.csv")

# The binned calibration curve's interval per group: the exact (Clopper-Pearson) interval of
# binom.test(observed events, n), 95 %.
binned <- do.call(rbind, hl_group_rows)
binned <- binned[binned$n > 0, ]
binned_ci <- t(mapply(function(x, n) binom.test(x, n, conf.level = 0.95)$conf.int, binned$observed1, binned$n))
write_table(data.frame(dataset = binned$dataset, g = binned$g, group = binned$group, n = binned$n,
                       observed1 = binned$observed1, lower = binned_ci[, 1], upper = binned_ci[, 2]),
            "binned_intervals.csv")

# --------------------------------------------------------- validate.lrm ---
# Independent re-computation of the optimism bootstrap from given resample indices.
recalibration <- function(lp, y) {
  refit <- lrm.fit(lp, y, tol = 1e-13)
  a <- unname(refit$coefficients[1]); b <- unname(refit$coefficients[2])
  l01 <- -2 * sum(y * lp - log(1 + exp(lp)))
  s <- refit$stats
  D <- unname((s["Model L.R."] - 1) / s["Obs"])
  U <- (l01 - refit$deviance[2] - 2) / length(y)
  c(Dxy = unname(somers2(lp, y)["Dxy"]), R2 = unname(s["R2"]), Intercept = a, Slope = b,
    D = D, U = U, Q = D - U, B = mean((y - plogis(lp))^2),
    g = GiniMd(b * lp), gp = GiniMd(plogis(a + b * lp)))
}
own_fit_indices <- function(f, lp, y) {
  s <- f$stats
  D <- unname((s["Model L.R."] - 1) / s["Obs"])
  c(Dxy = unname(somers2(lp, y)["Dxy"]), R2 = unname(s["R2"]), Intercept = 0, Slope = 1,
    D = D, U = -2 / length(y), Q = D + 2 / length(y), B = mean((y - plogis(lp))^2),
    g = unname(s["g"]), gp = unname(s["gp"]))
}

run_validate <- function(fit, B, seed, prefix) {
  n <- length(fit$y)
  set.seed(seed)
  validated <- validate(fit, B = B)
  set.seed(seed)
  resamples <- t(vapply(seq_len(B), function(i) sample(n, replace = TRUE), integer(n)))
  write.table(resamples, file.path(out_dir, paste0(prefix, "_resamples.csv")), sep = ",",
              row.names = FALSE, col.names = FALSE)
  X <- fit$x
  yy <- fit$y
  per_resample <- list()
  failed <- integer(0)
  for (i in seq_len(B)) {
    idx <- resamples[i, ]
    f <- tryCatch(lrm.fit(X[idx, , drop = FALSE], yy[idx], maxit = 12, tol = 1e-12),
                  error = function(e) list(fail = TRUE))
    if (isTRUE(f$fail)) {
      failed <- c(failed, i)
      per_resample[[length(per_resample) + 1]] <- data.frame(resample = i, failed = TRUE,
                                                            index = NA, training = NA, test = NA)
      next
    }
    lp_all <- drop(cbind(1, X) %*% f$coefficients)
    tr <- own_fit_indices(f, lp_all[idx], yy[idx])
    te <- recalibration(lp_all, yy)
    per_resample[[length(per_resample) + 1]] <- data.frame(resample = i, failed = FALSE,
                                                          index = names(tr), training = tr,
                                                          test = te)
  }
  per_resample <- do.call(rbind, per_resample)
  ok <- !per_resample$failed
  apparent <- own_fit_indices(fit, fit$linear.predictors, yy)
  training <- tapply(per_resample$training[ok], per_resample$index[ok], mean)[names(apparent)]
  test <- tapply(per_resample$test[ok], per_resample$index[ok], mean)[names(apparent)]
  optimism <- training - test
  mine <- cbind(apparent, training, test, optimism, apparent - optimism)
  theirs <- validated[c("Dxy", "R2", "Intercept", "Slope", "D", "U", "Q", "B", "g", "gp"), 1:5]
  if (max(abs(mine - theirs)) > 1e-12)
    stop("re-computation from the indices does not reproduce rms::validate: ",
         max(abs(mine - theirs)))
  if (any(validated[, "n"] != B - length(failed)))
    stop("failed resamples counted differently from rms::validate")
  write_table(per_resample, paste0(prefix, "_per_resample.csv"))

  vt <- unclass(validated)
  table <- data.frame(index = rownames(vt), apparent = vt[, "index.orig"],
                      optimism = vt[, "optimism"], corrected = vt[, "index.corrected"],
                      training = vt[, "training"], test = vt[, "test"], n = vt[, "n"])
  c_row <- table[table$index == "Dxy", ]
  c_row$index <- "C"
  c_row[, c("apparent", "corrected", "training", "test")] <-
    c_row[, c("apparent", "corrected", "training", "test")] / 2 + 0.5
  c_row$optimism <- c_row$optimism / 2
  table <- rbind(table[1, ], c_row, table[-1, ])
  write_table(table, paste0(prefix, "_lrm.csv"))
  writeLines(c("quantity,value", sprintf("failed_resamples,%d", length(failed)),
               sprintf("seed,%d", seed), sprintf("B,%d", B),
               sprintf("rng_kind,%s", paste(RNGkind(), collapse = "/"))),
             file.path(out_dir, paste0(prefix, "_info.csv")))
  resamples
}

B <- 200
seed <- 1101
resamples <- run_validate(fit, B, seed, "validate")
X <- fit$x
yy <- fit$y

# A small cohort with near separation: some resamples fail to converge and are counted by rms.
set.seed(5)
separation <- data.frame(x1 = rnorm(30), x2 = rnorm(30))
separation$y <- as.integer(separation$x1 + 0.3 * rnorm(30) > 0.8)
write_table(separation, "data_separation.csv")
separation_fit <- lrm(y ~ x1 + x2, data = separation, x = TRUE, y = TRUE)
invisible(run_validate(separation_fit, 50, 3, "validate_separation"))

# A categorical predictor with a level of only two rows: resamples without that level have a
# zero dummy column, a singular information matrix, and are counted as failed by rms.
set.seed(8)
rare <- data.frame(x1 = rnorm(138), grade = c(rep("C", 2), sample(c("A", "B"), 136, replace = TRUE)))
rare$grade <- factor(rare$grade, levels = c("A", "B", "C"))
rare$y <- rbinom(138, 1, plogis(-0.3 + 0.8 * rare$x1 + 0.5 * (rare$grade == "B") + 1 * (rare$grade == "C")))
write_table(rare, "data_rare_level.csv")
rare_fit <- lrm(y ~ x1 + grade, data = rare, x = TRUE, y = TRUE)
invisible(capture.output(run_validate(rare_fit, 100, 21, "validate_rare_level")))

# ------------------------------------------------ calibrate.lrm, B=200 ---
set.seed(seed)
calibrated <- calibrate(fit, B = B)
ct <- unclass(calibrated)
calibrate_table <- data.frame(predicted = ct[, "predy"], calibrated_apparent = ct[, "calibrated.orig"],
                              calibrated_corrected = ct[, "calibrated.corrected"],
                              apparent_error = ct[, "index.orig"], training = ct[, "training"],
                              test = ct[, "test"], optimism = ct[, "optimism"],
                              corrected_error = ct[, "index.corrected"], n = ct[, "n"])
# Check that the same indices reproduce calibrate as well.
predy <- ct[, "predy"]
cal_error <- function(lp, y) {
  sm <- lowess(plogis(lp), y, iter = 0)
  approx(sm, xout = predy, ties = function(v) v[1])$y - predy
}
cal_train <- cal_test <- matrix(0, B, length(predy))
cal_ok <- matrix(FALSE, B, length(predy))
for (i in seq_len(B)) {
  idx <- resamples[i, ]
  f <- lrm.fit(X[idx, , drop = FALSE], yy[idx], tol = 1e-13)
  lp_all <- drop(cbind(1, X) %*% f$coefficients)
  tr <- cal_error(lp_all[idx], yy[idx]); te <- cal_error(lp_all, yy)
  ok <- !is.na(tr + te)
  cal_ok[i, ] <- ok
  cal_train[i, ok] <- tr[ok]; cal_test[i, ok] <- te[ok]
}
own_optimism <- colSums(cal_train) / colSums(cal_ok) - colSums(cal_test) / colSums(cal_ok)
if (max(abs(own_optimism - ct[, "optimism"])) > 1e-12)
  stop("re-computation from the indices does not reproduce rms::calibrate")
write_table(calibrate_table, "calibrate_lrm.csv")
predicted_sorted <- sort(plogis(fit$linear.predictors))
write_table(data.frame(row = seq_along(predicted_sorted), predicted = predicted_sorted),
            "calibrate_predicted_sorted.csv")

# ------------------------------------------------------------- nomogram ---
set.seed(77)
nomogram_data <- data.frame(age = round(rnorm(138, 60, 10)),
                            size = round(rlnorm(138, 1, 0.5), 1),
                            grade = factor(sample(c("G1", "G2", "G3"), 138, replace = TRUE)))
nomogram_data$y <- rbinom(138, 1, plogis(-4 + 0.05 * nomogram_data$age + 0.35 * nomogram_data$size +
                                          c(0, 0.6, 1.2)[as.integer(nomogram_data$grade)]))
write_table(nomogram_data, "data_nomogram.csv")
dd <- datadist(nomogram_data)
options(datadist = "dd")
nomogram_fit <- lrm(y ~ age + size + grade, data = nomogram_data)
nom <- nomogram(nomogram_fit, fun = plogis, funlabel = "Probability")
write_table(coef_rows(nomogram_fit, "nomogram"), "nomogram_coefficients.csv")
limits <- dd$limits
write_table(data.frame(limit = rownames(limits),
                       age = as.numeric(limits$age), size = as.numeric(limits$size),
                       grade = as.character(limits$grade)), "nomogram_datadist.csv")
nom_rows <- list()
for (v in c("age", "size", "grade")) {
  a <- nom[[v]]
  nom_rows[[v]] <- data.frame(axis = v, value = as.character(a[[v]]), points = a$points)
}
nom_rows$total <- data.frame(axis = "Total Points", value = num(nom$total.points$x),
                             points = nom$total.points$x)
nom_rows$lp <- data.frame(axis = "Linear Predictor", value = num(nom$lp$x.real), points = nom$lp$x)
nom_rows$prob <- data.frame(axis = "Probability", value = num(nom$Probability$x.real),
                            points = nom$Probability$x)
nom_table <- do.call(rbind, nom_rows)
nom_table$value[nom_table$axis %in% c("age", "size")] <-
  num(as.numeric(nom_table$value[nom_table$axis %in% c("age", "size")]))
write_table(nom_table, "nomogram_points.csv")
info <- attr(nom, "info")
write_table(data.frame(quantity = c("scale", "intercept_at_axis_minima", "maxscale", "nint",
                                    paste0("range_min_", colnames(info$R)),
                                    paste0("range_max_", colnames(info$R))),
                       value = c(info$sc, info$Intercept, info$maxscale, info$nint,
                                 info$R[1, ], info$R[2, ])), "nomogram_info.csv")
capture.output(print(nom), file = file.path(out_dir, "nomogram_print.txt"))

# ------------------------------------------------------- decision curves ---
thresholds <- (1:99) / 100
net_benefit <- function(p, y, pt) {
  n <- length(y)
  vapply(pt, function(t) sum(p >= t & y == 1) / n - sum(p >= t & y == 0) / n * t / (1 - t), 0)
}
dca_rows <- list()
dca_sets <- list(validation = list(data = data.frame(y = validation$y, full = validation$p_full,
                                                     small = validation$p_small)),
                 ties = list(data = data.frame(y = prediction_sets$ties$y,
                                               tied = prediction_sets$ties$p)))
for (s in names(dca_sets)) {
  d <- dca_sets[[s]]$data
  prevalence <- mean(d$y)
  nb_all <- prevalence - (1 - prevalence) * thresholds / (1 - thresholds)
  for (m in c(setdiff(names(d), "y"), "all", "none")) {
    nb <- if (m == "all") nb_all else if (m == "none") rep(0, length(thresholds))
          else net_benefit(d[[m]], d$y, thresholds)
    dca_rows[[paste(s, m)]] <- data.frame(
      dataset = s, model = m, threshold = thresholds, net_benefit = nb,
      net_benefit_all = nb_all, net_benefit_none = 0,
      standardized_net_benefit = nb / prevalence,
      interventions_avoided_per_100 = (nb - nb_all) / (thresholds / (1 - thresholds)) * 100)
  }
}
write_table(do.call(rbind, dca_rows), "dca.csv")
write.csv(data.frame(y = prediction_sets$ties$y, tied = prediction_sets$ties$p),
          file.path(out_dir, "data_dca_ties.csv"), row.names = FALSE, quote = FALSE)

# --------------------------------------------------------------- versions ---
writeLines(c(R.version.string,
             paste("rms", as.character(packageVersion("rms"))),
             paste("Hmisc", as.character(packageVersion("Hmisc")))),
           file.path(out_dir, "versions_r.txt"))
cat("golden values written to", out_dir, "\n")
