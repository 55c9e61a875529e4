// The RAG rating key printed below the table (2019/20 layout): what Green, Amber and Red mean.
//
// Each entry has a swatch filled with the rating's colour and carrying its letter, then the
// rating's name and meaning in words, so the key reads the same printed in black and white.
// Tagged as an H2 and a list (L) of three items, each a label (the letter) and a body.
#pragma once

#include <string>
#include <vector>

#include "stages/templates/output_template.hpp"
#include "page_canvas.hpp"
#include "line_spacing.hpp"

namespace scorecard::pdf {

struct RagKeyEntry {
    Rag rag = Rag::None;
    std::string letter;              // "G"
    std::vector<std::string> lines;  // "Green: Top quartile of ..." wrapped
};

struct RagKeyLayout {
    std::string heading;
    TextStyle heading_style, text_style;
    std::vector<RagKeyEntry> entries;
    double height = 0;  // including the gap above it
};

constexpr double kSwatchWidth = 16.0;
constexpr double kSwatchGap = 6.0;

RagKeyLayout lay_out_rag_key(const OutputTemplate& layout, const TextMeasurer& measure, double width);

// Paints the key with its top (the gap above it included) at `top`; its structure elements
// go under the document element.
void paint_rag_key(PageCanvas& canvas, const RagKeyLayout& key, const OutputTemplate& layout,
                   const TextMeasurer& measure, double left, double top);

}  // namespace scorecard::pdf
