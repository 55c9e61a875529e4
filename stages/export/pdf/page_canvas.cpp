#include "page_canvas.hpp"

#include <cmath>
#include <stdexcept>

namespace scorecard::pdf {

PageCanvas::PageCanvas(PoDoFo::PdfPage& page, PoDoFo::PdfObject& contents, CanvasResources& resources,
                       double page_height, StructureTree& tree)
    : page_(page), contents_(contents), resources_(resources), out_(resources.deflater.take_buffer()),
      page_height_(page_height), tree_(tree) {
    page_index_ = tree_.begin_page();
    PoDoFo::PdfDictionary& dict = page_.GetObject()->GetDictionary();
    dict.AddKey("StructParents", PoDoFo::PdfVariant(static_cast<PoDoFo::pdf_int64>(page_index_)));
    dict.AddKey("Tabs", PoDoFo::PdfName("S"));
}

void PageCanvas::check_open() const {
    if (!open_) throw std::logic_error("drawing on a page that is finished");
}

void PageCanvas::append_y(double top_down) { append_hundredths(out_, y_hundredths(top_down)); }

void PageCanvas::set_fill(const Rgb& colour) {
    if (have_fill_ && fill_.r == colour.r && fill_.g == colour.g && fill_.b == colour.b) return;
    append_colour(out_, colour);
    out_ += " rg\n";
    fill_ = colour;
    have_fill_ = true;
}

// "x y w h re": a box as a path, in the page's upward coordinates.
void PageCanvas::append_rect(const Box& box) {
    append_number(out_, box.left);
    out_ += ' ';
    append_y(box.bottom());
    out_ += ' ';
    append_number(out_, box.width);
    out_ += ' ';
    append_number(out_, box.height);
    out_ += " re";
}

void PageCanvas::fill_box(const Box& box, const Rgb& colour) {
    check_open();
    set_fill(colour);
    append_rect(box);
    out_ += " f\n";
}

void PageCanvas::stroke_boxes(const std::vector<Box>& boxes, const Rgb& colour, double width) {
    check_open();
    if (boxes.empty()) return;
    append_number(out_, width);
    out_ += " w ";
    append_colour(out_, colour);
    out_ += " RG\n";
    for (const Box& b : boxes) {
        append_rect(b);
        out_ += '\n';
    }
    out_ += "S\n";
}

void PageCanvas::text(double x, double baseline, const std::string& utf8, const TextStyle& style, const Rgb& colour) {
    check_open();
    if (utf8.empty()) return;
    set_fill(colour);
    // Positions are rounded as the boxes are, so text and rules agree to the hundredth.
    const long long px = to_hundredths(x);
    const long long py = y_hundredths(baseline);
    const long long size = std::llround(style.size * 1000.0);
    out_ += "BT\n";
    const bool bold = style.font == FontStyle::Bold;
    bool placed = false;
    resources_.measure.for_each_run(utf8, style.font, [&](std::size_t index, std::size_t begin, std::size_t end) {
        const std::size_t slot = index * 2 + (bold ? 1 : 0);
        if (!have_font_ || font_slot_ != slot || font_size_ != size) {
            out_ += '/';
            out_ += resources_.glyphs.resource_name(style.font, index);
            out_ += ' ';
            append_thousandths(out_, style.size);
            out_ += " Tf\n";
            have_font_ = true;
            font_slot_ = slot;
            font_size_ = size;
        }
        if (!placed) {
            append_hundredths(out_, px);
            out_ += ' ';
            append_hundredths(out_, py);
            out_ += " Td\n";
            placed = true;
        }
        if (slot >= uses_font_.size()) uses_font_.resize(slot + 1, false);
        uses_font_[slot] = true;
        if (begin == 0 && end == utf8.size())
            resources_.glyphs.append_string(out_, utf8, style.font, index);
        else
            resources_.glyphs.append_string(out_, utf8.substr(begin, end - begin), style.font, index);
        out_ += " Tj\n";
    });
    out_ += "ET\n";
}

void PageCanvas::begin_marked() {
    check_open();
    if (marked_) throw std::logic_error("marked content nested");
    marked_ = true;
}

void PageCanvas::begin_content(int element) {
    const StructRole role = tree_.elements().at(static_cast<std::size_t>(element)).role;
    begin_marked();
    const int mcid = tree_.add_content(element);
    out_ += '/';
    out_.put_c_string(role_name(role));
    out_ += " <</MCID ";
    append_integer(out_, mcid);
    out_ += ">> BDC\n";
}

void PageCanvas::begin_artifact() {
    begin_marked();
    out_ += "/Artifact BMC\n";
}

void PageCanvas::begin_pagination(const char* subtype) {
    begin_marked();
    out_ += "/Artifact <</Type /Pagination";
    if (subtype) {
        out_ += " /Subtype /";
        out_.put_c_string(subtype);
    }
    out_ += ">> BDC\n";
}

void PageCanvas::begin_layout_artifact(const Box& box) {
    begin_marked();
    out_ += "/Artifact <</Type /Layout /BBox [";
    append_number(out_, box.left);
    out_ += ' ';
    append_y(box.bottom());
    out_ += ' ';
    append_number(out_, box.right());
    out_ += ' ';
    append_y(box.top);
    out_ += "]>> BDC\n";
}

void PageCanvas::end_marked() {
    if (!marked_) return;
    out_ += "EMC\n";
    marked_ = false;
}

void PageCanvas::finish() {
    if (!open_) return;
    open_ = false;
    for (std::size_t slot = 0; slot < uses_font_.size(); ++slot) {
        if (!uses_font_[slot]) continue;
        PoDoFo::PdfFont& font = resources_.glyphs.font(slot % 2 ? FontStyle::Bold : FontStyle::Regular, slot / 2);
        page_.AddResource(font.GetIdentifier(), font.GetObject()->Reference(), PoDoFo::PdfName("Font"));
    }
    PoDoFo::PdfObject* contents = &contents_;
    resources_.deflater.submit(out_.release(), [contents](const std::string& compressed) {
        // The stream is handed over already compressed: /Filter is set first, and BeginAppend
        // is told to add no filter of its own and to leave that key alone.
        contents->GetDictionary().AddKey(PoDoFo::PdfName::KeyFilter, PoDoFo::PdfName("FlateDecode"));
        PoDoFo::PdfStream* stream = contents->GetStream();
        stream->BeginAppend(PoDoFo::TVecFilters(), true, false);
        stream->Append(compressed.data(), compressed.size());
        stream->EndAppend();
    });
}

}  // namespace scorecard::pdf
