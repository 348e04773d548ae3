# R's glm on freMTPL2 with the GLM1 coding of Noll, Salzmann and Wuthrich (2020), SSRN 3164764:
# the baseline `npm run bench -- fremtpl2` times `telisik train --family poisson` against.
# Usage: Rscript fremtpl2-glm1.R freMTPL2freq.csv  (the bench exports the Parquet file to CSV:
# base R reads no Parquet). Prints one line: read_s fit_s in_sample out_of_sample (10^-2).
args <- commandArgs(trailingOnly = TRUE)
t0 <- proc.time()[["elapsed"]]
d <- read.csv(args[1], colClasses = c(IDpol = "numeric", ClaimNb = "numeric", Exposure = "numeric", Area = "character",
  VehPower = "integer", VehAge = "integer", DrivAge = "integer", BonusMalus = "integer", VehBrand = "character",
  VehGas = "character", Density = "numeric", Region = "character", set = "character"))
t1 <- proc.time()[["elapsed"]]
d$ClaimNb <- pmin(d$ClaimNb, 4)
d$Exposure <- pmin(d$Exposure, 1)
d$AreaGLM <- match(d$Area, c("A", "B", "C", "D", "E", "F"))
d$VehPowerGLM <- relevel(factor(pmin(d$VehPower, 9)), ref = "4")
d$VehAgeGLM <- relevel(cut(d$VehAge, c(-Inf, 1, 11, Inf), right = FALSE), ref = 2)
d$DrivAgeGLM <- relevel(cut(d$DrivAge, c(-Inf, 21, 26, 31, 41, 51, 71, Inf), right = FALSE), ref = 5)
d$BonusMalusGLM <- pmin(d$BonusMalus, 150)
d$DensityGLM <- log(d$Density)
d$VehBrand <- relevel(factor(d$VehBrand), ref = "B1")
d$VehGas <- relevel(factor(d$VehGas), ref = "Diesel")
d$Region <- relevel(factor(d$Region), ref = "R24")
learn <- d[d$set == "learn", ]
test <- d[d$set == "test", ]
fit <- glm(ClaimNb ~ AreaGLM + VehPowerGLM + VehAgeGLM + DrivAgeGLM + BonusMalusGLM + VehBrand + VehGas + DensityGLM + Region,
  data = learn, offset = log(Exposure), family = poisson())
t2 <- proc.time()[["elapsed"]]
dev <- function(y, mu) 200 * mean(mu - y + ifelse(y > 0, y * log(y / mu), 0))
pred <- predict(fit, newdata = test, offset = log(test$Exposure), type = "response")
cat(sprintf("read_s=%.3f fit_s=%.3f parameters=%d in_sample=%.5f out_of_sample=%.5f\n", t1 - t0, t2 - t1, length(coef(fit)),
  dev(learn$ClaimNb, fitted(fit)), dev(test$ClaimNb, pred)))
