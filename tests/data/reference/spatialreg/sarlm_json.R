# JSON writers shared by the R fixture scripts (make_fixture.R here and
# ../gb_westminster/gb_lab_2017_2019.R): numbers with 17 significant digits, spdep::lm.LMtests
# and spatialreg::lagsarlm / errorsarlm results as the objects tests/common/*.h read.
# Source it from the calling script's folder (scripts are run from their own folder).
num <- function(x) {
  x <- as.numeric(x)
  s <- sprintf("%.17g", x)
  s[is.infinite(x) & x > 0] <- "1e308"
  s
}
jarr <- function(x) paste0("[", paste(num(x), collapse = ","), "]")
jstr <- function(x) paste0("[", paste0('"', x, '"', collapse = ","), "]")
jobj <- function(...) {
  v <- list(...)
  paste0("{", paste0('"', names(v), '":', unlist(v), collapse = ","), "}")
}
lmtests_json <- function(fit, lw) {
  lt <- lm.LMtests(fit, lw, test = "all", zero.policy = TRUE)
  one <- function(t) jobj(statistic = num(t$statistic), df = num(t$parameter), p = num(t$p.value))
  jobj(rsErr = one(lt$LMerr), rsLag = one(lt$LMlag), adjRsErr = one(lt$RLMerr),
       adjRsLag = one(lt$RLMlag), sarma = one(lt$SARMA))
}

sarlm_json <- function(m) {
  s <- summary(m)
  kind <- if (m$type == "error") "error" else "lag"
  coef <- if (kind == "error") m$lambda else m$rho
  se <- if (kind == "error") m$lambda.se else m$rho.se
  co <- s$Coef
  lr <- s$LR1
  jobj(kind = paste0('"', kind, '"'), method = paste0('"', m$method, '"'),
       coefficient = num(coef), se = num(se), z = num(coef / se),
       p = num(2 * (1 - pnorm(abs(coef / se)))),
       names = jstr(rownames(co)), estimate = jarr(co[, 1]), std_error = jarr(co[, 2]),
       z_value = jarr(co[, 3]), p_value = jarr(co[, 4]),
       log_lik = num(logLik(m)), aic = num(AIC(m)), sigma2 = num(m$s2),
       lr_statistic = num(lr$statistic), lr_df = num(lr$parameter), lr_p = num(lr$p.value),
       ols_log_lik = num(m$logLik_lm.model), interval = jarr(m$interval))
}
