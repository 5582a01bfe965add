# Golden values for the demo report's "Model evaluation" section: the logistic model of HER2-over
# vs HER2-low on Dapp_mean, Kapp_entropy and lesion_type (reference NME) in the bundled synthetic
# cohort, computed with R and rms. Writes validation/evaluation/demo_model.csv (section, term,
# field, value; 17 significant digits).
#
# Run from the repository root:   Rscript validation/evaluation/make_demo_model_golden.R

suppressMessages(library(rms))

out_dir <- "validation/evaluation"
if (!dir.exists(out_dir)) stop("run from the repository root")
# num, write_table and hosmer_lemeshow as the evaluation golden script defines them
for (e in parse(file.path(out_dir, "make_evaluation_golden.R"))) {
  if (is.call(e) && identical(e[[1]], as.name("<-")) && is.name(e[[2]]) &&
      as.character(e[[2]]) %in% c("num", "write_table", "hosmer_lemeshow")) eval(e, globalenv())
}

cohort <- read.csv("test-workflows/data/shen25_synthetic_cohort.csv", stringsAsFactors = FALSE)
d <- cohort[!is.na(cohort$low_vs_over) & cohort$low_vs_over != "", ]
d$y <- as.integer(d$low_vs_over == "HER2-over")
d$lesion_type <- factor(d$lesion_type, levels = c("NME", "mass", "mass with NME"))
rows <- list()
add <- function(section, term, field, value) {
  rows[[length(rows) + 1]] <<- data.frame(section = section, term = term, field = field, value = value)
}

# Wald odds ratios of glm, fitted to full convergence as the command does
wald <- function(f, section) {
  fit <- glm(f, family = binomial, data = d, control = glm.control(epsilon = 1e-14, maxit = 100))
  s <- summary(fit)$coefficients
  for (k in rownames(s)[-1]) {
    term <- sub("^lesion_type", "lesion_type: ", k)
    b <- s[k, "Estimate"]; se <- s[k, "Std. Error"]
    add(section, term, "odds_ratio", exp(b))
    add(section, term, "ci_lower", exp(b - qnorm(0.975) * se))
    add(section, term, "ci_upper", exp(b + qnorm(0.975) * se))
    add(section, term, "p_value", 2 * pnorm(-abs(b / se)))
  }
  fit
}
multivariable <- wald(y ~ Dapp_mean + Kapp_entropy + lesion_type, "multivariable")
for (v in c("Dapp_mean", "Kapp_entropy", "lesion_type")) wald(as.formula(paste("y ~", v)), "univariable")

# apparent calibration of the fitted probabilities
p <- unname(fitted(multivariable))
vp <- val.prob(p, d$y, pl = FALSE)
for (field in c("Brier", "Intercept", "Slope", "Emax", "Eavg", "E90")) add("val_prob", "", field, unname(vp[field]))
hl <- hosmer_lemeshow(p, d$y, 10)$summary
add("hosmer_lemeshow", "", "chi2", hl$chi2)
add("hosmer_lemeshow", "", "df", hl$df)
add("hosmer_lemeshow", "", "p", hl$p)

# apparent indices of rms::validate (its "index.orig" column) and the nomogram
dd <- datadist(d[, c("Dapp_mean", "Kapp_entropy", "lesion_type")])
options(datadist = "dd")
fit <- lrm(y ~ Dapp_mean + Kapp_entropy + lesion_type, data = d, x = TRUE, y = TRUE)
set.seed(1)
v <- validate(fit, B = 10)
for (index in c("Dxy", "R2", "Intercept", "Slope", "Emax", "B")) add("apparent", "", index, v[index, "index.orig"])
nom <- nomogram(fit, fun = plogis, funlabel = "Probability")
for (axis in c("Dapp_mean", "Kapp_entropy", "lesion_type")) {
  a <- nom[[axis]]
  values <- if (is.numeric(a[[axis]])) num(a[[axis]]) else as.character(a[[axis]])
  for (k in seq_along(a$points)) add("nomogram", axis, values[k], a$points[k])
}
for (k in seq_along(nom$total.points$x)) add("nomogram", "Total Points", num(nom$total.points$x[k]), nom$total.points$x[k])
for (k in seq_along(nom$Probability$x)) add("nomogram", "Probability", num(nom$Probability$x.real[k]), nom$Probability$x[k])

write_table(do.call(rbind, rows), "demo_model.csv")
