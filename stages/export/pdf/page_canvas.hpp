// One page's content stream, in the layout's top-down points.
//
// Every operator is written here, into a buffer that finish() hands to the compressor, and
// the compressed bytes become the page's content stream. PoDoFo's PdfPainter is not used:
// per line of text it formatted five numbers through an ostream, converted the string to
// UTF-16, looked up its glyphs, hex-encoded them through a filter object and fed the
// compressor a few bytes at a time, which made text drawing two thirds of the PDF stage on a
// large table. Text is shown with the fonts' Identity-H encoding as glyph ids in literal
// strings (GlyphEncoder, which also records the characters each font subset needs), numbers
// are fixed point to the hundredth (pdf_syntax.hpp), so the stream is compact and
// byte-for-byte the same on every run, and no input text reaches the stream except as glyph
// ids.
//
// Each line is a text object of its own, placed with an absolute Td: a relative move from
// the line before, though exact in hundredths, is summed in floating point by readers, and
// pdftotext -layout then groups a few lines differently. The font is only set when it
// changes: it is graphics state, kept from one text object to the next on the page.
//
// Tagging (PDF/UA): everything drawn is either content of a structure element, in a
// marked-content sequence with an MCID recorded in the StructureTree, or an artifact (fills,
// rules, footers, what is repeated because of a page break). The page gets /StructParents
// (its key in the ParentTree) and /Tabs /S (tab order follows the structure).
#pragma once

#include <string>
#include <vector>

#include <podofo/podofo.h>

#include "stages/templates/output_template.hpp"
#include "stages/export/common/chart_geometry.hpp"  // Segment
#include "stages/export/common/font_measurer.hpp"
#include "deflate_queue.hpp"
#include "glyph_encoder.hpp"
#include "pdf_syntax.hpp"
#include "pdf_units.hpp"
#include "shaped_fonts.hpp"
#include "structure_tree.hpp"
#include "line_spacing.hpp"

namespace scorecard::pdf {

// What every page's canvas shares: the fonts' glyph tables, and the compressor the finished
// pages go to (whose buffers keep their capacity from one page to the next).
// `measure` chooses the font of the chain each character is drawn with (the one it was
// measured with), and shapes the lines that need it; `shaped` holds the fonts those are drawn
// with (shaped.finish() after the last page, before the document is closed).
struct CanvasResources {
    CanvasResources(PoDoFo::PdfDocument& document, FontSet& fonts, const FontMeasurer& measure)
        : glyphs(fonts), measure(measure), shaped(document, measure) {}
    GlyphEncoder glyphs;
    const FontMeasurer& measure;
    ShapedFonts shaped;
    DeflateQueue deflater;
};

class PageCanvas {
public:
    // `contents`: the page's /Contents object, which finish() gives its stream.
    PageCanvas(PoDoFo::PdfPage& page, PoDoFo::PdfObject& contents, CanvasResources& resources, double page_height,
               StructureTree& tree);
    PageCanvas(const PageCanvas&) = delete;
    PageCanvas& operator=(const PageCanvas&) = delete;

    void fill_box(const Box& box, const Rgb& colour);
    // Strokes the outlines of all the boxes as one path (one operator for the whole grid).
    void stroke_boxes(const std::vector<Box>& boxes, const Rgb& colour, double width);
    // Strokes straight lines, each from (x1, y1) to (x2, y2), top-down, as one path.
    void stroke_lines(const std::vector<Segment>& lines, const Rgb& colour, double width);
    // Sets one line of text with its baseline `baseline` points below the top of the page,
    // each run of it in the font of the chain the measurer chose (one text object, the font
    // switched between runs). A line that needs shaping (text_shaper.hpp) is drawn as the
    // measurer shapes it, glyph ids in visual order, inside /Span <</ActualText ...>> marked
    // content holding the line as given, so extraction reads its characters in logical order.
    void text(double x, double baseline, const std::string& utf8, const TextStyle& style, const Rgb& colour);
    // Marked content. Each begin_ is closed by end_marked(); they do not nest here.
    void begin_content(int element);            // /TD <</MCID n>> BDC, recorded for `element`
    void begin_artifact();                      // /Artifact BMC: fills and rules
    void begin_pagination(const char* subtype);  // /Artifact <</Type /Pagination ...>> BDC; subtype may be null
    void begin_layout_artifact(const Box& box);   // /Artifact <</Type /Layout /BBox [...]>> BDC: a drawing
    void end_marked();

    int page_index() const { return page_index_; }
    StructureTree& tree() { return tree_; }
    // Sets the page's font resources and queues its content for compression; the stream is
    // written to the page's /Contents object when it is compressed, at the latest by
    // resources.deflater.finish(), which must come before the document is closed. Further
    // drawing is an error.
    void finish();

    PoDoFo::PdfPage& page() { return page_; }

private:
    long long y_hundredths(double top_down) const { return to_hundredths(page_height_ - top_down); }
    void append_y(double top_down);
    void append_rect(const Box& box);
    void set_fill(const Rgb& colour);
    void begin_marked();
    void check_open() const;
    void shaped_text(double x, double baseline, const std::string& utf8, const TextStyle& style);
    // Sets the font (Tf) unless it is the one in force; `slot` as font_slot_.
    void set_font(std::size_t slot, const std::string& resource, double size);

    PoDoFo::PdfPage& page_;
    PoDoFo::PdfObject& contents_;
    CanvasResources& resources_;
    PdfOut out_;  // the page's operators
    double page_height_;
    StructureTree& tree_;
    int page_index_ = 0;
    bool open_ = true;
    bool marked_ = false;
    bool have_fill_ = false;
    Rgb fill_;
    // The font set on this page, if any (graphics state, so it lasts across text objects).
    bool have_font_ = false;
    std::size_t font_slot_ = 0;  // chain index * 2 + (bold ? 1 : 0), plus kShapedSlot for shaped fonts
    long long font_size_ = 0;    // thousandths of a point
    std::vector<bool> uses_font_;  // by slot: the fonts the page's resources must name
    std::vector<bool> uses_shaped_;  // the same, of the shaped fonts (ShapedFonts::slot)
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

}  // namespace scorecard::pdf
