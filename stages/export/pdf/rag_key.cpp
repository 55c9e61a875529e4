#include "rag_key.hpp"

#include <algorithm>

#include "page_frame.hpp"
#include "table_layout.hpp"
#include "stages/export/common/line_wrap.hpp"

namespace scorecard::pdf {

namespace {
double entry_height(const RagKeyEntry& e, const TextStyle& style) {
    return static_cast<double>(std::max<std::size_t>(1, e.lines.size())) * line_height(style) + 2 * kCellPadY;
}
}  // namespace

RagKeyLayout lay_out_rag_key(const OutputTemplate& layout, const TextMeasurer& measure, double width) {
    RagKeyLayout key;
    key.heading = layout.rag_key_heading;
    key.heading_style = {FontStyle::Bold, layout.font_size};
    key.text_style = {FontStyle::Regular, layout.font_size};
    const double text_width = std::max(1.0, width - kSwatchWidth - kSwatchGap);
    const std::pair<Rag, const std::string*> ratings[] = {
        {Rag::Green, &layout.rag_key_green}, {Rag::Amber, &layout.rag_key_amber}, {Rag::Red, &layout.rag_key_red}};
    key.height = kBlockGap + line_height(key.heading_style) + kCellPadY;
    for (const auto& [rag, meaning] : ratings) {
        RagKeyEntry e;
        e.rag = rag;
        e.letter = rag_letter(rag);
        e.lines = wrap_text(std::string(rag_name(rag)) + ": " + *meaning, text_width, measure, key.text_style);
        key.height += entry_height(e, key.text_style);
        key.entries.push_back(std::move(e));
    }
    return key;
}

void paint_rag_key(PageCanvas& canvas, const RagKeyLayout& key, const OutputTemplate& layout,
                   const TextMeasurer& measure, double left, double top) {
    StructureTree& tree = canvas.tree();
    double y = top + kBlockGap;
    {
        canvas.begin_content(tree.add(StructRole::H2, tree.document()));
        Marked marked(canvas);
        canvas.text(left, y + baseline_offset(measure, key.heading_style), key.heading, key.heading_style, layout.text);
    }
    y += line_height(key.heading_style) + kCellPadY;
    const int list = tree.add(StructRole::L, tree.document());
    const double lh = line_height(key.text_style);
    const double base = baseline_offset(measure, key.text_style);
    for (const RagKeyEntry& e : key.entries) {
        const int item = tree.add(StructRole::LI, list);
        const double h = entry_height(e, key.text_style);
        const Box swatch{left, y + kCellPadY / 2, kSwatchWidth, lh + kCellPadY};
        {
            canvas.begin_artifact();
            Marked marked(canvas);
            canvas.fill_box(swatch, layout.rag_colour(e.rag));
        }
        {
            canvas.begin_content(tree.add(StructRole::Lbl, item));
            Marked marked(canvas);
            const double letter_width = measure.width(e.letter, key.heading_style);
            canvas.text(left + (kSwatchWidth - letter_width) / 2, swatch.top + kCellPadY / 2 + base, e.letter,
                        key.heading_style, layout.text);
        }
        {
            canvas.begin_content(tree.add(StructRole::LBody, item));
            Marked marked(canvas);
            double line_top = y + kCellPadY;
            for (const std::string& line : e.lines) {
                canvas.text(left + kSwatchWidth + kSwatchGap, line_top + base, line, key.text_style, layout.text);
                line_top += lh;
            }
        }
        y += h;
    }
}

}  // namespace scorecard::pdf
