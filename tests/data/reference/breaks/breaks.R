# Reference class breaks for tests/core/tst_breaks: R's classInt::classIntervals on seeded data.
# Run from this directory: Rscript breaks.R  (writes values_<set>.txt and breaks.txt)
suppressMessages(library(classInt))
set.seed(20261124)
sets <- list(
  normal = rnorm(300, 2, 5),
  skewed = rlnorm(1500, 3, 1),
  ties = round(runif(800, -20, 20)),
  small = c(1, 2, 3, 10, 11, 12, 30, 31, 50),
  shares = runif(2500, 0, 0.6)
)
out <- c("# set style classes breaks... (classInt::classIntervals()$brks)")
for (name in names(sets)) {
  x <- sets[[name]]
  writeLines(formatC(x, digits = 17, format = "g"), paste0("values_", name, ".txt"))
  for (style in c("quantile", "equal", "fisher", "pretty", "sd")) {
    for (n in c(3, 5, 7, 9)) {
      # classInt treats n near the number of distinct values specially, and small sets have
      # ties between equally good natural breaks: keep n to half the distinct values.
      if (n > length(unique(x)) / 2) next
      b <- classIntervals(x, n, style = style)$brks
      out <- c(out, paste(name, style, n, paste(formatC(b, digits = 17, format = "g"),
                                                 collapse = " ")))
    }
  }
}
writeLines(out, "breaks.txt")
