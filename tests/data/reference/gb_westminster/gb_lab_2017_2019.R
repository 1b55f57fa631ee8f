# Reference numbers for tests/gis/tst_pipeline_gb.cpp: the project
# docs/examples/gb_westminster_lab_2017_2019.json (Labour share change 2017 -> 2019 over the 632
# British Westminster constituencies, weights = valid votes 2019) rebuilt in R from the shared
# files, read in place.
# Run from this folder:
#   Rscript gb_lab_2017_2019.R [../../../../../shared/data/uk_westminster_2015_2019]
# (R 4.2 with sf, spdep, spatialreg, sandwich; ~1 minute.) Writes, all numbers with 17
# significant digits:
#   gb_lab_2017_2019.txt          "name value" lines: sample, lm (estimates, SE, HC3 SE, t, p,
#                                 VIF, fit statistics), neighbours, lm.morantest, GWR summary
#   gb_lab_2017_2019_spatial.json lm.LMtests(test = "all"), lagsarlm and errorsarlm (eigen) for
#                                 queen contiguity ("queen") and with the islands linked ("linked")
#   gb_lab_2017_2019_areas.csv    per model area: y, w, fitted, residual, hat, Cook's D, rstandard
#   gb_lab_2017_2019_lisa.csv     per area with an outcome: localmoran (queen and linked)
#   gb_lab_2017_2019_gwr.csv      per model area: GWR at the golden-section k (gwr_reference.R)
#
# Conventions (SwingMap's, docs/methods-notes.md):
# * areas are the shapefile's features in file order; the 18 Northern Ireland result rows have
#   no polygon; the 59 Scottish seats have no `degree` and leave the model ("missing degree").
# * neighbours: poly2nb(queen = TRUE) over all 632 polygons (4 islands), then subset.nb to the
#   areas of the statistic (the model's for Moran, LM tests and ML models; every area with an
#   outcome for LISA). "linked": before subsetting, each island is linked both ways to the area
#   with the nearest centroid (GEOS centroids in British National Grid metres).
# * the lag model is unweighted (lagsarlm has no weights); errorsarlm takes weights = w.
suppressPackageStartupMessages({library(sf); library(spdep); library(spatialreg); library(sandwich)})
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args)) args[1] else "../../../../../shared/data/uk_westminster_2015_2019"
source("../gwr/gwr_reference.R")         # gwrFit, goldenSection (its own main part does not run)
source("../spatialreg/sarlm_json.R")     # num, jarr, jstr, jobj, lmtests_json, sarlm_json

# --- the sample --------------------------------------------------------------------------------
shp <- st_read(file.path(dir, "boundaries/westminster_const_region_gb_2014_bng.shp"), quiet = TRUE)
a <- read.csv(file.path(dir, "elections/uk_ge2017_by_constituency.csv"))
b <- read.csv(file.path(dir, "elections/uk_ge2019_by_constituency.csv"))
cv <- read.csv(file.path(dir, "covariates/uk_census2011_by_constituency.csv"))
covs <- c("degree", "nssecroutine", "age_65_to_74", "ethnicity_white_british", "fulltime_student")
d <- data.frame(key = shp$CODE)
ia <- match(d$key, a$ons_id)
ib <- match(d$key, b$ons_id)
d$y <- 100 * b$LAB[ib] / b$valid_votes[ib] - 100 * a$LAB[ia] / a$valid_votes[ia]
d$w <- b$valid_votes[ib]
for (c in covs) d[[c]] <- cv[[c]][match(d$key, cv$ons_id)]
unmatched <- function(t) setdiff(t$ons_id, d$key)
stopifnot(all(!is.na(d$y)), all(d$w > 0))
# the first covariate missing names the reason, as SwingMap's report does
reason <- apply(d[covs], 1, function(r) if (any(is.na(r))) paste("missing", covs[which(is.na(r))[1]]) else "")
keep <- reason == ""
m <- d[keep, ]

out <- c(areas = nrow(d), n = nrow(m), dropped = sum(!keep),
         unmatched_2017 = length(unmatched(a)), unmatched_2019 = length(unmatched(b)),
         unmatched_census = length(unmatched(cv)))
for (r in unique(reason[!keep])) out[paste0("dropped:", gsub(" ", "_", r))] <- sum(reason == r)
for (k in unmatched(b)) out[paste0("unmatched_2019:", k)] <- 1

# --- weighted least squares ----------------------------------------------------------------------
fit <- lm(reformulate(covs, "y"), data = m, weights = w)
s <- summary(fit)
hc3 <- sqrt(diag(vcovHC(fit, type = "HC3")))
# car::vif for single-column terms: the correlation form of vcov without the intercept
Rv <- cov2cor(vcov(fit)[-1, -1])
vif <- sapply(seq_len(ncol(Rv)), function(j) det(Rv[-j, -j, drop = FALSE]) / det(Rv))
Xw <- sqrt(m$w) * model.matrix(fit)
out <- c(out, r_squared = s$r.squared, adj_r_squared = s$adj.r.squared,
         f_statistic = unname(s$fstatistic[1]), aic = AIC(fit), log_lik = as.numeric(logLik(fit)),
         sigma = s$sigma,
         condition_number = kappa(sweep(Xw, 2, sqrt(colSums(Xw^2)), "/"), exact = TRUE))
co <- coef(s)
for (i in seq_len(nrow(co))) {
  t <- rownames(co)[i]
  out[paste0("estimate:", t)] <- co[i, 1]
  out[paste0("std_error:", t)] <- co[i, 2]
  out[paste0("t:", t)] <- co[i, 3]
  out[paste0("p:", t)] <- co[i, 4]
  out[paste0("hc3_std_error:", t)] <- hc3[i]
  if (i > 1) out[paste0("vif:", t)] <- vif[i - 1]
}
fmt <- function(df) { for (j in seq_along(df)) if (is.numeric(df[[j]])) df[[j]] <- sprintf("%.17g", df[[j]]); df }
write.csv(fmt(data.frame(key = m$key, y = m$y, w = m$w, fitted = fitted(fit),
                         residual = residuals(fit), hat = hatvalues(fit),
                         cooks = cooks.distance(fit), rstandard = rstandard(fit))),
          "gb_lab_2017_2019_areas.csv", row.names = FALSE, quote = FALSE)

# --- neighbours ------------------------------------------------------------------------------------
nb <- poly2nb(shp, queen = TRUE)
islands <- which(card(nb) == 0)
xy <- st_coordinates(st_centroid(st_geometry(shp)))
link_islands <- function(nb) {
  adj <- lapply(nb, function(v) v[v > 0])
  for (i in which(card(nb) == 0)) {
    dist <- sqrt((xy[, 1] - xy[i, 1])^2 + (xy[, 2] - xy[i, 2])^2)
    dist[i] <- Inf
    j <- which.min(dist)
    adj[[i]] <- sort(unique(c(adj[[i]], j)))
    adj[[j]] <- sort(unique(c(adj[[j]], i)))
  }
  adj <- lapply(adj, function(v) if (length(v)) as.integer(v) else 0L)
  structure(adj, class = "nb", region.id = attr(nb, "region.id"), type = "queen", sym = TRUE)
}
nbl <- link_islands(nb)
nbm <- subset(nb, keep)
nblm <- subset(nbl, keep)
out <- c(out, links = sum(card(nb)), islands = length(islands),
         linked_links = sum(card(nbl)), linked_islands = sum(card(nbl) == 0),
         model_links = sum(card(nbm)), model_islands = sum(card(nbm) == 0),
         linked_model_links = sum(card(nblm)), linked_model_islands = sum(card(nblm) == 0))
for (i in islands) {
  out[paste0("island:", d$key[i])] <- 1
  out[paste0("island_link:", d$key[i])] <- nbl[[i]][1] - 1 # 0-based area index it is linked to
}
for (i in which(keep)[card(nbm) == 0]) out[paste0("model_island:", d$key[i])] <- 1

# --- Moran, LM tests, ML spatial models ------------------------------------------------------------
# R's lambda / rho SE: analytical, or a numerical Hessian when its asymptotic covariance fails
sarlm_json_ase <- function(m)
  sub("}$", paste0(',"se_numerical":', if (m$ase) "false" else "true", "}"), sarlm_json(m))
f <- reformulate(covs, "y")
mn <- m
mn$w <- m$w / mean(m$w)
spatial <- function(prefix, nbs) {
  lw <- nb2listw(nbs, style = "W", zero.policy = TRUE)
  mt <- lm.morantest(fit, lw, zero.policy = TRUE)
  out[paste0(prefix, "moran_i")] <<- unname(mt$estimate[1])
  out[paste0(prefix, "moran_expectation")] <<- unname(mt$estimate[2])
  out[paste0(prefix, "moran_variance")] <<- unname(mt$estimate[3])
  out[paste0(prefix, "moran_z")] <<- unname(mt$statistic)
  out[paste0(prefix, "moran_p")] <<- mt$p.value
  lag <- lagsarlm(f, data = m, listw = lw, method = "eigen", zero.policy = TRUE)
  err <- errorsarlm(f, data = m, listw = lw, weights = w, method = "eigen", zero.policy = TRUE)
  err_n <- errorsarlm(f, data = mn, listw = lw, weights = w, method = "eigen", zero.policy = TRUE)
  jobj(lmtests = lmtests_json(fit, lw), lag_eigen = sarlm_json_ase(lag),
       error_eigen = sarlm_json_ase(err), error_scaled_weights_eigen = sarlm_json_ase(err_n))
}
sp <- jobj(queen = spatial("", nbm), linked = spatial("linked_", nblm))
writeLines(paste0('{"generator":"', sprintf("R %s, spdep %s, spatialreg %s, sf %s", getRversion(),
                  packageVersion("spdep"), packageVersion("spatialreg"), packageVersion("sf")),
                  '",\n', substring(sp, 2)), "gb_lab_2017_2019_spatial.json")

# --- LISA of the outcome over every area with one (all 632: the outcome needs no covariate) ------
has <- !is.na(d$y) & !st_is_empty(shp)
lisa <- function(nbs) localmoran(d$y[has], nb2listw(subset(nbs, has), style = "W", zero.policy = TRUE),
                                 zero.policy = TRUE)
lq <- lisa(nb)
ll <- lisa(nbl)
write.csv(fmt(data.frame(key = d$key[has], y = d$y[has],
                         Ii = lq[, 1], E = lq[, 2], Var = lq[, 3], Z = lq[, 4], p = lq[, 5],
                         linked_Ii = ll[, 1], linked_E = ll[, 2], linked_Var = ll[, 3],
                         linked_Z = ll[, 4], linked_p = ll[, 5])),
          "gb_lab_2017_2019_lisa.csv", row.names = FALSE, quote = FALSE, na = "NA")

# --- GWR: adaptive bisquare on the model areas' centroids, weights = valid votes ----------------
X <- model.matrix(fit)
gxy <- xy[keep, 1:2]
aiccAt <- function(k) gwrFit(X, m$y, gxy, k, m$w)$aicc
kGolden <- goldenSection(aiccAt, 40 + 2 * ncol(X), nrow(X))
g <- gwrFit(X, m$y, gxy, kGolden, m$w)
out <- c(out, gwr_k = kGolden, gwr_aicc = g$aicc, gwr_aic = g$aic, gwr_rss = g$rss,
         gwr_trace_s = g$trS, gwr_trace_sts = g$trStS, gwr_r_squared = g$r2,
         gwr_adj_r_squared = g$adjr2, gwr_sigma = g$sigma)
gdf <- data.frame(key = m$key, g$coef, g$se, g$localR2, g$fitted, g$residual)
names(gdf) <- c("key", paste0("coef:", colnames(X)), paste0("se:", colnames(X)), "local_r2",
                "fitted", "residual")
write.csv(fmt(gdf), "gb_lab_2017_2019_gwr.csv", row.names = FALSE, quote = FALSE)

con <- file("gb_lab_2017_2019.txt", "w")
writeLines(sprintf("# R %s, spdep %s, spatialreg %s, sandwich %s, sf %s", getRversion(),
                   packageVersion("spdep"), packageVersion("spatialreg"),
                   packageVersion("sandwich"), packageVersion("sf")), con)
writeLines(sprintf("%s %.17g", names(out), out), con)
close(con)
