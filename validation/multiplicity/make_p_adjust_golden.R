# Golden values for PValueAdjustment: R's stats::p.adjust on fixed p-value vectors.
# Run from the repository root:  Rscript validation/multiplicity/make_p_adjust_golden.R
# Writes validation/multiplicity/p_adjust.csv (vector,index,p,bonferroni,holm,bh); NA stays NA.
vectors <- list(
  mixed   = c(0.01, 0.04, 0.03, 0.005, 0.2, 0.04, 0.9),
  with_na = c(0.02, NA, 0.001, 0.5, 0.049),
  ties    = c(0.05, 0.05, 0.05, 0.01),
  single  = c(0.03),
  large_n = c(1e-10, 2e-4, 0.0123, 0.3, 0.31, 0.5, 0.77, 0.999, 1, 0.0049, 0.051, 0.2)
)
rows <- list()
for (name in names(vectors)) {
  p <- vectors[[name]]
  rows[[name]] <- data.frame(vector = name, index = seq_along(p), p = p,
                             bonferroni = p.adjust(p, "bonferroni"),
                             holm = p.adjust(p, "holm"),
                             bh = p.adjust(p, "BH"))
}
out <- do.call(rbind, rows)
fmt <- function(x) ifelse(is.na(x), "", sprintf("%.17g", x))
for (col in c("p", "bonferroni", "holm", "bh")) out[[col]] <- fmt(out[[col]])
script_dir <- local({
  a <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)
  if (length(a) == 1) dirname(normalizePath(sub("^--file=", "", a))) else "validation/multiplicity"
})
write.csv(out, file.path(script_dir, "p_adjust.csv"), row.names = FALSE, quote = FALSE)
cat("R", R.version.string, "\n")
