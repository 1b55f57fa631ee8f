# Reference numbers for tests/core/tst_lmtests.cpp and tests/core/tst_spatialreg.cpp.
# Run from this folder:
#   Rscript make_fixture.R [../../../../../shared/data/de_bundestag_wahlkreise_2021_2025]
# Writes lattice.json, lattice_large.json and de_spd.json: every input the C++ tests need (y, the
# design X with the intercept first, regression weights w, 0-based neighbour lists) and R's
# results, all numbers with 17 significant digits.
#   lattice       15 x 12 queen lattice (spdep::cell2nb) plus one island; planted lag rho = 0.5
#   lattice_large 45 x 40 queen lattice (n = 1800 > 1500: method = "LU" uses R's numerical Hessian)
#   de_spd        the 299 Bundestag constituencies, SPD share change 2021-2025 (real data)
# Regression weights: spdep::lm.LMtests takes the weighted lm; spatialreg::errorsarlm has
# weights=; spatialreg::lagsarlm has no weights argument, so the lag model is unweighted.
suppressPackageStartupMessages({library(sf); library(spdep); library(spatialreg)})
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args)) args[1] else "../../../../../shared/data/de_bundestag_wahlkreise_2021_2025"

source("sarlm_json.R") # num, jarr, jstr, jobj, lmtests_json, sarlm_json
jmat <- function(m) paste0("[", paste(apply(m, 1, jarr), collapse = ",\n"), "]")
jnb <- function(nb) paste0("[", paste(sapply(nb, function(v) {
  v <- v[v > 0]
  if (length(v)) paste0("[", paste(v - 1L, collapse = ","), "]") else "[]"
}), collapse = ","), "]")

write_case <- function(file, d, covs, nb, models = TRUE, extra = list()) {
  lw <- nb2listw(nb, style = "W", zero.policy = TRUE)
  f <- reformulate(covs, "y")
  fit <- lm(f, data = d, weights = w)
  X <- model.matrix(fit)
  parts <- list(n = num(nrow(d)), names = jstr(colnames(X)), y = jarr(d$y), w = jarr(d$w),
                X = jmat(X), nb = jnb(nb), lmtests = lmtests_json(fit, lw))
  if (models) {
    lag_e <- lagsarlm(f, data = d, listw = lw, method = "eigen", zero.policy = TRUE)
    err_e <- errorsarlm(f, data = d, listw = lw, weights = w, method = "eigen", zero.policy = TRUE)
    lag_lu <- lagsarlm(f, data = d, listw = lw, method = "LU", zero.policy = TRUE)
    err_lu <- errorsarlm(f, data = d, listw = lw, weights = w, method = "LU", zero.policy = TRUE)
    err_u <- errorsarlm(f, data = d, listw = lw, method = "eigen", zero.policy = TRUE)
    # Weights scaled to mean 1: the same model (the likelihood is invariant to the scale of w),
    # but R's asymptotic covariance then inverts (with raw vote counts as weights its
    # solve(tol = .Machine$double.eps) fails and errorsarlm falls back to a numerical Hessian).
    dn <- d
    dn$w <- d$w / mean(d$w)
    err_n <- errorsarlm(f, data = dn, listw = lw, weights = w, method = "eigen", zero.policy = TRUE)
    parts <- c(parts, list(lag_eigen = sarlm_json(lag_e), error_eigen = sarlm_json(err_e),
                           lag_lu = sarlm_json(lag_lu), error_lu = sarlm_json(err_lu),
                           error_unweighted_eigen = sarlm_json(err_u),
                           error_scaled_weights_eigen = sarlm_json(err_n),
                           error_eigen_se_numerical = if (err_e$ase) "false" else "true"))
  } else {
    lag_lu <- lagsarlm(f, data = d, listw = lw, method = "LU", zero.policy = TRUE)
    err_lu <- errorsarlm(f, data = d, listw = lw, weights = w, method = "LU", zero.policy = TRUE)
    parts <- c(parts, list(lag_lu = sarlm_json(lag_lu), error_lu = sarlm_json(err_lu)))
  }
  parts <- c(parts, extra)
  header <- sprintf('"generator":"%s"', sprintf("R %s, spdep %s, spatialreg %s, sf %s",
    getRversion(), packageVersion("spdep"), packageVersion("spatialreg"), packageVersion("sf")))
  body <- paste0('"', names(parts), '":', unlist(parts), collapse = ",\n")
  writeLines(paste0("{", header, ",\n", body, "}"), file)
}

# lagsarlm has no weights argument (R refuses it): document that in the fixture.
lag_weights_refused <- inherits(try(lagsarlm(y ~ x, data = data.frame(y = rnorm(4), x = 1:4),
  listw = nb2listw(cell2nb(2, 2)), weights = rep(1, 4)), silent = TRUE), "try-error")
stopifnot(lag_weights_refused)

# --- lattice: 15 x 12 queen lattice plus one island (area 181), planted lag rho = 0.5 ---------
lattice_case <- function(rows, cols, island, seed) {
  set.seed(seed)
  nb0 <- cell2nb(rows, cols, type = "queen")
  nbl <- lapply(seq_along(nb0), function(i) as.integer(nb0[[i]]))
  if (island) nbl <- c(nbl, list(0L))
  n <- length(nbl)
  nb <- structure(nbl, class = "nb", region.id = as.character(seq_len(n)), type = "queen",
                  sym = TRUE)
  lw <- nb2listw(nb, style = "W", zero.policy = TRUE)
  x1 <- rnorm(n, 10, 3)
  x2 <- runif(n, 0, 50)
  w <- round(runif(n, 500, 5000))
  eps <- rnorm(n, 0, 2)
  W <- as(lw, "CsparseMatrix")
  y <- as.vector(solve(Diagonal(n) - 0.5 * W, 4 + 0.8 * x1 - 0.1 * x2 + eps))
  noise <- 4 + 0.8 * x1 - 0.1 * x2 + rnorm(n, 0, 2)
  list(d = data.frame(y = y, x1 = x1, x2 = x2, w = w), noise = noise, nb = nb)
}

lat <- lattice_case(15, 12, TRUE, 20250611)
dn <- lat$d
dn$y <- lat$noise
lwl <- nb2listw(lat$nb, style = "W", zero.policy = TRUE)
write_case("lattice.json", lat$d, c("x1", "x2"), lat$nb, extra = list(
  planted_rho = num(0.5), y_noise = jarr(lat$noise),
  noise_lmtests = lmtests_json(lm(y ~ x1 + x2, data = dn, weights = w), lwl)))

# Exact observed information (Hessian of the log-likelihood with sigma^2 concentrated out, the
# log-determinant's second derivative -sum((e/(1 - rho e))^2) from the eigenvalues): what R's
# method = "LU" approximates by finite differences (nlme::fdHess) for n > 1500.
observed_se <- function(d, nb, kind) {
  lw <- nb2listw(nb, style = "W", zero.policy = TRUE)
  W <- as(lw, "CsparseMatrix")
  X <- model.matrix(~ x1 + x2, d)
  n <- nrow(X)
  eig <- Re(eigen(as.matrix(W), only.values = TRUE)$values)
  wy <- as.vector(W %*% d$y)
  if (kind == "lag") {
    m <- lagsarlm(y ~ x1 + x2, data = d, listw = lw, method = "LU", zero.policy = TRUE)
    rho <- m$rho
    e <- as.vector(d$y - rho * wy - X %*% m$coefficients)
    J <- cbind(-wy, -X)
    cross <- matrix(0, ncol(J), ncol(J))
  } else {
    m <- errorsarlm(y ~ x1 + x2, data = d, listw = lw, weights = w, method = "LU",
                    zero.policy = TRUE)
    rho <- m$lambda
    sw <- sqrt(d$w)
    WX <- as.matrix(W %*% X)
    b <- m$coefficients
    e <- sw * as.vector(d$y - rho * wy - (X - rho * WX) %*% b)
    J <- cbind(-sw * as.vector(wy - WX %*% b), -sw * (X - rho * WX))
    cross <- matrix(0, ncol(J), ncol(J))
    cross[1, -1] <- cross[-1, 1] <- crossprod(sw * WX, e)
  }
  sse <- sum(e^2)
  g <- 2 * crossprod(J, e)
  H <- -(n / 2) * (2 * (crossprod(J) + cross) / sse - g %*% t(g) / sse^2)
  H[1, 1] <- H[1, 1] - sum((eig / (1 - rho * eig))^2)
  sqrt(diag(solve(-H)))
}

big <- lattice_case(45, 40, FALSE, 7)
write_case("lattice_large.json", big$d, c("x1", "x2"), big$nb, models = FALSE, extra = list(
  lag_observed_se = jarr(observed_se(big$d, big$nb, "lag")),
  error_observed_se = jarr(observed_se(big$d, big$nb, "error"))))

# --- German Bundestag constituencies: SPD share change 2025 - 2021 (as de_spd_2021_2025.R) ------
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
nb <- poly2nb(shp, queen = TRUE)
write_case("de_spd.json", d, covs, nb)
