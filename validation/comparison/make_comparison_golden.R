#!/usr/bin/env Rscript
# Golden values for org.qmrinodes.core.stats.comparison (univariate group comparison, Table 1).
# Run from the repository root:  Rscript validation/comparison/make_comparison_golden.R
# Deterministic: fixed RNG; every golden value is computed from the data as read back from CSV.
suppressPackageStartupMessages(library(car))
RNGkind("Mersenne-Twister", "Inversion", "Rejection")
set.seed(20240917)
out <- "validation/comparison"
dat <- file.path(out, "data"); gold <- file.path(out, "golden")
dir.create(dat, showWarnings = FALSE, recursive = TRUE)
dir.create(gold, showWarnings = FALSE, recursive = TRUE)
w <- function(df, f) write.csv(df, f, row.names = FALSE, na = "")
num <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))

# ---- data sets -------------------------------------------------------------------------------
g3 <- rep(c("HER2-zero", "HER2-low", "HER2-over"), c(14, 21, 9))
n3 <- length(g3)
shift <- c("HER2-zero" = 0, "HER2-low" = 0.15, "HER2-over" = 0.4)[g3]
continuous <- data.frame(
  group = g3,
  normal = round(1 + shift + rnorm(n3, 0, 0.2 * ifelse(g3 == "HER2-over", 2, 1)), 3),
  tied = sample(1:5, n3, replace = TRUE) + (g3 == "HER2-over"),
  skewed = round(rlnorm(n3, meanlog = shift, sdlog = 0.8), 4),
  constant = 2.5,
  with_missing = round(rnorm(n3, 10 + 3 * shift, 2), 2),
  stringsAsFactors = FALSE)
continuous$with_missing[c(2, 17, 30, 31)] <- NA
w(continuous, file.path(dat, "continuous.csv"))

small <- data.frame(group = rep(c("A", "B", "C"), each = 3),
                    a = c(1.2, 3.4, 2.2, 4.1, 5.5, 4.8, 2.9, 6.3, 7.7),
                    b = c(1, 2, 2, 3, 3, 4, 2, 5, 5), stringsAsFactors = FALSE)
w(small, file.path(dat, "small.csv"))

g2 <- rep(c("low", "over"), c(60, 55))
large <- data.frame(group = g2,
                    x = round(rnorm(115, ifelse(g2 == "over", 0.5, 0), 1), 6),
                    y = round(rnorm(115, ifelse(g2 == "over", 0.3, 0), 1), 1), stringsAsFactors = FALSE)
w(large, file.path(dat, "large.csv"))

datasets <- list(continuous = read.csv(file.path(dat, "continuous.csv"), stringsAsFactors = FALSE),
                 small = read.csv(file.path(dat, "small.csv"), stringsAsFactors = FALSE),
                 large = read.csv(file.path(dat, "large.csv"), stringsAsFactors = FALSE))
features <- list(continuous = c("normal", "tied", "skewed", "with_missing"), small = c("a", "b"),
                 large = c("x", "y"))
levels_of <- function(d) unique(d$group)   # first-appearance order, as the Java code keeps it

# ---- two-sample tests: every pair of groups ----------------------------------------------------
two <- list()
for (ds in names(datasets)) {
  d <- datasets[[ds]]; lv <- levels_of(d)
  for (f in features[[ds]]) for (i in 1:(length(lv) - 1)) for (j in (i + 1):length(lv)) {
    x <- d[[f]][d$group == lv[i]]; y <- d[[f]][d$group == lv[j]]
    x <- x[!is.na(x)]; y <- y[!is.na(y)]
    welch <- t.test(x, y)
    student <- t.test(x, y, var.equal = TRUE)
    mw <- suppressWarnings(wilcox.test(x, y))
    exact <- length(x) < 50 && length(y) < 50 && length(unique(c(x, y))) == length(c(x, y))
    two[[length(two) + 1]] <- data.frame(dataset = ds, feature = f, group_a = lv[i], group_b = lv[j],
      test = c("welch", "t", "mann-whitney"),
      statistic = num(c(welch$statistic, student$statistic, mw$statistic)),
      df = num(c(welch$parameter, student$parameter, NA)),
      p_value = num(c(welch$p.value, student$p.value, mw$p.value)),
      exact = c(NA, NA, exact))
  }
}
w(do.call(rbind, two), file.path(gold, "two_sample.csv"))

# ---- k-sample tests, Levene, post hoc --------------------------------------------------------
# Dunn (1964) with tie correction and Bonferroni, as SPSS's pairwise comparisons after
# Kruskal-Wallis: no R package for it is installed here, so this is a formula check.
dunn <- function(v, g, lv) {
  r <- rank(v); N <- length(v); ties <- table(v)
  s2 <- N * (N + 1) / 12 - sum(ties^3 - ties) / (12 * (N - 1))
  pairs <- combn(length(lv), 2); m <- ncol(pairs)
  do.call(rbind, lapply(1:m, function(k) {
    a <- lv[pairs[1, k]]; b <- lv[pairs[2, k]]
    z <- (mean(r[g == a]) - mean(r[g == b])) / sqrt(s2 * (1 / sum(g == a) + 1 / sum(g == b)))
    data.frame(group_a = a, group_b = b, statistic = z, p_value = min(1, m * 2 * pnorm(-abs(z))))
  }))
}
# Tamhane's T2: Welch t per pair, Sidak-adjusted over the k(k-1)/2 pairs (formula check).
tamhane <- function(v, g, lv) {
  pairs <- combn(length(lv), 2); m <- ncol(pairs)
  do.call(rbind, lapply(1:m, function(k) {
    a <- lv[pairs[1, k]]; b <- lv[pairs[2, k]]
    tt <- t.test(v[g == a], v[g == b])
    data.frame(group_a = a, group_b = b, statistic = unname(tt$statistic),
               p_value = min(1, 1 - (1 - tt$p.value)^m))
  }))
}
ks <- list(); post <- list()
for (ds in c("continuous", "small")) {
  d <- datasets[[ds]]; lv <- levels_of(d)
  for (f in features[[ds]]) {
    keep <- !is.na(d[[f]]); v <- d[[f]][keep]; g <- d$group[keep]
    gf <- factor(g, levels = lv)
    a <- summary(aov(v ~ gf))[[1]]
    wa <- oneway.test(v ~ gf)
    kw <- kruskal.test(v, gf)
    lev <- leveneTest(v, gf)   # car default: center = median (Brown-Forsythe)
    ks[[length(ks) + 1]] <- data.frame(dataset = ds, feature = f,
      test = c("anova", "welch-anova", "kruskal-wallis", "levene"),
      statistic = num(c(a[1, "F value"], wa$statistic, kw$statistic, lev[1, "F value"])),
      df1 = num(c(a[1, "Df"], wa$parameter[1], kw$parameter, lev[1, "Df"])),
      df2 = num(c(a[2, "Df"], wa$parameter[2], NA, lev[2, "Df"])),
      p_value = num(c(a[1, "Pr(>F)"], wa$p.value, kw$p.value, lev[1, "Pr(>F)"])))
    pt <- pairwise.t.test(v, gf, p.adjust.method = "bonferroni")$p.value
    for (i in 1:(length(lv) - 1)) for (j in (i + 1):length(lv))
      post[[length(post) + 1]] <- data.frame(dataset = ds, feature = f, method = "bonferroni-t",
        group_a = lv[i], group_b = lv[j], statistic = NA, p_value = num(pt[lv[j], lv[i]]))
    post[[length(post) + 1]] <- cbind(data.frame(dataset = ds, feature = f, method = "dunn"),
      transform(dunn(v, g, lv), statistic = num(statistic), p_value = num(p_value)))
    post[[length(post) + 1]] <- cbind(data.frame(dataset = ds, feature = f, method = "tamhane"),
      transform(tamhane(v, g, lv), statistic = num(statistic), p_value = num(p_value)))
  }
}
w(do.call(rbind, ks), file.path(gold, "k_sample.csv"))
w(do.call(rbind, post), file.path(gold, "post_hoc.csv"))

# ---- normality ---------------------------------------------------------------------------------
# Lilliefors: the formula of nortest::lillie.test (Dallal & Wilkinson 1986 approximation,
# Stephens' modification above p = 0.1); nortest is not installed here, so a formula check.
lillie <- function(x) {
  x <- sort(x); n <- length(x)
  p <- pnorm((x - mean(x)) / sd(x))
  K <- max(max(seq_len(n) / n - p), max(p - (seq_len(n) - 1) / n))
  if (n <= 100) { Kd <- K; nd <- n } else { Kd <- K * ((n / 100)^0.49); nd <- 100 }
  pv <- exp(-7.01256 * Kd^2 * (nd + 2.78019) + 2.99587 * Kd * sqrt(nd + 2.78019) - 0.122119 +
            0.974598 / sqrt(nd) + 1.67997 / nd)
  if (pv > 0.1) {
    KK <- (sqrt(n) - 0.01 + 0.85 / sqrt(n)) * K
    pv <- if (KK <= 0.302) 1
      else if (KK <= 0.5) 2.76773 - 19.828315 * KK + 80.709644 * KK^2 - 138.55152 * KK^3 + 81.218052 * KK^4
      else if (KK <= 0.9) -4.901232 + 40.662806 * KK - 97.490286 * KK^2 + 94.029866 * KK^3 - 32.355711 * KK^4
      else if (KK <= 1.31) 6.198765 - 19.558097 * KK + 23.186922 * KK^2 - 12.733313 * KK^3 + 2.663697 * KK^4
      else 0
  }
  c(K, pv)
}
# R 4.2's asymptotic one-sample ks.test p (used with ties or n >= 100) keeps only the first term of
# the limiting series below x = 1 (k_max = 3 in pkolmogorov_two_limit), an error of up to ~1e-5.
# p_value_converged is the same limit with the series summed to convergence (formula check).
kolmogorov_limit_upper <- function(x) {
  if (x < 1) 1 - sqrt(2 * pi) / x * sum(exp(-(seq(1, 19, 2))^2 * pi^2 / (8 * x^2)))
  else 2 * sum((-1)^(0:99) * exp(-2 * (1:100)^2 * x^2))
}
norm <- list()
for (ds in names(datasets)) {
  d <- datasets[[ds]]
  for (f in features[[ds]]) for (grp in c("", levels_of(d))) {
    x <- d[[f]]; if (grp != "") x <- x[d$group == grp]; x <- x[!is.na(x)]
    if (length(x) < 3 || length(unique(x)) < 2) next
    sw <- shapiro.test(x)
    kst <- suppressWarnings(ks.test(x, "pnorm", mean(x), sd(x)))
    ks_exact <- length(x) < 100 && length(unique(x)) == length(x)
    ks_conv <- if (ks_exact) kst$p.value else kolmogorov_limit_upper(sqrt(length(x)) * kst$statistic)
    rows <- data.frame(dataset = ds, feature = f, group = grp, test = c("shapiro-wilk", "ks"),
      statistic = num(c(sw$statistic, kst$statistic)), p_value = num(c(sw$p.value, kst$p.value)),
      p_value_converged = num(c(sw$p.value, ks_conv)))
    if (length(x) >= 5) {
      l <- lillie(x)
      rows <- rbind(rows, data.frame(dataset = ds, feature = f, group = grp, test = "lilliefors",
        statistic = num(l[1]), p_value = num(l[2]), p_value_converged = num(l[2])))
    }
    norm[[length(norm) + 1]] <- rows
  }
}
w(do.call(rbind, norm), file.path(gold, "normality.csv"))

# ---- contingency tables: synthetic edge cases and the printed Shen25 counts (METHODS.md 7.1) -----
# rows = levels of the variable, columns = groups; printed_p = the paper's p (NA: none printed).
tab <- function(name, rows, printed_p, ...) list(name = name, m = rbind(...), printed = printed_p)
tables <- list(
  tab("synthetic_2x2", 2, NA, c(12, 5), c(3, 9)),
  tab("synthetic_2x2_sparse", 2, NA, c(1, 7), c(6, 2)),
  tab("synthetic_3x2_zero_cell", 3, NA, c(4, 0), c(5, 6), c(1, 8)),
  tab("shen25_menopause", 2, 0.521, c(23, 41, 30), c(37, 50, 51)),
  tab("shen25_er", 2, 0.001, c(30, 74, 30), c(30, 17, 51)),
  tab("shen25_ki67_low_vs_over", 2, 0.025, c(56, 36), c(35, 45)),
  tab("shen25_fgt_70_of_91", 2, 0.967, c(13, 21, 19), c(47, 70, 62)),
  tab("shen25_fgt_50_as_printed", 2, NA, c(13, 21, 19), c(47, 50, 62)),
  tab("shen25_bpe", 2, 0.206, c(47, 71, 71), c(13, 20, 10)),
  tab("shen25_lesion_type", 3, 0.017, c(46, 55, 40), c(7, 14, 13), c(7, 22, 28)),
  tab("shen25_lesion_type_low_vs_over", 3, 0.145, c(55, 40), c(14, 13), c(22, 28)),
  tab("shen25_nme_existence_low_vs_over", 2, 0.279, c(36, 41), c(55, 40)),
  tab("shen25_t2_hyperintensity_low_vs_zero", 2, 0.009, c(28, 62), c(32, 29)),
  tab("shen25_mass_margin_low_vs_over", 2, 0.659, c(16, 10), c(39, 30)),
  tab("shen25_mass_internal_enhancement", 4, 0.320, c(1, 0, 0), c(30, 43, 30), c(14, 12, 8), c(1, 0, 2)),
  tab("shen25_nme_distribution", 4, 0.597, c(1, 0, 2), c(6, 18, 20), c(4, 15, 14), c(3, 3, 5)),
  # the printed homogeneous level is 0/0/0 in every group; a level nobody has is left out
  tab("shen25_nme_internal_enhancement", 3, 0.733, c(11, 24, 24), c(3, 10, 15), c(0, 2, 2)))
ct <- list()
for (t in tables) {
  m <- t$m
  un <- suppressWarnings(chisq.test(m, correct = FALSE))
  rows <- data.frame(test = "chi-square-uncorrected", statistic = num(un$statistic), df = num(un$parameter),
                     p_value = num(un$p.value))
  if (all(dim(m) == 2)) {
    co <- suppressWarnings(chisq.test(m))
    rows <- rbind(rows, data.frame(test = "chi-square", statistic = num(co$statistic), df = num(co$parameter),
                                   p_value = num(co$p.value)))
  }
  fi <- fisher.test(m, workspace = 2e8)
  rows <- rbind(rows, data.frame(test = "fisher", statistic = NA, df = NA, p_value = num(fi$p.value)))
  ct[[length(ct) + 1]] <- cbind(data.frame(table = t$name, nrow = nrow(m), ncol = ncol(m),
    counts = paste(as.vector(t(m)), collapse = ";"), printed_p = t$printed), rows)
}
w(do.call(rbind, ct), file.path(gold, "contingency.csv"))

# ---- screening: Kruskal-Wallis over the features of one data set, then p.adjust -----------------
d <- datasets$continuous; fs <- features$continuous
p <- sapply(fs, function(f) kruskal.test(d[[f]], factor(d$group))$p.value)
w(data.frame(dataset = "continuous", feature = fs, p_value = num(p), p_holm = num(p.adjust(p, "holm")),
             p_bh = num(p.adjust(p, "BH")), p_bonferroni = num(p.adjust(p, "bonferroni"))),
  file.path(gold, "screening.csv"))

w(data.frame(component = c("R", "car"), version = c(R.version.string, as.character(packageVersion("car")))),
  file.path(gold, "versions.csv"))
