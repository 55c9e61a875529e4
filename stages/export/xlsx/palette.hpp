// The looks every sheet uses, taken from the template's fonts and colours, so the workbook and
// the PDF share one set of colours and sizes.
#pragma once

#include "stages/templates/output_template.hpp"
#include "cell_style.hpp"

namespace scorecard::xlsx {

class Palette {
public:
    // `minimum_size`: the smallest font these looks use. The committee layout keeps the
    // template's size (8 pt fits the page); the sheets people read on screen use 10 pt or more,
    // as the accessible-spreadsheet guidance asks.
    explicit Palette(const OutputTemplate& layout, double minimum_size = 0) : t_(layout), minimum_(minimum_size) {}

    CellStyle title() const;                          // A1 of every sheet
    CellStyle header() const;                         // bold, wrapped, shaded, bordered
    CellStyle body(Align align, bool wrap) const;     // a table cell
    CellStyle number(Align align, const std::string& number_format) const;
    CellStyle topic() const;                          // merged down its rows, wrapped, centred
    CellStyle heading() const;                        // a full-width outcome heading row
    CellStyle rag(Rag rag, Align align) const;        // filled with the template's colour
    CellStyle note() const;                           // a line of explanation, unbordered
    CellStyle label() const;                          // a bold label, unbordered
    CellStyle plain(bool wrap) const;                 // unbordered text

private:
    CellStyle base() const;
    const OutputTemplate& t_;
    double minimum_;
};

}  // namespace scorecard::xlsx
