// One page's content stream, in the layout's top-down points.
//
// PoDoFo's PdfPainter sets text (it registers the font on the page, records the glyphs the
// subset needs and encodes the string for the identity encoding, so no input text reaches the
// stream unescaped). Boxes, rules and colours are written here directly, with fixed two-decimal
// numbers, so the stream is compact and byte-for-byte the same on every run.
//
// Tagging (PDF/UA): everything drawn is either content of a structure element, in a
// marked-content sequence with an MCID recorded in the StructureTree, or an artifact (fills,
// rules, footers, what is repeated because of a page break). The page gets /StructParents
// (its key in the ParentTree) and /Tabs /S (tab order follows the structure).
#pragma once

#include <string>
#include <vector>

#include <podofo/podofo.h>

#include "../../../pipeline/templates/output_template.hpp"
#include "font_set.hpp"
#include "pdf_units.hpp"
#include "structure_tree.hpp"
#include "text_measure.hpp"

namespace scorecard::pdf {

class PageCanvas {
public:
    PageCanvas(PoDoFo::PdfPage& page, const FontSet& fonts, double page_height, StructureTree& tree);
    ~PageCanvas();
    PageCanvas(const PageCanvas&) = delete;
    PageCanvas& operator=(const PageCanvas&) = delete;

    void fill_box(const Box& box, const Rgb& colour);
    // Strokes the outlines of all the boxes as one path (one operator for the whole grid).
    void stroke_boxes(const std::vector<Box>& boxes, const Rgb& colour, double width);
    // Sets one line of text with its baseline `baseline` points below the top of the page.
    void text(double x, double baseline, const std::string& utf8, const TextStyle& style, const Rgb& colour);
    // Marked content. Each begin_ is closed by end_marked(); they do not nest here.
    void begin_content(int element);            // /TD <</MCID n>> BDC, recorded for `element`
    void begin_artifact();                      // /Artifact BMC: fills and rules
    void begin_pagination(const char* subtype);  // /Artifact <</Type /Pagination ...>> BDC; subtype may be null
    void begin_layout_artifact(const Box& box);   // /Artifact <</Type /Layout /BBox [...]>> BDC: a drawing
    void end_marked();

    int page_index() const { return page_index_; }
    StructureTree& tree() { return tree_; }
    // Ends the page's content stream. Further drawing is an error.
    void finish();

    PoDoFo::PdfPage& page() { return page_; }

private:
    double y(double top_down) const { return page_height_ - top_down; }
    void set_fill(const Rgb& colour);

    PoDoFo::PdfPage& page_;
    const FontSet& fonts_;
    double page_height_;
    StructureTree& tree_;
    int page_index_ = 0;
    PoDoFo::PdfPainter painter_;
    bool open_ = true;
    bool marked_ = false;
    bool have_fill_ = false;
    Rgb fill_;
};

// Closes a marked-content sequence when it goes out of scope.
class Marked {
public:
    explicit Marked(PageCanvas& canvas) : canvas_(canvas) {}
    ~Marked() {
        try {
            canvas_.end_marked();
        } catch (...) {
            // Only reached while another exception is on its way out; the document is abandoned.
        }
    }
    Marked(const Marked&) = delete;
    Marked& operator=(const Marked&) = delete;

private:
    PageCanvas& canvas_;
};

// A number as content streams want it: fixed point, at most two decimals, no locale.
std::string pdf_number(double value);

}  // namespace scorecard::pdf
