# Reference intervals for the coefficient chart (tests/app/tst_gui_charts.cpp): the robust 95 %
# interval of every coefficient of the German SPD model (the same fit as
# ../de_bundestag/de_spd_2021_2025.R), as lmtest::coefci with sandwich::vcovHC(type = "HC3"),
# i.e. estimate -/+ qt(0.975, df.residual) * HC3 SE; and qt(0.975, df) for df = 1..600, for
# checking the intervals of the synthetic demo's model.
# Run from this folder: Rscript coefci_de_spd.R ../../../../../shared/data/de_bundestag_wahlkreise_2021_2025
# Writes coefci_de_spd.txt: "name value" lines with 17 significant digits.
suppressPackageStartupMessages({library(sandwich); library(lmtest)})
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args)) args[1] else "../../../../../shared/data/de_bundestag_wahlkreise_2021_2025"
keys <- sf::st_read(file.path(dir, "boundaries/wkr2025.shp"), quiet = TRUE)$wkr_id
a <- read.csv(file.path(dir, "elections/de_bundestag_2021_zweitstimmen_wkr2025.csv"))
b <- read.csv(file.path(dir, "elections/de_bundestag_2025_zweitstimmen_wkr2025.csv"))
cv <- read.csv(file.path(dir, "covariates/de_strukturdaten_btw2025_wkr2025.csv"))
d <- data.frame(wkr_nr = keys)
d$share_a <- 100 * a$SPD[match(d$wkr_nr, a$wkr_nr)] / a$valid[match(d$wkr_nr, a$wkr_nr)]
d$share_b <- 100 * b$SPD[match(d$wkr_nr, b$wkr_nr)] / b$valid[match(d$wkr_nr, b$wkr_nr)]
d$y <- d$share_b - d$share_a
d$w <- b$valid[match(d$wkr_nr, b$wkr_nr)]
covs <- c("pct_age_60_74", "unemployment_rate", "pct_school_leavers_abitur",
          "pct_foreigners", "disposable_income_eur_per_capita")
for (c in covs) d[[c]] <- cv[[c]][match(d$wkr_nr, cv$wkr_nr)]
fit <- lm(reformulate(covs, "y"), data = d, weights = w)
ci <- coefci(fit, vcov. = vcovHC(fit, type = "HC3"), level = 0.95)
out <- c(df = df.residual(fit))
for (t in rownames(ci)) {
  out[paste0("lower:", t)] <- ci[t, 1]
  out[paste0("upper:", t)] <- ci[t, 2]
}
for (df in 1:600) out[paste0("qt975:", df)] <- qt(0.975, df)
con <- file("coefci_de_spd.txt", "w")
writeLines(sprintf("# R %s, sandwich %s, lmtest %s", getRversion(), packageVersion("sandwich"),
                   packageVersion("lmtest")), con)
writeLines(sprintf("%s %.17g", names(out), out), con)
close(con)
