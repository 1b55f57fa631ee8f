# SPDX-License-Identifier: GPL-3.0-or-later
# Reference GWR written from the definition (plain R, base matrix algebra; no GWR package is in
# Debian). Adaptive bisquare kernel over the k nearest points, the focal point counting as its own
# first neighbour and the k-th getting weight 0; optional observation weights multiply the kernel
# weights (the fit then equals the unweighted GWR of sqrt(w) y on sqrt(w) X).
# Run from this folder: Rscript gwr_reference.R   (writes synthetic_*.csv next to it)

bisquareWeights <- function(d, k) {
  b <- sort(d)[k]                      # distance to the k-th nearest, the focal point included
  ifelse(d < b, (1 - (d / b)^2)^2, 0)
}

gwrFit <- function(X, y, xy, k, obsw = rep(1, nrow(X))) {
  n <- nrow(X); p <- ncol(X)
  coef <- se <- matrix(0, n, p); S <- matrix(0, n, n); CCt <- matrix(0, n, p)
  K <- matrix(0, n, n)
  for (i in seq_len(n)) {
    d <- sqrt((xy[, 1] - xy[i, 1])^2 + (xy[, 2] - xy[i, 2])^2)
    K[i, ] <- bisquareWeights(d, k)
    w <- K[i, ] * obsw
    C <- solve(crossprod(X, w * X), t(w * X))          # p x n
    coef[i, ] <- C %*% y
    S[i, ] <- sqrt(obsw[i]) * (X[i, ] %*% C) / sqrt(obsw)   # hat matrix of the sqrt(w) problem
    CCt[i, ] <- rowSums(sweep(C, 2, obsw, `/`) * C)     # diag(C Omega^-1 C')
  }
  fitted <- rowSums(X * coef); res <- y - fitted
  rss <- sum(obsw * res^2); trS <- sum(diag(S)); trStS <- sum(S^2)
  sigma2 <- rss / (n - 2 * trS + trStS)
  aic <- n * log(2 * pi * rss / n) + n + 2 * (trS + 1)
  aicc <- 2 * n * log(sqrt(rss / n)) + n * log(2 * pi) + n * (n + trS) / (n - 2 - trS)
  ybar <- sum(obsw * y) / sum(obsw)
  r2 <- 1 - rss / sum(obsw * (y - ybar)^2)
  localR2 <- sapply(seq_len(n), function(i) {
    w <- K[i, ] * obsw; yb <- sum(w * y) / sum(w)
    1 - sum(w * res^2) / sum(w * (y - yb)^2)
  })
  list(coef = coef, se = sqrt(CCt * sigma2), fitted = fitted, residual = res, localR2 = localR2,
       rss = rss, trS = trS, trStS = trStS, aicc = aicc, aic = aic, r2 = r2,
       adjr2 = 1 - (1 - r2) * (n - 1) / (n - 2 * trS + trStS - 1), sigma = sqrt(sigma2))
}

# Golden-section search over whole numbers of neighbours as mgwr's Sel_BW documents it.
goldenSection <- function(f, a, c, delta = 0.38197, tol = 1e-6, maxIter = 200) {
  b <- a + delta * abs(c - a); d <- c - delta * abs(c - a)
  seen <- list(); diff <- 1e9; iter <- 0
  score <- function(x) {
    key <- as.character(x)
    if (is.null(seen[[key]])) seen[[key]] <<- f(x)
    seen[[key]]
  }
  while (abs(diff) > tol && iter < maxIter) {
    iter <- iter + 1; b <- round(b); d <- round(d)
    sb <- score(b); sd <- score(d)
    if (sb <= sd) { opt <- b; c <- d; d <- b; b <- a + delta * abs(c - a) }
    else { opt <- d; a <- b; b <- d; d <- c - delta * abs(c - a) }
    diff <- sb - sd
  }
  opt
}

fmt <- function(df) { for (j in seq_along(df)) df[[j]] <- sprintf("%.17g", df[[j]]); df }
writeFit <- function(fit, file) {
  p <- ncol(fit$coef)
  df <- data.frame(fit$coef, fit$se, fit$localR2, fit$fitted, fit$residual)
  names(df) <- c(paste0("coef", seq_len(p) - 1), paste0("se", seq_len(p) - 1), "localR2", "fitted",
                 "residual")
  write.csv(fmt(df), file, row.names = FALSE, quote = FALSE)
}
summaryRow <- function(name, k, fit) data.frame(case = name, k = k, aicc = fit$aicc, aic = fit$aic,
  rss = fit$rss, trS = fit$trS, trStS = fit$trStS, r2 = fit$r2, adjr2 = fit$adjr2, sigma = fit$sigma)

if (sys.nframe() == 0L) {
  # Deterministic synthetic data: a 'pseudo-random' but reproducible layout (no RNG dependence).
  n <- 300; i <- seq_len(n)
  px <- (i * 0.6180339887498949) %% 1 * 1000
  py <- (i * 0.7548776662466927) %% 1 * 1000
  x1 <- sin(i * 1.3) * 2 + cos(i * 0.37)
  x2 <- ((i * 0.4142135623730950) %% 1) * 4 - 2
  b1 <- 1 + 2 * px / 1000                              # varies smoothly west to east
  yv <- 3 + b1 * x1 - 0.5 * x2 + 1.5 * sin(i * 2.71)
  obsw <- 0.5 + ((i * 0.2360679774997897) %% 1)
  X <- cbind(1, x1, x2); xy <- cbind(px, py)
  write.csv(fmt(data.frame(x = px, y = py, x1 = x1, x2 = x2, yv = yv, w = obsw)),
            "synthetic_input.csv", row.names = FALSE, quote = FALSE)
  aiccAt <- function(k, w = rep(1, n)) gwrFit(X, yv, xy, k, w)$aicc
  kGolden <- goldenSection(aiccAt, 40 + 2 * ncol(X), n)
  kAll <- (40 + 2 * ncol(X)):n
  kExhaustive <- kAll[which.min(sapply(kAll, aiccAt))]
  fitA <- gwrFit(X, yv, xy, 60); fitB <- gwrFit(X, yv, xy, 60, obsw)
  fitG <- gwrFit(X, yv, xy, kGolden)
  writeFit(fitA, "synthetic_k60.csv"); writeFit(fitB, "synthetic_k60_weighted.csv")
  writeFit(fitG, "synthetic_golden.csv")
  s <- rbind(summaryRow("k60", 60, fitA), summaryRow("k60_weighted", 60, fitB),
             summaryRow("golden", kGolden, fitG), summaryRow("exhaustive", kExhaustive,
             gwrFit(X, yv, xy, kExhaustive)))
  s[-1] <- fmt(s[-1])
  write.csv(s, "synthetic_summary.csv", row.names = FALSE, quote = FALSE)
}
