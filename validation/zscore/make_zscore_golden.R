# Golden values for the Z-score Normaliser (Learner) and (Applier) nodes: the mean and R's sd
# (sample SD, n - 1) of each column over the training rows' non-missing values, and
# scale(x, center = mean, scale = sd) applied unchanged to the training and to a test table.
# Run from the repository root: Rscript validation/zscore/make_zscore_golden.R
out <- "validation/zscore"
train <- data.frame(
  id = c("a", "b", "c", "d", "e", "f"),
  adc = c(1.12, 0.98, 1.45, 0.87, 1.30, 1.01),
  ktrans = c(0.21, NA, 0.35, 0.18, 0.40, 0.27),
  volume_ml = c(3.5, 12.25, 7, 1.75, 20.5, 9))
test <- data.frame(
  id = c("g", "h", "i"),
  adc = c(1.60, 0.75, 1.10),
  ktrans = c(0.30, 0.12, NA),
  volume_ml = c(40, 0.5, 9))
columns <- c("adc", "ktrans", "volume_ml")
means <- sapply(columns, function(c) mean(train[[c]], na.rm = TRUE))
sds <- sapply(columns, function(c) sd(train[[c]], na.rm = TRUE))
num <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
write_table <- function(d, file) {
  for (c in columns) d[[c]] <- num(d[[c]])
  write.csv(d, file.path(out, file), row.names = FALSE, quote = FALSE)
}
write_table(train, "data_train.csv")
write_table(test, "data_test.csv")
write.csv(data.frame(column = columns, mean = num(means), sd = num(sds)),
  file.path(out, "zscore_parameters.csv"), row.names = FALSE, quote = FALSE)
scaled <- function(d) {
  s <- d
  s[columns] <- scale(d[columns], center = means, scale = sds)
  s
}
write_table(scaled(train), "zscore_train.csv")
write_table(scaled(test), "zscore_test.csv")
