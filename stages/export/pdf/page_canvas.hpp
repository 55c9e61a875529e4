// One page's content stream, in the layout's top-down points.
//
// PoDoFo's PdfPainter sets text (it registers the font on the page, records the glyphs the
// subset needs and encodes the string for the identity encoding, so no input text reaches the
// stream unescaped). Boxes, rules and colours are written here directly, with fixed two-decimal
// numbers, so the stream is compact and byte-for-byte the same on every run. `operators` lets
// the tagging code wrap what is drawn in marked-content sequences (issue 9).
#pragma once

#include <string>
#include <vector>

#include <podofo/podofo.h>

#include "../../../pipeline/templates/output_template.hpp"
#include "font_set.hpp"
#include "pdf_units.hpp"
#include "text_measure.hpp"

namespace scorecard::pdf {

class PageCanvas {
public:
    PageCanvas(PoDoFo::PdfPage& page, const FontSet& fonts, double page_height);
    ~PageCanvas();
    PageCanvas(const PageCanvas&) = delete;
    PageCanvas& operator=(const PageCanvas&) = delete;

    void fill_box(const Box& box, const Rgb& colour);
    // Strokes the outlines of all the boxes as one path (one operator for the whole grid).
    void stroke_boxes(const std::vector<Box>& boxes, const Rgb& colour, double width);
    // Sets one line of text with its baseline `baseline` points below the top of the page.
    void text(double x, double baseline, const std::string& utf8, const TextStyle& style, const Rgb& colour);
    // Raw content-stream operators (marked content); the caller keeps them balanced.
    void operators(const std::string& ops);
    // Ends the page's content stream. Further drawing is an error.
    void finish();

    PoDoFo::PdfPage& page() { return page_; }

private:
    double y(double top_down) const { return page_height_ - top_down; }
    void set_fill(const Rgb& colour);

    PoDoFo::PdfPage& page_;
    const FontSet& fonts_;
    double page_height_;
    PoDoFo::PdfPainter painter_;
    bool open_ = true;
    bool have_fill_ = false;
    Rgb fill_;
};

// A number as content streams want it: fixed point, at most two decimals, no locale.
std::string pdf_number(double value);

}  // namespace scorecard::pdf
