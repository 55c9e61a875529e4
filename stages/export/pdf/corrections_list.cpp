#include "corrections_list.hpp"

#include <algorithm>

#include "stages/export/common/line_wrap.hpp"
#include "stages/export/common/paragraph_direction.hpp"
#include "line_spacing.hpp"
#include "page_frame.hpp"
#include "table_layout.hpp"

namespace scorecard::pdf {

namespace {

// The marker sits in a narrow column of its own, the item's text beside it.
constexpr double kLabelWidth = 10.0;

}  // namespace

CorrectionsList::CorrectionsList(const std::vector<Correction>& corrections, const OutputTemplate& layout,
                                 const TextMeasurer& measure, double left, double width, double page_room)
    : layout_(layout), measure_(measure), left_(left), width_(width) {
    heading_style_ = {FontStyle::Bold, layout.font_size};  // as the RAG key's heading
    bold_style_ = {FontStyle::Bold, layout.font_size};
    text_style_ = {FontStyle::Regular, layout.font_size};
    if (corrections.empty()) return;
    note_lines_ = wrap_text(correction_marker_note(corrections.size(), "below"), width, measure, text_style_);
    const double text_width = std::max(1.0, width - kLabelWidth);
    const double room = page_room - heading_height() - note_height();
    for (const Correction& c : corrections) {
        Item item;
        item.name_style = in_direction_of(bold_style_, c.indicator->name.text);
        item.name_lines = wrap_text(c.indicator->name.text, text_width, measure, item.name_style);
        // A space after the name (invisible) keeps it apart from the text in extraction and for
        // screen readers, which read the body as one run.
        if (!item.name_lines.empty()) item.name_lines.back() += ' ';
        item.text_lines = wrap_text(correction_text(c), text_width, measure, text_style_);
        // No item is taller than a page: what would not fit even on a page of its own is cut
        // (with an ellipsis) rather than left to run off the page.
        const double line = line_height(text_style_);
        const std::size_t max_lines = static_cast<std::size_t>(std::max(2.0, (room - kCellPadY) / line));
        if (item.name_lines.size() >= max_lines)
            cut_lines(item.name_lines, max_lines - 1, text_width, measure, item.name_style);
        if (item.name_lines.size() + item.text_lines.size() > max_lines)
            cut_lines(item.text_lines, max_lines - item.name_lines.size(), text_width, measure, text_style_);
        item.height = static_cast<double>(item.name_lines.size()) * line_height(bold_style_) +
                      static_cast<double>(item.text_lines.size()) * line + kCellPadY;
        items_.push_back(std::move(item));
    }
}

double CorrectionsList::heading_height() const { return kBlockGap + line_height(heading_style_) + kCellPadY; }

double CorrectionsList::note_height() const {
    return static_cast<double>(note_lines_.size()) * line_height(text_style_) + kCellPadY;
}

std::size_t CorrectionsList::items_fitting(std::size_t from, double top, double bottom) const {
    // The heading and its note go only where the first item fits below them.
    double y = top + heading_height() + (from == 0 ? note_height() : 0);
    std::size_t count = 0;
    while (from + count < items_.size() && y + items_[from + count].height <= bottom) {
        y += items_[from + count].height;
        ++count;
    }
    return count;
}

int CorrectionsList::pages_after(double top, double bottom, double page_top) const {
    std::size_t next = next_;
    next += items_fitting(next, top, bottom);
    int pages = 0;
    while (next < items_.size()) {
        // An item is never taller than a page (the constructor cut it), so each page takes one.
        next += std::max<std::size_t>(1, items_fitting(next, page_top, bottom));
        ++pages;
    }
    return pages;
}

void CorrectionsList::paint(PageCanvas& canvas, double top, double bottom) {
    if (done()) return;
    StructureTree& tree = canvas.tree();
    const bool first = list_element_ < 0;
    double y = top;
    const std::size_t fitting = items_fitting(next_, top, bottom);
    if (fitting == 0) return;
    const std::size_t end = next_ + fitting;

    const double heading_base = y + kBlockGap + baseline_offset(measure_, heading_style_);
    if (first) {
        canvas.begin_content(tree.add(StructRole::H2, tree.document()));
        Marked marked(canvas);
        canvas.text(left_, heading_base, kCorrectionsHeading, heading_style_, layout_.text);
    } else {
        // Where the list carries on from an earlier page, the heading is repeated for the eye only.
        canvas.begin_pagination(nullptr);
        Marked marked(canvas);
        canvas.text(left_, heading_base, std::string(kCorrectionsHeading) + " (continued)", heading_style_,
                    layout_.text);
    }
    y += heading_height();

    const double lh = line_height(text_style_), bold_lh = line_height(bold_style_);
    const double base = baseline_offset(measure_, text_style_), bold_base = baseline_offset(measure_, bold_style_);
    if (first) {
        canvas.begin_content(tree.add(StructRole::P, tree.document()));
        Marked marked(canvas);
        for (const std::string& line : note_lines_) {
            canvas.text(left_, y + base, line, text_style_, layout_.text);
            y += lh;
        }
        y += kCellPadY;
        list_element_ = tree.add(StructRole::L, tree.document());
    }

    while (next_ < end) {
        const Item& item = items_[next_];
        const int li = tree.add(StructRole::LI, list_element_);
        {
            canvas.begin_content(tree.add(StructRole::Lbl, li));
            Marked marked(canvas);
            canvas.text(left_, y + bold_base, kCorrectionMarker, bold_style_, layout_.text);
        }
        {
            canvas.begin_content(tree.add(StructRole::LBody, li));
            Marked marked(canvas);
            double line_top = y;
            for (const std::string& line : item.name_lines) {
                canvas.text(left_ + kLabelWidth, line_top + bold_base, line, item.name_style, layout_.text);
                line_top += bold_lh;
            }
            for (const std::string& line : item.text_lines) {
                canvas.text(left_ + kLabelWidth, line_top + base, line, text_style_, layout_.text);
                line_top += lh;
            }
        }
        y += item.height;
        ++next_;
    }
}

}  // namespace scorecard::pdf
