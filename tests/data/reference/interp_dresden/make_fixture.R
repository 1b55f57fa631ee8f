# SPDX-License-Identifier: GPL-3.0-or-later
# Reference for SwingMap's areal interpolation (tests/gis/tst_interpolate_real.cpp), written by
# hand as issue 6 asks: sf::st_interpolate_aw in sf 1.0.9 (Debian 12) misaligns rows when an
# intersection contains lines (sf issue #2005), so the interpolation is spelled out:
# st_intersection, keep the polygon parts, weight each piece by its share of the source area,
# sum per target. Run from the repository root:
#   Rscript tests/data/reference/interp_dresden/make_fixture.R [SHARED_DATA_DIR]
# (the same script writes the Karlsruhe fixture). Writes, per city, moved.csv (one row per target
# district, the moved counts) and totals.txt ("name value": source totals, the hand-made
# interpolation's totals, and st_interpolate_aw's totals for comparison).
suppressPackageStartupMessages(library(sf))
args <- commandArgs(trailingOnly = TRUE)
shared <- if (length(args) > 0) args[1] else "../shared/data"
out_root <- "tests/data/reference"

# The polygon parts of each row (lines and points from touching boundaries dropped).
polygon_parts <- function(x) {
  types <- as.character(st_geometry_type(x))
  coll <- types == "GEOMETRYCOLLECTION"
  if (any(coll)) {
    extracted <- st_collection_extract(x[coll, ], "POLYGON")
    x <- rbind(x[!coll, ], extracted)
  }
  x[st_dimension(x) == 2 & !st_is_empty(x), ]
}

interpolate_by_hand <- function(src, tgt, key_s, key_t, cols) {
  src$src_area <- as.numeric(st_area(src))
  # the same key name in both layers would come back as "<key>.1" from st_intersection
  tgt$target_key <- tgt[[key_t]]
  key_t <- "target_key"
  pieces <- st_intersection(src[, c(key_s, "src_area", cols)], tgt[, key_t])
  pieces <- polygon_parts(pieces)
  share <- as.numeric(st_area(pieces)) / pieces$src_area
  moved <- data.frame(key = tgt[[key_t]])
  for (col in cols) {
    sums <- tapply(pieces[[col]] * share, pieces[[key_t]], sum)
    v <- as.numeric(sums[moved$key])
    v[is.na(v)] <- 0
    moved[[col]] <- v
  }
  moved
}

write_moved <- function(moved, dir) {
  # 17 significant digits: the comparison is at 1e-6 relative
  out <- moved
  for (col in names(out)[-1]) out[[col]] <- sprintf("%.17g", out[[col]])
  write.csv(out, file.path(dir, "moved.csv"), row.names = FALSE, quote = FALSE)
}

run_city <- function(name, gpkg, src_layer, tgt_layer, key, csv, csv_key, cols, epsg) {
  dir <- file.path(out_root, name)
  src <- st_transform(st_read(gpkg, src_layer, quiet = TRUE), epsg)
  tgt <- st_transform(st_read(gpkg, tgt_layer, quiet = TRUE), epsg)
  res <- read.csv(csv, colClasses = c(code = "character"))
  res <- res[res$district_type == "urne", c(csv_key, cols)]
  src <- merge(src[, key], res, by.x = key, by.y = csv_key)
  stopifnot(nrow(src) == nrow(res))
  moved <- interpolate_by_hand(src, tgt[, key], key, key, cols)
  write_moved(moved, dir)
  aw <- suppressWarnings(st_interpolate_aw(src[, cols], tgt, extensive = TRUE))
  lines <- c(sprintf("# %s: %s -> %s in EPSG:%d, urne rows of %s; sf %s, GEOS %s",
                     name, src_layer, tgt_layer, epsg, basename(csv),
                     as.character(packageVersion("sf")), sf_extSoftVersion()[["GEOS"]]),
             sprintf("sources %d", nrow(src)), sprintf("targets %d", nrow(tgt)))
  for (col in cols) {
    lines <- c(lines,
               sprintf("source_total:%s %.17g", col, sum(src[[col]])),
               sprintf("by_hand_total:%s %.17g", col, sum(moved[[col]])),
               sprintf("interpolate_aw_total:%s %.17g", col, sum(aw[[col]])))
  }
  writeLines(lines, file.path(dir, "totals.txt"))
  cat(name, ": by hand valid", sum(moved$valid), " st_interpolate_aw valid", sum(aw$valid),
      " source valid", sum(src$valid), "\n")
}

dd <- file.path(shared, "de_dresden_wahlbezirke_2019_2024")
run_city("interp_dresden", file.path(dd, "boundaries/dresden_wahlbezirke.gpkg"),
         "wb_ltw2019", "wb_ltw2024", "wb", file.path(dd, "elections/2019_landtag.csv"), "code",
         c("electorate", "voters", "valid", "cdu", "afd", "linke", "gruene", "spd", "fdp",
           "sonstige"), 25833)
ka <- file.path(shared, "de_karlsruhe_wahlbezirke_btw2013_2017")
run_city("interp_karlsruhe", file.path(ka, "boundaries/karlsruhe_wahlbezirke.gpkg"),
         "wb_btw2013", "wb_btw2017", "code", file.path(ka, "elections/2013.csv"), "code",
         c("electorate", "voters", "valid", "cdu", "spd", "gruene", "fdp", "afd", "linke"),
         25832)
