// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/rasterfill.h"

#include <algorithm>
#include <cmath>

namespace swingmap {

namespace {

struct Edge {
    double ya, yb; ///< ya < yb
    double xa;     ///< x at ya
    double dxdy;
    int r0, r1; ///< rows whose centre lies in [ya, yb): [r0, r1)
};

/// Snap to 1/64 pixel (QPainter's own grid): shared borders snap identically on both sides.
double snap(double v) {
    // round half up through an integer conversion (inlined; std::round is a libm call here)
    if (std::isnan(v)) return v;
    const double s = std::clamp(v, -1e12, 1e12) * 64.0 + 0.5;
    auto i = static_cast<int64_t>(s);
    if (static_cast<double>(i) > s) --i; // floor for negatives
    return static_cast<double>(i) * (1.0 / 64.0);
}

int firstCentreAtOrAfter(double v) { // smallest i with i + 0.5 >= v (clamped, for far points)
    if (std::isnan(v)) return 0;
    const double c = std::clamp(v - 0.5, -1e9, 1e9);
    auto i = static_cast<int>(c); // ceil without a libm call
    if (static_cast<double>(i) < c) ++i;
    return i;
}

/// Fills one band of rows [y0, y1); scratch buffers are kept per band.
class BandFiller {
public:
    BandFiller(const PolygonLayer& layer, const ViewTransform& t, IdRaster& out, int y0, int y1)
        : m_layer(layer), m_t(t), m_out(out), m_y0(y0), m_y1(y1) {}

    void fill(std::size_t f) {
        const QRectF box = deviceBox(m_layer, f, m_t);
        if (box.bottom() < m_y0 - 1 || box.top() > m_y1 + 1 || box.right() < -1 ||
            box.left() > m_out.width + 1)
            return;
        const int cx0 = firstCentreAtOrAfter(box.left()), cx1 = firstCentreAtOrAfter(box.right());
        const int cy0 = firstCentreAtOrAfter(box.top()), cy1 = firstCentreAtOrAfter(box.bottom());
        if (cx0 >= cx1 || cy0 >= cy1) { // covers no pixel centre: the pixel under its centre
            const QPointF c = box.center();
            const int x = static_cast<int>(std::floor(c.x())),
                      y = static_cast<int>(std::floor(c.y()));
            if (x >= 0 && x < m_out.width && y >= m_y0 && y < m_y1) set(x, y, f);
            return;
        }
        buildEdges(f);
        if (m_edges.empty()) return;
        scan(f);
    }

private:
    void set(int x, int y, std::size_t f) {
        m_out.id[static_cast<std::size_t>(y) * static_cast<std::size_t>(m_out.width) +
                 static_cast<std::size_t>(x)] = static_cast<uint32_t>(f);
    }

    void addEdge(double x0, double y0, double x1, double y1) {
        if (y0 == y1 || !std::isfinite(x0) || !std::isfinite(y0) || !std::isfinite(x1) ||
            !std::isfinite(y1))
            return;
        Edge e{};
        if (y0 > y1) {
            std::swap(x0, x1);
            std::swap(y0, y1);
        }
        e.ya = y0;
        e.yb = y1;
        e.xa = x0;
        e.dxdy = (x1 - x0) / (y1 - y0);
        e.r0 = std::max(firstCentreAtOrAfter(y0), m_y0);
        e.r1 = std::min(firstCentreAtOrAfter(y1), m_y1);
        if (e.r0 < e.r1) m_edges.push_back(e);
    }

    void buildEdges(std::size_t f) {
        m_edges.clear();
        const PolygonLayer& l = m_layer;
        const uint32_t r0 = l.partRing[l.featurePart[f]], r1 = l.partRing[l.featurePart[f + 1]];
        for (uint32_t r = r0; r < r1; ++r) {
            const uint32_t a = l.ringPoint[r], b = l.ringPoint[r + 1];
            if (b - a < 3) continue;
            const QPointF p0 = m_t.toDevice(l.x(a), l.y(a));
            const double fx = snap(p0.x()), fy = snap(p0.y());
            double px = fx, py = fy;
            for (uint32_t i = a + 1; i < b; ++i) {
                const QPointF p = m_t.toDevice(l.x(i), l.y(i));
                const double x = snap(p.x()), y = snap(p.y());
                if (x == px && y == py) continue; // same snapped point: merged
                addEdge(px, py, x, y);
                px = x;
                py = y;
            }
            addEdge(px, py, fx, fy); // close (rings are closed already: usually a no-op)
        }
    }

    void scan(std::size_t f) {
        if (m_edges.size() <= 24) {
            scanSmall(f);
            return;
        }
        std::sort(m_edges.begin(), m_edges.end(),
                  [](const Edge& a, const Edge& b) { return a.r0 < b.r0; });
        int rowFrom = m_edges.front().r0, rowTo = 0;
        for (const Edge& e : m_edges)
            rowTo = std::max(rowTo, e.r1);
        m_active.clear();
        std::size_t next = 0;
        for (int row = rowFrom; row < rowTo; ++row) {
            while (next < m_edges.size() && m_edges[next].r0 <= row)
                m_active.push_back(&m_edges[next++]);
            std::erase_if(m_active, [row](const Edge* e) { return e->r1 <= row; });
            const double yc = row + 0.5;
            m_xs.clear();
            for (const Edge* e : m_active)
                m_xs.push_back(e->xa + (yc - e->ya) * e->dxdy);
            std::sort(m_xs.begin(), m_xs.end());
            for (std::size_t i = 0; i + 1 < m_xs.size(); i += 2) {
                const int x0 = std::max(firstCentreAtOrAfter(m_xs[i]), 0);
                const int x1 = std::min(firstCentreAtOrAfter(m_xs[i + 1]), m_out.width);
                if (x0 >= x1) continue;
                uint32_t* line =
                    &m_out
                         .id[static_cast<std::size_t>(row) * static_cast<std::size_t>(m_out.width)];
                std::fill(line + x0, line + x1, static_cast<uint32_t>(f));
            }
        }
    }

    void fillSpans(int row, std::size_t f) {
        std::sort(m_xs.begin(), m_xs.end());
        uint32_t* line =
            &m_out.id[static_cast<std::size_t>(row) * static_cast<std::size_t>(m_out.width)];
        for (std::size_t i = 0; i + 1 < m_xs.size(); i += 2) {
            const int x0 = std::max(firstCentreAtOrAfter(m_xs[i]), 0);
            const int x1 = std::min(firstCentreAtOrAfter(m_xs[i + 1]), m_out.width);
            if (x0 < x1) std::fill(line + x0, line + x1, static_cast<uint32_t>(f));
        }
    }

    /// Few edges (most features at national zoom): every edge tested on every row.
    void scanSmall(std::size_t f) {
        int rowFrom = m_edges.front().r0, rowTo = 0;
        for (const Edge& e : m_edges) {
            rowFrom = std::min(rowFrom, e.r0);
            rowTo = std::max(rowTo, e.r1);
        }
        for (int row = rowFrom; row < rowTo; ++row) {
            const double yc = row + 0.5;
            m_xs.clear();
            for (const Edge& e : m_edges)
                if (e.r0 <= row && row < e.r1) m_xs.push_back(e.xa + (yc - e.ya) * e.dxdy);
            fillSpans(row, f);
        }
    }

    const PolygonLayer& m_layer;
    const ViewTransform& m_t;
    IdRaster& m_out;
    int m_y0, m_y1;
    std::vector<Edge> m_edges;
    std::vector<const Edge*> m_active;
    std::vector<double> m_xs;
};

} // namespace

QRectF deviceBox(const PolygonLayer& layer, std::size_t f, const ViewTransform& t) {
    const BBox& b = layer.bbox[f];
    return QRectF(t.toDevice(b.minX, b.maxY), t.toDevice(b.maxX, b.minY));
}

IdRaster rasterFillIds(const PolygonLayer& layer, const ViewTransform& t, QSize size,
                       const RasterFillOptions& options) {
    IdRaster out;
    out.width = std::max(0, size.width());
    out.height = std::max(0, size.height());
    out.id.assign(static_cast<std::size_t>(out.width) * static_cast<std::size_t>(out.height),
                  kNoFeature);
    if (!t.valid() || out.id.empty() || layer.bbox.size() < layer.featureCount()) return out;
    const std::size_t n = layer.featureCount();
    const std::vector<uint8_t>* draw = options.draw;
    forRowBands(out.height, options.threads, [&](int y0, int y1) {
        BandFiller band(layer, t, out, y0, y1);
        for (std::size_t f = 0; f < n; ++f) {
            if (!layer.hasGeometry(f) || layer.bbox[f].empty()) continue;
            if (draw && (f >= draw->size() || (*draw)[f] == 0)) continue;
            band.fill(f);
        }
    });
    return out;
}

IdRaster resampleIds(const IdRaster& src, const ViewTransform& srcT, const ViewTransform& dstT,
                     QSize size, int threads) {
    IdRaster out;
    out.width = std::max(0, size.width());
    out.height = std::max(0, size.height());
    out.id.assign(static_cast<std::size_t>(out.width) * static_cast<std::size_t>(out.height),
                  kNoFeature);
    if (!srcT.valid() || !dstT.valid() || out.id.empty() || src.id.empty()) return out;
    // separable: the source column depends only on x, the source row only on y
    const auto index = [](double v, int n) {
        if (!(v >= 0) || v >= n) return -1;
        return static_cast<int>(v);
    };
    std::vector<int> col(static_cast<std::size_t>(out.width)),
        row(static_cast<std::size_t>(out.height));
    for (int x = 0; x < out.width; ++x) {
        const QPointF w = dstT.toWorld(QPointF(x + 0.5, 0.5));
        col[static_cast<std::size_t>(x)] = index(srcT.toDevice(w.x(), w.y()).x(), src.width);
    }
    for (int y = 0; y < out.height; ++y) {
        const QPointF w = dstT.toWorld(QPointF(0.5, y + 0.5));
        row[static_cast<std::size_t>(y)] = index(srcT.toDevice(w.x(), w.y()).y(), src.height);
    }
    const auto W = static_cast<std::size_t>(out.width);
    forRowBands(out.height, threads, [&](int y0, int y1) {
        for (int y = y0; y < y1; ++y) {
            const int r = row[static_cast<std::size_t>(y)];
            if (r < 0) continue;
            const uint32_t* from =
                &src.id[static_cast<std::size_t>(r) * static_cast<std::size_t>(src.width)];
            uint32_t* to = &out.id[static_cast<std::size_t>(y) * W];
            for (std::size_t x = 0; x < W; ++x)
                if (col[x] >= 0) to[x] = from[col[x]];
        }
    });
    return out;
}

void colourIds(QImage& image, const IdRaster& ids, const std::vector<QRgb>& colours, int threads) {
    if (image.depth() != 32 || image.width() != ids.width || image.height() != ids.height) return;
    uchar* bits = image.bits(); // detach once, before the threads
    const auto stride = static_cast<std::size_t>(image.bytesPerLine());
    forRowBands(ids.height, threads, [&](int y0, int y1) {
        for (int y = y0; y < y1; ++y) {
            auto* line = reinterpret_cast<QRgb*>(bits + static_cast<std::size_t>(y) * stride);
            const uint32_t* row =
                &ids.id[static_cast<std::size_t>(y) * static_cast<std::size_t>(ids.width)];
            for (int x = 0; x < ids.width; ++x) {
                const uint32_t f = row[x];
                if (f == kNoFeature || f >= colours.size()) continue;
                const QRgb c = colours[f];
                if (qAlpha(c) != 0) line[x] = c;
            }
        }
    });
}

void rasterFill(QImage& image, const PolygonLayer& layer, const ViewTransform& t,
                const std::vector<QRgb>& colours, const RasterFillOptions& options) {
    const IdRaster ids = rasterFillIds(layer, t, image.size(), options);
    colourIds(image, ids, colours, options.threads);
}

} // namespace swingmap
