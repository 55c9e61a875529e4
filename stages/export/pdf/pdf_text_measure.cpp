#include "pdf_text_measure.hpp"

#include <podofo/podofo.h>

#include "utf8_text.hpp"

namespace scorecard::pdf {

namespace {
// Measured at a large size and scaled down, so rounding inside PoDoFo costs no precision.
constexpr float kMeasureSize = 1000.0f;
}  // namespace

double PdfTextMeasurer::unit_width(char32_t c, FontStyle style) const {
    const int face = style == FontStyle::Bold ? 1 : 0;
    double* block = nullptr;
    if (c < 0x10000) {
        std::unique_ptr<double[]>& b = bmp_[face][c >> 8];
        if (!b) {
            b.reset(new double[256]);
            for (int k = 0; k < 256; ++k) b[k] = -1.0;
        }
        block = b.get();
        if (block[c & 0xFF] >= 0) return block[c & 0xFF];
    }
    auto& cache = cache_[face];
    auto found = cache.find(c);
    if (found != cache.end()) return found->second;
    // UTF-16BE, as PdfFontMetrics expects it: one unit, or a surrogate pair beyond the BMP.
    PoDoFo::pdf_utf16be units[3] = {0, 0, 0};
    auto be = [](unsigned v) {
        return static_cast<PoDoFo::pdf_utf16be>(((v & 0xFF) << 8) | ((v >> 8) & 0xFF));
    };
    unsigned count = 1;
    if (c < 0x10000) {
        units[0] = be(static_cast<unsigned>(c));
    } else {
        const unsigned v = static_cast<unsigned>(c) - 0x10000;
        units[0] = be(0xD800 + (v >> 10));
        units[1] = be(0xDC00 + (v & 0x3FF));
        count = 2;
    }
    PoDoFo::PdfFontMetrics* metrics = fonts_.font(style).GetFontMetrics2();
    const float saved = metrics->GetFontSize();
    metrics->SetFontSize(kMeasureSize);
    const double w = metrics->StringWidth(units, count) / kMeasureSize;
    metrics->SetFontSize(saved);
    if (block)
        block[c & 0xFF] = w;
    else
        cache.emplace(c, w);
    return w;
}

double PdfTextMeasurer::width(const std::string& utf8, const TextStyle& style) const {
    double total = 0;
    const auto* s = reinterpret_cast<const unsigned char*>(utf8.data());
    const std::size_t n = utf8.size();
    std::size_t i = 0;
    while (i < n) total += unit_width(next_code_point(s, n, i), style.font);
    return total * style.size;
}

double PdfTextMeasurer::ascent(const TextStyle& style) const {
    PoDoFo::PdfFontMetrics* metrics = fonts_.font(style.font).GetFontMetrics2();
    const float saved = metrics->GetFontSize();
    metrics->SetFontSize(static_cast<float>(style.size));
    const double a = metrics->GetAscent();
    metrics->SetFontSize(saved);
    return a;
}

double PdfTextMeasurer::descent(const TextStyle& style) const {
    PoDoFo::PdfFontMetrics* metrics = fonts_.font(style.font).GetFontMetrics2();
    const float saved = metrics->GetFontSize();
    metrics->SetFontSize(static_cast<float>(style.size));
    const double d = metrics->GetDescent();
    metrics->SetFontSize(saved);
    return d < 0 ? -d : d;
}

}  // namespace scorecard::pdf
