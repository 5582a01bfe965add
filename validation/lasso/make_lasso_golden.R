# make_lasso_golden.R -- reference ("golden") penalised logistic regression values from R glmnet.
#
# Run from the repository root:
#     Rscript validation/lasso/make_lasso_golden.R
# (it also works from inside validation/lasso/). Needs R >= 4 and glmnet 4.1-6
# (Debian/Ubuntu: apt-get install -y r-base-core r-cran-glmnet).
#
# Outputs (relative to validation/lasso/):
#   data/<name>.csv[.gz]      data sets: `outcome` (text label), `fold` (1..10), feature columns
#   data/datasets.csv         dataset,file,positive,negative,alpha,n,p
#   golden/<name>_cv.csv      cv.glmnet(x, y, family = "binomial", foldid = fold,
#                             type.measure = "deviance", alpha = alpha): one row per lambda with
#                             lambda, cvm, cvsd, nzero, dev_ratio, a0 (full-data fit)
#   golden/<name>_choice.csv  lambda_min, lambda_1se and their 1-based indices, null deviance
#   golden/<name>_coef.csv    term, coef_lambda_min, coef_lambda_1se (coef(cv, s = ...)), original scale
#   golden/<name>_path.csv    step, term, coef: every non-zero coefficient of the full-data path
#                             (intercept always listed), original scale
#   golden/<name>_user_lambda.csv  glmnet(x, y, lambda = <fixed vector>): step, lambda, term, coef
#   golden/versions.csv       R and glmnet versions, RNG kind and seed
#
# Numbers are written with sprintf("%.17g"). The golden values are computed from the data AS
# RE-READ FROM THE CSV FILES, so a reimplementation parsing the CSVs sees the doubles glmnet saw.
# Everything is deterministic (fixed RNG kind and seed); two runs give identical files.

suppressPackageStartupMessages(library(glmnet))

script_dir <- local({
  a <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)
  if (length(a) == 1) dirname(normalizePath(sub("^--file=", "", a))) else NA_character_
})
if (is.na(script_dir)) {
  script_dir <- if (file.exists("validation/lasso")) "validation/lasso" else "."
}
data_dir   <- file.path(script_dir, "data")
golden_dir <- file.path(script_dir, "golden")
dir.create(data_dir, showWarnings = FALSE, recursive = TRUE)
dir.create(golden_dir, showWarnings = FALSE, recursive = TRUE)

RNGkind("Mersenne-Twister", "Inversion", "Rejection")
seed <- 20240615
set.seed(seed)

fmt <- function(x) sprintf("%.17g", as.numeric(x))

write_plain_csv <- function(df, path) {
  con <- if (grepl("\\.gz$", path)) gzfile(path, "w") else file(path, "w")
  on.exit(close(con))
  write.table(df, con, sep = ",", quote = FALSE, row.names = FALSE, col.names = TRUE,
              na = "", eol = "\n")
}

# stratified fold ids 1..k: each class dealt round-robin over the folds in random order
stratified_folds <- function(y, k) {
  fold <- integer(length(y))
  for (cls in unique(y)) {
    idx <- which(y == cls)
    idx <- idx[sample.int(length(idx))]
    fold[idx] <- rep_len(sample.int(k), length(idx))
  }
  fold
}

# features with block correlation rho inside blocks of `block` columns
block_features <- function(n, p, block, rho) {
  nb <- ceiling(p / block)
  common <- matrix(rnorm(n * nb), n, nb)[, rep(seq_len(nb), each = block)[seq_len(p)], drop = FALSE]
  sqrt(rho) * common + sqrt(1 - rho) * matrix(rnorm(n * p), n, p)
}

index <- data.frame()
register <- function(name, outcome, fold, x, positive, negative, alpha, gz = FALSE) {
  file <- paste0(name, if (gz) ".csv.gz" else ".csv")
  df <- data.frame(outcome = outcome, fold = fold, x, check.names = FALSE)
  write_plain_csv(df, file.path(data_dir, file))
  index <<- rbind(index, data.frame(dataset = name, file = file, positive = positive,
                                    negative = negative, alpha = alpha, n = nrow(x), p = ncol(x)))
}

## (a) data sets -------------------------------------------------------------------------

# radiomics: 118 cases (78 HER2-low = positive, 40 HER2-zero), 960 features in blocks of 8
# correlated features (rho 0.85) on very different scales, 5 true signals
local({
  n1 <- 78; n0 <- 40; n <- n1 + n0; p <- 960
  y <- sample(c(rep(1, n1), rep(0, n0)))
  z <- block_features(n, p, 8, 0.85)
  signal <- c(3, 17, 101, 250, 600)
  effect <- c(0.9, -0.7, 0.6, -0.5, 0.5)
  z[, signal] <- z[, signal] + outer(y - mean(y), effect)
  scale <- 10^runif(p, -3, 4)
  centre <- runif(p, -2, 5) * scale
  x <- signif(sweep(sweep(z, 2, scale, "*"), 2, centre, "+"), 7)
  colnames(x) <- sprintf("f%03d", seq_len(p))
  register("radiomics", ifelse(y == 1, "HER2-low", "HER2-zero"), stratified_folds(y, 10), x,
           "HER2-low", "HER2-zero", 1, gz = TRUE)
})

# moderate: 300 cases, 20 features, correlated pairs, 6 true signals
local({
  n <- 300; p <- 20
  z <- block_features(n, p, 2, 0.5)
  beta <- c(1.0, 0, -0.8, 0, 0.5, 0, 0, 0.4, 0, 0, -0.3, 0, 0, 0, 0.25, 0, 0, 0, 0, 0)
  y <- rbinom(n, 1, plogis(-0.4 + drop(z %*% beta)))
  x <- round(sweep(z, 2, c(1, 10, 0.1, 2, 5, 1, 100, 1, 1, 0.5, 3, 1, 1, 1, 7, 1, 1, 1, 2, 1), "*"), 4)
  colnames(x) <- sprintf("x%02d", seq_len(p))
  register("moderate", ifelse(y == 1, "event", "no_event"), stratified_folds(y, 10), x,
           "event", "no_event", 1)
})

# moderate_enet: the same data with alpha = 0.5 (elastic net)
index <- rbind(index, transform(index[index$dataset == "moderate", ], dataset = "moderate_enet", alpha = 0.5))

# constant_in_fold: 80 cases, 8 features; `rare` is 0 outside fold 3, so it is constant in the
# training data of fold 3 (glmnet excludes it there); `flat` is constant everywhere
local({
  n <- 80; p <- 6
  z <- matrix(rnorm(n * p), n, p)
  y <- rbinom(n, 1, plogis(0.3 + 1.2 * z[, 1] - 0.8 * z[, 2]))
  fold <- stratified_folds(y, 10)
  rare <- ifelse(fold == 3, round(rnorm(n, 2 * y, 1), 3), 0)
  x <- cbind(round(z, 4), rare = rare, flat = 1.5)
  colnames(x)[1:p] <- sprintf("z%d", 1:p)
  register("constant_in_fold", ifelse(y == 1, "yes", "no"), fold, x, "yes", "no", 1)
})

write_plain_csv(index, file.path(data_dir, "datasets.csv"))

## (b) golden values, from the data as re-read ------------------------------------------
user_lambdas <- function(lambda_max) lambda_max * c(0.9, 0.5, 0.2, 0.08, 0.03)

for (k in seq_len(nrow(index))) {
  name <- index$dataset[k]
  alpha <- index$alpha[k]
  df <- read.csv(file.path(data_dir, index$file[k]), check.names = FALSE, stringsAsFactors = FALSE)
  y <- as.integer(df$outcome == index$positive[k])
  fold <- df$fold
  x <- as.matrix(df[, -(1:2)])
  cv <- cv.glmnet(x, y, family = "binomial", foldid = fold, type.measure = "deviance", alpha = alpha)
  fit <- cv$glmnet.fit
  write_plain_csv(data.frame(lambda = fmt(cv$lambda), cvm = fmt(cv$cvm), cvsd = fmt(cv$cvsd),
                             nzero = as.integer(cv$nzero), dev_ratio = fmt(fit$dev.ratio),
                             a0 = fmt(fit$a0)),
                  file.path(golden_dir, paste0(name, "_cv.csv")))
  write_plain_csv(data.frame(lambda_min = fmt(cv$lambda.min), lambda_1se = fmt(cv$lambda.1se),
                             index_min = cv$index[1], index_1se = cv$index[2],
                             n_lambda = length(cv$lambda), null_deviance = fmt(fit$nulldev)),
                  file.path(golden_dir, paste0(name, "_choice.csv")))
  cmin <- as.matrix(coef(cv, s = "lambda.min"))
  c1se <- as.matrix(coef(cv, s = "lambda.1se"))
  write_plain_csv(data.frame(term = rownames(cmin), coef_lambda_min = fmt(cmin[, 1]),
                             coef_lambda_1se = fmt(c1se[, 1])),
                  file.path(golden_dir, paste0(name, "_coef.csv")))
  path_rows <- function(f) {
    b <- as.matrix(coef(f))
    do.call(rbind, lapply(seq_len(ncol(b)), function(s) {
      keep <- c(TRUE, b[-1, s] != 0)
      data.frame(step = s, lambda = fmt(f$lambda[s]), term = rownames(b)[keep], coef = fmt(b[keep, s]))
    }))
  }
  write_plain_csv(path_rows(fit)[, c("step", "term", "coef")], file.path(golden_dir, paste0(name, "_path.csv")))
  ufit <- glmnet(x, y, family = "binomial", alpha = alpha, lambda = user_lambdas(cv$lambda[1]))
  write_plain_csv(path_rows(ufit), file.path(golden_dir, paste0(name, "_user_lambda.csv")))
  cat(sprintf("%-17s n=%d p=%d alpha=%.1f: %d lambdas, lambda.min %.6g (%d nonzero), lambda.1se %.6g (%d nonzero)\n",
              name, nrow(x), ncol(x), alpha, length(cv$lambda), cv$lambda.min, cv$nzero[cv$index[1]],
              cv$lambda.1se, cv$nzero[cv$index[2]]))
}

write_plain_csv(data.frame(r_version = paste(R.version$major, R.version$minor, sep = "."),
                           glmnet_version = as.character(packageVersion("glmnet")),
                           rng_kind = paste(RNGkind()[1:3], collapse = "/"), seed = seed),
                file.path(golden_dir, "versions.csv"))
