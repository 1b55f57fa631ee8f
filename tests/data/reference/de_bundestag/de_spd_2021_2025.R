# Reference numbers for the German walking-skeleton test (tests/gis/tst_pipeline_de.cpp).
# Run from this folder: Rscript de_spd_2021_2025.R ../../../../../shared/data/de_bundestag_wahlkreise_2021_2025
# Writes de_spd_2021_2025.txt: "name value" lines with 17 significant digits.
suppressPackageStartupMessages({library(sf); library(spdep); library(sandwich)})
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args)) args[1] else "../../../../../shared/data/de_bundestag_wahlkreise_2021_2025"
shp <- st_read(file.path(dir, "boundaries/wkr2025.shp"), quiet = TRUE)
a <- read.csv(file.path(dir, "elections/de_bundestag_2021_zweitstimmen_wkr2025.csv"))
b <- read.csv(file.path(dir, "elections/de_bundestag_2025_zweitstimmen_wkr2025.csv"))
cv <- read.csv(file.path(dir, "covariates/de_strukturdaten_btw2025_wkr2025.csv"))
d <- data.frame(wkr_nr = shp$wkr_id)
d$share_a <- 100 * a$SPD[match(d$wkr_nr, a$wkr_nr)] / a$valid[match(d$wkr_nr, a$wkr_nr)]
d$share_b <- 100 * b$SPD[match(d$wkr_nr, b$wkr_nr)] / b$valid[match(d$wkr_nr, b$wkr_nr)]
d$y <- d$share_b - d$share_a
d$w <- b$valid[match(d$wkr_nr, b$wkr_nr)]
covs <- c("pct_age_60_74", "unemployment_rate", "pct_school_leavers_abitur",
          "pct_foreigners", "disposable_income_eur_per_capita")
for (c in covs) d[[c]] <- cv[[c]][match(d$wkr_nr, cv$wkr_nr)]
fit <- lm(reformulate(covs, "y"), data = d, weights = w)
s <- summary(fit)
hc3 <- sqrt(diag(vcovHC(fit, type = "HC3")))
nb <- poly2nb(shp, queen = TRUE)
lw <- nb2listw(nb, style = "W", zero.policy = TRUE)
mt <- lm.morantest(fit, lw, zero.policy = TRUE)
out <- c(
  n = nobs(fit), links = sum(card(nb)), islands = sum(card(nb) == 0),
  r_squared = s$r.squared, adj_r_squared = s$adj.r.squared,
  f_statistic = unname(s$fstatistic[1]), aic = AIC(fit), sigma = s$sigma,
  moran_i = unname(mt$estimate[1]), moran_expectation = unname(mt$estimate[2]),
  moran_variance = unname(mt$estimate[3]), moran_z = unname(mt$statistic),
  moran_p = mt$p.value,
  mean_share_change = mean(d$y), weighted_mean_residual = weighted.mean(residuals(fit), d$w))
co <- coef(s)
terms <- rownames(co)
for (i in seq_along(terms)) {
  out[paste0("estimate:", terms[i])] <- co[i, 1]
  out[paste0("std_error:", terms[i])] <- co[i, 2]
  out[paste0("t:", terms[i])] <- co[i, 3]
  out[paste0("p:", terms[i])] <- co[i, 4]
  out[paste0("hc3_std_error:", terms[i])] <- hc3[i]
}
# per-area spot checks: fitted values and residuals of three constituencies
for (k in c(1, 150, 299)) {
  out[paste0("fitted:", d$wkr_nr[k])] <- fitted(fit)[k]
  out[paste0("residual:", d$wkr_nr[k])] <- residuals(fit)[k]
  out[paste0("leverage:", d$wkr_nr[k])] <- hatvalues(fit)[k]
  out[paste0("cooks:", d$wkr_nr[k])] <- cooks.distance(fit)[k]
  out[paste0("rstandard:", d$wkr_nr[k])] <- rstandard(fit)[k]
}
# a second model: transforms and a categorical covariate (treatment dummies, R's names)
d$land_name <- cv$land_name[match(d$wkr_nr, cv$wkr_nr)]
fit2 <- lm(y ~ log(pct_foreigners) + scale(unemployment_rate) + land_name, data = d, weights = w)
co2 <- coef(summary(fit2))
hc32 <- sqrt(diag(vcovHC(fit2, type = "HC3")))
for (i in seq_len(nrow(co2))) {
  out[paste0("cat_estimate:", rownames(co2)[i])] <- co2[i, 1]
  out[paste0("cat_std_error:", rownames(co2)[i])] <- co2[i, 2]
  out[paste0("cat_hc3_std_error:", rownames(co2)[i])] <- hc32[i]
}
out["cat_r_squared"] <- summary(fit2)$r.squared
con <- file("de_spd_2021_2025.txt", "w")
writeLines(sprintf("# R %s, spdep %s, sandwich %s, sf %s", getRversion(), packageVersion("spdep"),
                   packageVersion("sandwich"), packageVersion("sf")), con)
writeLines(sprintf("%s %.17g", names(out), out), con)
close(con)
