# Reference for tests/core/tst_lisa.cpp: spdep::localmoran of the SPD share change 2021 -> 2025
# over the 299 Bundestag constituencies (queen contiguity, row-standardised, defaults:
# conditional = TRUE, mlvar = TRUE, two-sided), and p.adjust(method = "BH").
# Run from this folder:
#   Rscript de_spd_localmoran.R [../../../../../shared/data/de_bundestag_wahlkreise_2021_2025]
# Writes de_spd_localmoran.txt: one line per area: index, y, Ii, E.Ii, Var.Ii, Z.Ii, p, p_BH,
# then its 0-based neighbours separated by commas ("-" for none). 17 significant digits.
suppressPackageStartupMessages({library(sf); library(spdep)})
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args)) args[1] else "../../../../../shared/data/de_bundestag_wahlkreise_2021_2025"
shp <- st_read(file.path(dir, "boundaries/wkr2025.shp"), quiet = TRUE)
a <- read.csv(file.path(dir, "elections/de_bundestag_2021_zweitstimmen_wkr2025.csv"))
b <- read.csv(file.path(dir, "elections/de_bundestag_2025_zweitstimmen_wkr2025.csv"))
ia <- match(shp$wkr_id, a$wkr_nr); ib <- match(shp$wkr_id, b$wkr_nr)
y <- 100 * b$SPD[ib] / b$valid[ib] - 100 * a$SPD[ia] / a$valid[ia]
nb <- poly2nb(shp, queen = TRUE)
lm <- localmoran(y, nb2listw(nb, style = "W", zero.policy = TRUE), zero.policy = TRUE)
padj <- p.adjust(lm[, 5], method = "BH")
nbtext <- sapply(nb, function(v) if (length(v) == 1 && v[1] == 0) "-" else paste(v - 1, collapse = ","))
lines <- sprintf("%d %.17g %.17g %.17g %.17g %.17g %.17g %.17g %s", seq_along(y) - 1, y,
                 lm[, 1], lm[, 2], lm[, 3], lm[, 4], lm[, 5], padj, nbtext)
con <- file("de_spd_localmoran.txt", "w")
writeLines(sprintf("# R %s, spdep %s", getRversion(), packageVersion("spdep")), con)
writeLines(lines, con)
close(con)
