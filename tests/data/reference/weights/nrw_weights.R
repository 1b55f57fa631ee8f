# Reference neighbour lists for tests/gis/tst_weights.cpp: the 64 NRW constituencies reprojected
# to EPSG:25832 (as SwingMap's "working_crs"), with
#   rook:     spdep::poly2nb(queen = FALSE)
#   knn5:     spdep::knn2nb(knearneigh(centroids, k = 5), sym = TRUE)
#   d30km:    spdep::dnearneigh(centroids, 0, 30000)
# centroids: sf::st_centroid of the projected polygons (planar).
# Run from this folder: Rscript nrw_weights.R [../../../../../shared/data/de_nrw_demo]
# Writes nrw_weights.txt: "<type> <index> <0-based neighbours, comma separated or ->".
suppressPackageStartupMessages({library(sf); library(spdep)})
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args)) args[1] else "../../../../../shared/data/de_nrw_demo"
shp <- st_transform(st_read(file.path(dir, "wkr2025_nrw.geojson"), quiet = TRUE), 25832)
xy <- st_coordinates(st_centroid(st_geometry(shp)))
lists <- list(
  queen = poly2nb(shp, queen = TRUE),
  rook = poly2nb(shp, queen = FALSE),
  knn5 = knn2nb(knearneigh(xy, k = 5), sym = TRUE),
  d30km = dnearneigh(xy, 0, 30000))
con <- file("nrw_weights.txt", "w")
writeLines(sprintf("# R %s, spdep %s, sf %s", getRversion(), packageVersion("spdep"),
                   packageVersion("sf")), con)
for (type in names(lists)) {
  nb <- lists[[type]]
  for (i in seq_along(nb)) {
    v <- nb[[i]]
    writeLines(sprintf("%s %d %s", type, i - 1,
                       if (length(v) == 1 && v[1] == 0) "-" else paste(v - 1, collapse = ",")), con)
  }
}
close(con)
