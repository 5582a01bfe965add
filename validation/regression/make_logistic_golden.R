# make_logistic_golden.R -- reference values for logistic regression, computed with R.
#
# Run from the repository root:
#     Rscript validation/regression/make_logistic_golden.R
# Needs R >= 4.2 with MASS, car and rms (Debian: r-base-core r-cran-car r-cran-rms).
#
# Outputs (relative to validation/regression/):
#   data/<name>.csv    input data sets (text outcome, numeric and categorical predictors, NA = empty)
#   golden/models.csv  which models are fitted: dataset, model, predictors, categorical, references, method
#   golden/coefficients.csv, golden/fit.csv, golden/vif.csv  results, numbers as sprintf("%.17g")
#   golden/versions.csv
#
# Maximum likelihood: glm(family = binomial) with glm.control(epsilon = 1e-14, maxit = 100), so that the
# estimates are converged to full double precision (the default epsilon = 1e-8 stops a few digits
# earlier), then refitted from the converged estimates so that summary()'s SEs use the weights at the
# estimates (glm takes them from the second-last iteration); confint.default() for Wald limits; confint() (MASS 7.3 profiling in R 4.2, which reuses
# the fit's control for the constrained fits) for profile limits; car::vif for (generalized) VIFs;
# rms::lrm()$stats["R2"] for Nagelkerke's R2.
#
# Firth: logistf is not available on Debian, so Firth's penalised likelihood is implemented below
# from its definition (Firth 1993; Heinze & Schemper 2002): maximise l(b) + 0.5 log det I(b) by
# Newton steps solve(I, U*) with the modified score U* = X'(y - p + h (0.5 - p)), h = diag of the hat
# matrix, with step halving; SE = sqrt(diag(solve(I))) at the solution. This is an independent R
# implementation written for the check, not the established package.
#
# Every data set is written first and re-read, so the golden values are those of the doubles a
# CSV reader sees.

suppressPackageStartupMessages({ library(MASS); library(car); library(rms) })
RNGkind("Mersenne-Twister", "Inversion", "Rejection")
set.seed(20240612)

here <- if (file.exists("validation/regression")) "validation/regression" else "."
ddir <- file.path(here, "data"); gdir <- file.path(here, "golden")
dir.create(ddir, showWarnings = FALSE); dir.create(gdir, showWarnings = FALSE)
num <- function(x) ifelse(is.na(x), "", ifelse(is.infinite(x), ifelse(x > 0, "Inf", "-Inf"), sprintf("%.17g", x)))

write_data <- function(name, df) {
  f <- file.path(ddir, paste0(name, ".csv"))
  write.csv(df, f, row.names = FALSE, na = "", quote = FALSE)
  read.csv(f, stringsAsFactors = FALSE, na.strings = c("", "NA"))
}

# --- data sets ------------------------------------------------------------------------------
# cohort: shaped after the QIMS26 combined model (ER + T2* + T1_post) with TIC type as a 3-level
# factor and age; HER2-positive vs HER2-low; a few missing values.
n <- 178
her2 <- ifelse(runif(n) < 86 / 178, "HER2-positive", "HER2-low")
pos <- her2 == "HER2-positive"
er <- ifelse(runif(n) < ifelse(pos, 0.45, 0.8), "positive", "negative")
t2star <- round(rnorm(n, ifelse(pos, 38, 44), 8), 2)
t1_post <- round(rnorm(n, ifelse(pos, 820, 900), 140), 1)
tic <- sapply(pos, function(p) sample(c("I", "II", "III"), 1, prob = if (p) c(0.2, 0.35, 0.45) else c(0.35, 0.4, 0.25)))
age <- round(rnorm(n, 50, 10))
cohort <- data.frame(her2, er, t2star, t1_post, tic, age)
cohort$t2star[c(7, 51)] <- NA
cohort$tic[c(19)] <- NA
cohort$her2[c(88)] <- NA
cohort <- write_data("cohort", cohort)

# correlated: two strongly correlated ADC histogram features plus diameter (VIF > 5)
n <- 140
y <- runif(n) < 0.4
adc_mean <- rnorm(n, ifelse(y, 1.05, 1.2), 0.15)
adc_median <- adc_mean + rnorm(n, 0, 0.04)
diameter <- round(rnorm(n, ifelse(y, 26, 22), 8), 1)
enh <- sample(c("homogeneous", "heterogeneous", "rim"), n, replace = TRUE)
correlated <- data.frame(outcome = ifelse(y, "HER2-over", "HER2-low"), adc_mean = round(adc_mean, 4),
                         adc_median = round(adc_median, 4), diameter, enhancement = enh)
correlated <- write_data("correlated", correlated)

# near_separation: x almost separates the classes (two overlapping cases); finite but large estimates
near <- data.frame(outcome = c(rep("yes", 15), rep("no", 20)),
                   x = c(round(seq(5.1, 9.0, length.out = 15), 2), round(seq(1.0, 5.4, length.out = 20), 2)),
                   z = round(rnorm(35), 3))
near <- write_data("near_separation", near)

# separation: complete (x) and quasi-complete (level C of g has no events) -> Firth only
sep <- data.frame(outcome = c(rep("yes", 12), rep("no", 18)),
                  x = c(round(seq(6, 9, length.out = 12), 2), round(seq(1, 5, length.out = 18), 2)),
                  g = c(sample(c("A", "B"), 12, replace = TRUE), rep("C", 6), sample(c("A", "B"), 12, replace = TRUE)),
                  w = round(rnorm(30), 3))
sep <- write_data("separation", sep)

# --- model specification --------------------------------------------------------------------
models <- list(
  list(dataset = "cohort", model = "multivariable", predictors = c("er", "t2star", "t1_post", "tic", "age"),
       categorical = c("er", "tic"), references = character(), method = "ml", positive = "HER2-positive"),
  list(dataset = "cohort", model = "tic_ref_III", predictors = c("t2star", "tic"),
       categorical = c("tic"), references = c(tic = "III"), method = "ml", positive = "HER2-positive"),
  list(dataset = "correlated", model = "multivariable", predictors = c("adc_mean", "adc_median", "diameter", "enhancement"),
       categorical = c("enhancement"), references = c(enhancement = "homogeneous"), method = "ml", positive = "HER2-over"),
  list(dataset = "near_separation", model = "multivariable", predictors = c("x", "z"),
       categorical = character(), references = character(), method = "ml", positive = "yes"),
  list(dataset = "cohort", model = "firth", predictors = c("er", "t2star", "tic"),
       categorical = c("er", "tic"), references = character(), method = "firth", positive = "HER2-positive"),
  list(dataset = "separation", model = "firth", predictors = c("x", "w"),
       categorical = character(), references = character(), method = "firth", positive = "yes"),
  list(dataset = "separation", model = "firth_level", predictors = c("g", "w"),
       categorical = c("g"), references = character(), method = "firth", positive = "yes")
)
for (p in c("er", "t2star", "t1_post", "tic", "age")) {
  models[[length(models) + 1]] <- list(dataset = "cohort", model = p, predictors = p,
    categorical = intersect(p, c("er", "tic")), references = character(), method = "ml", positive = "HER2-positive")
}
datasets <- list(cohort = cohort, correlated = correlated, near_separation = near, separation = sep)

# --- fitting --------------------------------------------------------------------------------
frame_for <- function(m) {
  d <- datasets[[m$dataset]]
  outcome_col <- names(d)[1]
  d <- d[, c(outcome_col, m$predictors), drop = FALSE]
  d <- d[complete.cases(d), , drop = FALSE]
  d$y <- as.integer(d[[outcome_col]] == m$positive)
  for (c in m$categorical) {
    lev <- sort(unique(d[[c]]), method = "radix")
    ref <- if (!is.na(m$references[c])) m$references[c] else lev[1]
    d[[c]] <- relevel(factor(d[[c]], levels = lev), ref = ref)
  }
  d
}
term_names <- function(d, m, rnames) {
  out <- rnames
  for (c in m$categorical) for (l in levels(d[[c]])) out[out == paste0(c, l)] <- paste0(c, "=", l)
  out
}

firth_fit <- function(X, y) {
  b <- c(log(mean(y) / (1 - mean(y))), rep(0, ncol(X) - 1))
  pl <- function(b) { eta <- drop(X %*% b); p <- plogis(eta); W <- p * (1 - p)
    sum(y * eta - log1p(exp(eta))) + 0.5 * determinant(crossprod(X * sqrt(W)))$modulus[1] }
  for (it in 1:200) {
    p <- plogis(drop(X %*% b)); W <- p * (1 - p)
    I <- crossprod(X * sqrt(W)); Ii <- solve(I)
    h <- rowSums((X %*% Ii) * X) * W
    U <- drop(crossprod(X, y - p + h * (0.5 - p)))
    d <- drop(Ii %*% U); f <- 1
    while (pl(b + f * d) < pl(b) - 1e-12 * (1 + abs(pl(b))) && f > 1e-12) f <- f / 2
    b <- b + f * d
    if (max(abs(f * d) / pmax(1, abs(b))) < 1e-12) break
  }
  p <- plogis(drop(X %*% b)); W <- p * (1 - p)
  list(coef = b, vcov = solve(crossprod(X * sqrt(W))), pll = pl(b),
       loglik = sum(y * drop(X %*% b) - log1p(exp(drop(X %*% b)))))
}

coef_rows <- list(); fit_rows <- list(); vif_rows <- list(); model_rows <- list()
for (m in models) {
  d <- frame_for(m)
  f <- reformulate(m$predictors, response = "y")
  model_rows[[length(model_rows) + 1]] <- data.frame(dataset = m$dataset, model = m$model,
    predictors = paste(m$predictors, collapse = ";"), categorical = paste(m$categorical, collapse = ";"),
    references = if (length(m$references)) paste(paste0(names(m$references), "=", m$references), collapse = ";") else "",
    method = m$method, positive = m$positive, stringsAsFactors = FALSE)
  nobs <- nrow(d); events <- sum(d$y); dfm <- NA
  if (m$method == "ml") {
    ctl <- glm.control(epsilon = 1e-14, maxit = 100)
    g0 <- glm(f, family = binomial, data = d, control = ctl)
    # summary.glm takes the SE from the weights of the iteration before the last; restarting at the
    # converged estimates makes them the weights at the estimates (the last step of g0 can be ~1e-7)
    g <- glm(f, family = binomial, data = d, control = ctl, start = coef(g0))
    s <- summary(g)$coefficients
    wald <- exp(confint.default(g))
    prof <- exp(suppressMessages(confint(g)))
    if (is.null(dim(prof))) prof <- matrix(prof, nrow = 1)
    est <- s[, 1]; se <- s[, 2]; z <- s[, 3]; p <- s[, 4]
    dev <- deviance(g); nulldev <- g$null.deviance; aic <- AIC(g)
    lr <- nulldev - dev; dfm <- length(est) - 1
    r2 <- unname(lrm(f, data = d)$stats["R2"])
    if (length(m$predictors) >= 2) {
      v <- car::vif(g)
      if (is.null(dim(v))) v <- cbind(GVIF = v, Df = 1, "GVIF^(1/(2*Df))" = sqrt(v))
      vif_rows[[length(vif_rows) + 1]] <- data.frame(dataset = m$dataset, model = m$model, predictor = rownames(v),
        df = v[, "Df"], gvif = num(v[, "GVIF"]), gvif_adjusted = num(v[, "GVIF^(1/(2*Df))"]))
    }
  } else {
    X <- model.matrix(f, d)
    ff <- firth_fit(X, d$y)
    f0 <- firth_fit(X[, 1, drop = FALSE], d$y)
    est <- ff$coef; names(est) <- colnames(X); se <- sqrt(diag(ff$vcov)); z <- est / se; p <- 2 * pnorm(-abs(z))
    wald <- exp(cbind(est - qnorm(0.975) * se, est + qnorm(0.975) * se))
    prof <- matrix(NA, length(est), 2)
    dev <- -2 * ff$loglik
    nulldev <- glm(y ~ 1, family = binomial, data = d)$deviance
    aic <- dev + 2 * length(est); lr <- 2 * (ff$pll - f0$pll); dfm <- length(est) - 1
    r2 <- (1 - exp((dev - nulldev) / nobs)) / (1 - exp(-nulldev / nobs))
  }
  terms <- term_names(d, m, names(est))
  coef_rows[[length(coef_rows) + 1]] <- data.frame(dataset = m$dataset, model = m$model, method = m$method,
    term = terms, estimate = num(est), std_error = num(se), z = num(z), p_value = num(p), odds_ratio = num(exp(est)),
    or_ci_lower = num(wald[, 1]), or_ci_upper = num(wald[, 2]), or_profile_lower = num(prof[, 1]),
    or_profile_upper = num(prof[, 2]))
  fit_rows[[length(fit_rows) + 1]] <- data.frame(dataset = m$dataset, model = m$model, method = m$method,
    n = nobs, events = events, deviance = num(dev), null_deviance = num(nulldev), aic = num(aic),
    lr_chi2 = num(lr), lr_df = dfm, lr_p_value = num(pchisq(lr, dfm, lower.tail = FALSE)),
    nagelkerke_r2 = num(r2), events_per_variable = num(min(events, nobs - events) / dfm))
}
wr <- function(x, name) write.csv(do.call(rbind, x), file.path(gdir, name), row.names = FALSE, quote = FALSE)
wr(model_rows, "models.csv"); wr(coef_rows, "coefficients.csv"); wr(fit_rows, "fit.csv"); wr(vif_rows, "vif.csv")
write.csv(data.frame(r = R.version.string, MASS = as.character(packageVersion("MASS")),
  car = as.character(packageVersion("car")), rms = as.character(packageVersion("rms")), seed = 20240612),
  file.path(gdir, "versions.csv"), row.names = FALSE, quote = FALSE)

# glm's complete-separation behaviour, for the record: it "converges" with huge estimates and warns.
w <- tryCatch(glm(y ~ x, family = binomial, data = frame_for(models[[6]])), warning = function(w) conditionMessage(w))
cat("glm on data/separation.csv (x):", if (is.character(w)) w else "no warning", "\n")
