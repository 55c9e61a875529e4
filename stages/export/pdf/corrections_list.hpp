// "Corrections to the source table": the list after the table (and after the RAG key, where
// there is one) of every value the rules filled or corrected (common/corrections.hpp), so a
// reader who sees a marked cell can find what the table stated and why it was changed.
//
// Tagged as an H2, a P (what the marker means) and a list (L) with one item (LI) per
// correction: its label (Lbl) the marker, its body (LBody) the indicator and the correction.
// It flows over as many pages as it needs: an item is never split, the heading and its note
// stay with the first item, and a page it continues on repeats the heading as a pagination
// artifact.
#pragma once

#include <string>
#include <vector>

#include "stages/export/common/corrections.hpp"
#include "stages/export/common/text_measurer.hpp"
#include "page_canvas.hpp"

namespace scorecard::pdf {

class CorrectionsList {
public:
    // `page_room`: the most an item may take (a page's height between the margins); an item
    // taller than that would never fit, so its lines are cut to it.
    CorrectionsList(const std::vector<Correction>& corrections, const OutputTemplate& layout,
                    const TextMeasurer& measure, double left, double width, double page_room);

    bool done() const { return next_ >= items_.size(); }

    // Paints what fits between `top` and `bottom`, from the first item not yet painted.
    void paint(PageCanvas& canvas, double top, double bottom);

    // The pages of its own the whole list would still need after painting what fits between
    // `top` and `bottom` (each further page from `page_top`), without painting: what a page
    // count made before the first page is drawn must add.
    int pages_after(double top, double bottom, double page_top) const;

private:
    struct Item {
        std::vector<std::string> name_lines;  // the indicator, in bold
        TextStyle name_style;                  // bold, in the direction of the name
        std::vector<std::string> text_lines;  // what was corrected, the rule
        double height = 0;
    };
    double heading_height() const;
    double note_height() const;
    // How many items, from item `from`, fit between `top` and `bottom` with the heading (and,
    // for the first item, the note) above them: none when the first of them does not.
    std::size_t items_fitting(std::size_t from, double top, double bottom) const;

    const OutputTemplate& layout_;
    const TextMeasurer& measure_;
    double left_, width_;
    TextStyle heading_style_, bold_style_, text_style_;
    std::vector<std::string> note_lines_;
    std::vector<Item> items_;
    std::size_t next_ = 0;
    int list_element_ = -1;  // the L, made with the heading; later pages' items join it
};

}  // namespace scorecard::pdf
