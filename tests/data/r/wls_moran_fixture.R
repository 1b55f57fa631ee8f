# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reference numbers for core/wls.cpp and core/moran.cpp.
# Run from the repository root:  Rscript tests/data/r/wls_moran_fixture.R
# Writes tests/data/r/wls_moran_fixture.json (plain JSON, numbers with 17 significant digits).
# Needs Debian packages r-base-core r-cran-sandwich r-cran-spdep.

suppressPackageStartupMessages({
    library(sandwich)
    library(spdep)
})

out_file <- file.path("tests", "data", "r", "wls_moran_fixture.json")

num <- function(x) {
    ifelse(is.na(x), "null", ifelse(is.infinite(x), ifelse(x > 0, "1e308", "-1e308"),
                                    sprintf("%.17g", x)))
}
jvec <- function(x) paste0("[", paste(num(as.numeric(x)), collapse = ","), "]")
jint <- function(x) paste0("[", paste(as.integer(x), collapse = ","), "]")
jstr <- function(x) paste0("[", paste0("\"", x, "\"", collapse = ","), "]")
jmat <- function(m) paste0("[", paste(apply(m, 1, jvec), collapse = ",\n"), "]")
jobj <- function(fields) {
    paste0("{", paste0("\"", names(fields), "\": ", unlist(fields), collapse = ",\n"), "}")
}
nb_json <- function(nb) {
    rows <- vapply(nb, function(v) if (length(v) == 1L && v[1] == 0L) "[]" else jint(v - 1L), "")
    paste0("[", paste(rows, collapse = ","), "]")
}

# Belsley condition number: sqrt(w)-scaled design, columns scaled to unit length.
belsley_kappa <- function(X, w) {
    Xw <- sqrt(w) * X
    Xs <- sweep(Xw, 2, sqrt(colSums(Xw^2)), "/")
    kappa(Xs, exact = TRUE)
}

# VIF as car::vif() computes it for single-column terms: from the correlation form of vcov
# without the intercept, VIF_j = det(R[-j, -j]) / det(R).
vif_from_vcov <- function(fit) {
    R <- cov2cor(vcov(fit)[-1, -1, drop = FALSE])
    if (ncol(R) < 2) return(c(0, 1))
    c(0, vapply(seq_len(ncol(R)), function(j) det(R[-j, -j, drop = FALSE]) / det(R), 0))
}

lm_json <- function(fit, X, y, w) {
    s <- summary(fit)
    cf <- s$coefficients
    pos <- w > 0
    # sandwich 3.0.2 and rstandard() mis-align rows when some weights are zero (hatvalues() has
    # only the positive-weight rows), so HC3 and rstandard come from the fit on those rows.
    fit_pos <- lm(y ~ ., data = data.frame(y = y, X[, -1, drop = FALSE], check.names = FALSE),
                  weights = w, subset = pos)
    rs <- numeric(length(y))
    rs[pos] <- rstandard(fit_pos)
    jobj(list(
        coef = jvec(cf[, 1]), se = jvec(cf[, 2]), t = jvec(cf[, 3]), p = jvec(cf[, 4]),
        hc3 = jvec(sqrt(diag(vcovHC(fit_pos, type = "HC3")))),
        vif = jvec(vif_from_vcov(fit)),
        sigma = num(s$sigma), r2 = num(s$r.squared), adjr2 = num(s$adj.r.squared),
        f = num(s$fstatistic[1]), fdf1 = num(s$fstatistic[2]), fdf2 = num(s$fstatistic[3]),
        fp = num(pf(s$fstatistic[1], s$fstatistic[2], s$fstatistic[3], lower.tail = FALSE)),
        aic = num(AIC(fit)), loglik = num(as.numeric(logLik(fit))),
        n = num(sum(pos)), zero_weight_rows = num(sum(!pos)),
        kappa = num(belsley_kappa(X[pos, , drop = FALSE], w[pos])),
        fitted = jvec(fitted(fit)), residuals = jvec(residuals(fit)), rstandard = jvec(rs),
        xtwx_inverse = jmat(s$cov.unscaled)))
}

moran_json <- function(fit, nb) {
    lw <- nb2listw(nb, style = "W", zero.policy = TRUE)
    mt <- lm.morantest(fit, lw, zero.policy = TRUE, alternative = "greater")
    jobj(list(i = num(mt$estimate[1]), expectation = num(mt$estimate[2]),
              variance = num(mt$estimate[3]), z = num(mt$statistic), p = num(mt$p.value),
              islands = num(sum(card(nb) == 0L))))
}

case_json <- function(name, X, y, w, nb = NULL, expect_error = NULL) {
    df <- data.frame(y = y, X[, -1, drop = FALSE], check.names = FALSE)
    fit <- lm(y ~ ., data = df, weights = w)
    fields <- list(name = paste0("\"", name, "\""), names = jstr(colnames(X)),
                   X = jmat(X), y = jvec(y), w = jvec(w))
    if (!is.null(nb)) fields$nb <- nb_json(nb)
    if (!is.null(expect_error)) {
        aliased <- names(which(is.na(coef(fit))))
        fields$aliased <- jstr(gsub("`", "", aliased))
        fields$expect_error <- jstr(expect_error)
    } else {
        fields$lm <- lm_json(fit, X, y, w)
        if (!is.null(nb)) fields$moran <- moran_json(fit, nb)
    }
    jobj(fields)
}

design <- function(...) {
    cols <- list(...)
    X <- cbind(1, do.call(cbind, cols))
    colnames(X) <- c("(Intercept)", names(cols))
    X
}

make_island <- function(nb, i) {
    for (j in nb[[i]]) if (j > 0L) {
        rest <- setdiff(nb[[j]], i)
        nb[[j]] <- if (length(rest)) as.integer(rest) else 0L
    }
    nb[[i]] <- 0L
    nb
}

# Case 1: 12 x 10 queen lattice, two islands, three covariates, spatially smooth outcome.
set.seed(20240611)
nb1 <- cell2nb(12, 10, type = "queen")
nb1 <- make_island(make_island(nb1, 5L), 77L)
n1 <- length(nb1)
x_deg <- rnorm(n1, 30, 8)
x_age <- runif(n1, 25, 60)
x_den <- rexp(n1, 1 / 500)
noise <- rnorm(n1)
smooth <- noise + lag.listw(nb2listw(nb1, style = "W", zero.policy = TRUE), noise,
                            zero.policy = TRUE) * 0.8
y1 <- 2 + 0.15 * x_deg - 0.05 * x_age + 0.001 * x_den + smooth * 1.5
w1 <- round(runif(n1, 50, 3000)) * (1 + (seq_len(n1) %% 7 == 0) * 3)
X1 <- design(`pct degree` = x_deg, median_age = x_age, density = x_den)

# Case 2: 60 random points, 4 nearest neighbours (asymmetric), one area with an empty own list
# that still appears in others' lists; heteroskedastic errors.
set.seed(7)
n2 <- 60
coords <- cbind(runif(n2), runif(n2))
nb2 <- knn2nb(knearneigh(coords, k = 4))
nb2[[9]] <- 0L
a <- rnorm(n2)
b <- rbinom(n2, 20, 0.3)
y2 <- 1 - 0.7 * a + 0.2 * b + rnorm(n2) * (0.5 + abs(a))
w2 <- runif(n2, 0.2, 5)
X2 <- design(a = a, b = b)

# Case 3: zero weights (excluded from the fit as lm does); no Moran test.
set.seed(11)
n3 <- 40
u1 <- rnorm(n3); u2 <- runif(n3); u3 <- rnorm(n3, 5)
y3 <- 0.3 + u1 - 2 * u2 + 0.5 * u3 + rnorm(n3, sd = 0.4)
w3 <- round(runif(n3, 1, 100))
w3[c(4, 23)] <- 0
X3 <- design(u1 = u1, u2 = u2, u3 = u3)

# Case 4: one covariate only.
set.seed(3)
n4 <- 25
v <- rnorm(n4)
y4 <- 4 + 2 * v + rnorm(n4)
w4 <- runif(n4, 1, 3)
X4 <- design(v = v)

# Case 5: collinear covariates (affine): lm gives NA for the later one.
set.seed(5)
n5 <- 30
c1 <- rnorm(n5); c2 <- rnorm(n5)
c3 <- 2 * c1 + 5
y5 <- c1 + c2 + rnorm(n5)
w5 <- runif(n5, 1, 2)
X5 <- design(share_a = c1, share_b = c2, share_c = c3)

cases <- c(
    case_json("lattice_islands", X1, y1, w1, nb1),
    case_json("knn_asymmetric", X2, y2, w2, nb2),
    case_json("zero_weights", X3, y3, w3),
    case_json("one_covariate", X4, y4, w4),
    case_json("collinear", X5, y5, w5, expect_error = c("share_a", "share_c")))

t_grid <- expand.grid(t = c(0, 0.5, -1.96, 2.5, -3, 10, 40), df = c(1, 2.5, 5, 30, 117, 1e5, 450000))
t_grid$p <- 2 * pt(-abs(t_grid$t), t_grid$df)
f_grid <- data.frame(f = c(0, 0.3, 1, 2.5, 4.2, 12, 150, 3.3, 0.9),
                     df1 = c(1, 3, 2, 5, 1, 10, 4, 20, 7),
                     df2 = c(10, 116, 57, 30, 3, 200, 450000, 1e5, 1.5))
f_grid$p <- pf(f_grid$f, f_grid$df1, f_grid$df2, lower.tail = FALSE)

versions <- paste0(R.version.string, "; sandwich ", packageVersion("sandwich"),
                   "; spdep ", packageVersion("spdep"))
json <- jobj(list(
    generated_by = "\"tests/data/r/wls_moran_fixture.R\"",
    versions = paste0("\"", versions, "\""),
    cases = paste0("[", paste(cases, collapse = ",\n"), "]"),
    student_t = jobj(list(t = jvec(t_grid$t), df = jvec(t_grid$df), p = jvec(t_grid$p))),
    f_dist = jobj(list(f = jvec(f_grid$f), df1 = jvec(f_grid$df1), df2 = jvec(f_grid$df2),
                       p = jvec(f_grid$p)))))
writeLines(json, out_file)
cat("wrote", out_file, "\n")
