# Reference neighbour lists for tests/gis/tst_contiguity_voronoi.cpp: a synthetic Voronoi layer
# (as tools/make_synthetic.py builds national layers) of 954 cells in a 10 km square: 900 random
# seeds (less those in the block) and a 10 x 10 block of lattice seeds, whose square cells meet
# four at a corner (queen and rook neighbours differ there).
#   queen: spdep::poly2nb(queen = TRUE)    rook: spdep::poly2nb(queen = FALSE)
# Run from this folder: Rscript voronoi_nb.R
# Writes cells.wkt (one polygon a line, in order; 10 significant digits, and the neighbours are
# computed on the polygons read back from that text, so R and the test see the same vertices)
# and voronoi_nb.txt: "<type> <index> <0-based neighbours, comma separated or ->".
suppressPackageStartupMessages({library(sf); library(spdep)})
set.seed(20261124)
random <- cbind(runif(900, 0, 10000), runif(900, 0, 10000))
random <- random[!(random[, 1] > 2000 & random[, 1] < 4000 & random[, 2] > 2000 &
                   random[, 2] < 4000), ]
lattice <- as.matrix(expand.grid(2050 + 200 * (0:9), 2050 + 200 * (0:9)))
pts <- rbind(random, lattice)
box <- st_as_sfc(st_bbox(c(xmin = 0, ymin = 0, xmax = 10000, ymax = 10000)))
cells <- st_collection_extract(st_voronoi(st_multipoint(pts), envelope = box), "POLYGON")
cells <- st_intersection(st_sfc(cells), box)
# in the order of the seeds
cells <- cells[unlist(st_intersects(st_sfc(lapply(seq_len(nrow(pts)), function(i)
  st_point(pts[i, ]))), cells))]
wkt <- st_as_text(cells, digits = 10)
writeLines(wkt, "cells.wkt")
back <- st_as_sfc(readLines("cells.wkt"))
lists <- list(queen = poly2nb(back, queen = TRUE), rook = poly2nb(back, queen = FALSE))
con <- file("voronoi_nb.txt", "w")
writeLines(sprintf("# R %s, spdep %s, sf %s, GEOS %s", getRversion(), packageVersion("spdep"),
                   packageVersion("sf"), sf_extSoftVersion()[["GEOS"]]), con)
for (type in names(lists)) {
  nb <- lists[[type]]
  for (i in seq_along(nb)) {
    v <- nb[[i]]
    writeLines(sprintf("%s %d %s", type, i - 1,
                       if (length(v) == 1 && v[1] == 0) "-" else paste(v - 1, collapse = ",")), con)
  }
}
close(con)
