#include "page_canvas.hpp"

#include <cmath>
#include <cstdlib>
#include <stdexcept>

namespace scorecard::pdf {

std::string pdf_number(double value) {
    long long hundredths = std::llround(value * 100.0);
    std::string out;
    if (hundredths < 0) {
        out += '-';
        hundredths = -hundredths;
    }
    out += std::to_string(hundredths / 100);
    const long long frac = hundredths % 100;
    if (frac != 0) {
        out += '.';
        out += static_cast<char>('0' + frac / 10);
        if (frac % 10 != 0) out += static_cast<char>('0' + frac % 10);
    }
    return out;
}

namespace {
std::string colour_operands(const Rgb& c) {
    auto channel = [](unsigned char v) {
        // Three decimals keep #FFC000 (255/255, 192/255, 0) exact to the 8-bit value.
        long long thousandths = std::llround(v / 255.0 * 1000.0);
        if (thousandths == 0) return std::string("0");
        if (thousandths == 1000) return std::string("1");
        std::string digits = std::to_string(thousandths);
        while (digits.size() < 3) digits.insert(digits.begin(), '0');
        while (!digits.empty() && digits.back() == '0') digits.pop_back();
        return "0." + digits;
    };
    return channel(c.r) + " " + channel(c.g) + " " + channel(c.b);
}
}  // namespace

PageCanvas::PageCanvas(PoDoFo::PdfPage& page, const FontSet& fonts, double page_height, StructureTree& tree)
    : page_(page), fonts_(fonts), page_height_(page_height), tree_(tree) {
    page_index_ = tree_.begin_page();
    PoDoFo::PdfDictionary& dict = page_.GetObject()->GetDictionary();
    dict.AddKey("StructParents", PoDoFo::PdfVariant(static_cast<PoDoFo::pdf_int64>(page_index_)));
    dict.AddKey("Tabs", PoDoFo::PdfName("S"));
    painter_.SetPage(&page_);
}

PageCanvas::~PageCanvas() {
    // PdfPainter asserts when destroyed with its page open; an exception on the way out must
    // not turn into an abort.
    if (open_) {
        try {
            painter_.FinishPage();
        } catch (...) {
        }
    }
}

void PageCanvas::set_fill(const Rgb& colour) {
    if (have_fill_ && fill_.r == colour.r && fill_.g == colour.g && fill_.b == colour.b) return;
    painter_.GetCanvas()->Append(colour_operands(colour) + " rg\n");
    fill_ = colour;
    have_fill_ = true;
}

void PageCanvas::fill_box(const Box& box, const Rgb& colour) {
    set_fill(colour);
    painter_.GetCanvas()->Append(pdf_number(box.left) + " " + pdf_number(y(box.bottom())) + " " +
                                 pdf_number(box.width) + " " + pdf_number(box.height) + " re f\n");
}

void PageCanvas::stroke_boxes(const std::vector<Box>& boxes, const Rgb& colour, double width) {
    if (boxes.empty()) return;
    std::string ops = pdf_number(width) + " w " + colour_operands(colour) + " RG\n";
    for (const Box& b : boxes)
        ops += pdf_number(b.left) + " " + pdf_number(y(b.bottom())) + " " + pdf_number(b.width) + " " +
               pdf_number(b.height) + " re\n";
    ops += "S\n";
    painter_.GetCanvas()->Append(ops);
}

void PageCanvas::text(double x, double baseline, const std::string& utf8, const TextStyle& style, const Rgb& colour) {
    if (utf8.empty()) return;
    set_fill(colour);
    PoDoFo::PdfFont& font = fonts_.font(style.font);
    font.SetFontSize(static_cast<float>(style.size));
    painter_.SetFont(&font);
    // Round the position as the boxes are rounded, so text and rules agree to the hundredth.
    const double px = std::round(x * 100.0) / 100.0;
    const double py = std::round(y(baseline) * 100.0) / 100.0;
    painter_.DrawText(px, py, PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(utf8.c_str())));
}

void PageCanvas::begin_content(int element) {
    if (marked_) throw std::logic_error("marked content nested");
    const StructRole role = tree_.elements().at(static_cast<std::size_t>(element)).role;
    const int mcid = tree_.add_content(element);
    painter_.GetCanvas()->Append(std::string("/") + role_name(role) + " <</MCID " + std::to_string(mcid) + ">> BDC\n");
    marked_ = true;
}

void PageCanvas::begin_artifact() {
    if (marked_) throw std::logic_error("marked content nested");
    painter_.GetCanvas()->Append("/Artifact BMC\n");
    marked_ = true;
}

void PageCanvas::begin_pagination(const char* subtype) {
    if (marked_) throw std::logic_error("marked content nested");
    std::string ops = "/Artifact <</Type /Pagination";
    if (subtype) ops += std::string(" /Subtype /") + subtype;
    painter_.GetCanvas()->Append(ops + ">> BDC\n");
    marked_ = true;
}

void PageCanvas::begin_layout_artifact(const Box& box) {
    if (marked_) throw std::logic_error("marked content nested");
    painter_.GetCanvas()->Append("/Artifact <</Type /Layout /BBox [" + pdf_number(box.left) + " " +
                                 pdf_number(y(box.bottom())) + " " + pdf_number(box.right()) + " " +
                                 pdf_number(y(box.top)) + "]>> BDC\n");
    marked_ = true;
}

void PageCanvas::end_marked() {
    if (!marked_) return;
    painter_.GetCanvas()->Append("EMC\n");
    marked_ = false;
}

void PageCanvas::finish() {
    if (!open_) return;
    open_ = false;
    painter_.FinishPage();
}

}  // namespace scorecard::pdf
