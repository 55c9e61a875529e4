// The summary at the front of the PDF (the template's "summary": {"pdf_page": true}, the
// default): the summary tables every document prints (common/summary_tables.hpp), on pages
// of their own before the scorecard table, numbered with the rest.
//
// Tagged as one section (Sect) made before the title and the table, so it reads first: an
// H1, the lead sentence (P), then per table an H2, its note (P), and a Table whose header row
// is TH scoped to columns and whose rows start with a TH scoped to the row (the indicator);
// a table with no rows is its sentence (P) instead, on the heading's line where it fits there
// (so a summary with little to list takes one page, not two). A table never splits a row; one that
// continues on the next page repeats its header row as a pagination artifact.
#pragma once

#include <string>
#include <vector>

#include "stages/export/common/summary_tables.hpp"
#include "stages/export/common/text_measurer.hpp"
#include "page_canvas.hpp"

namespace scorecard::pdf {

class SummaryPages {
public:
    // `section`: the Sect element the summary's elements belong to. `page_room`: the most a
    // row may take (a page's height between the margins); taller rows are cut to it.
    SummaryPages(const Scorecard& scorecard, const OutputTemplate& layout, const TextMeasurer& measure, double left,
                 double width, double page_room, int section);

    bool done() const { return next_ >= blocks_.size(); }
    // Paints what fits between `top` and `bottom`; at least one block on a fresh page.
    void paint(PageCanvas& canvas, double top, double bottom);
    // How many pages paint() will take from the start, each from `top` to `bottom` (for
    // {pages}, counted before anything is painted).
    int pages_needed(double top, double bottom) const;

private:
    struct Cell {
        std::vector<std::string> lines;
        CellKind kind = CellKind::Text;
        Rag rag = Rag::None;
    };
    enum class BlockKind { Heading1, Heading2, Paragraph, HeaderRow, Row };
    struct Block {
        BlockKind kind = BlockKind::Paragraph;
        std::vector<std::string> lines;  // headings and paragraphs
        std::string aside;               // a table with no rows: its sentence, on its heading's line
        std::vector<Cell> cells;         // header and body rows
        int table = -1;                  // the index of the table a row belongs to
        bool last_row = false;           // the table's last row
        double height = 0;
    };
    struct TableState {
        std::vector<double> widths;
        std::vector<Cell> header;
        double header_height = 0;
        int table = -1, head = -1, body = -1;  // structure elements, made when first painted
        std::vector<int> column_headers;       // the header row's TH elements
    };

    void add_table(const SummaryTable& table, double page_room);
    // The room between a heading and the sentence beside it: two spaces of the heading's size.
    double aside_gap() const { return h2_style_.size; }
    void paint_row(PageCanvas& canvas, const Block& block, TableState& state, double top, bool repeat);
    // What must go on a page with `block`: a heading keeps with what follows it until the
    // first row of its table (or its sentence).
    double keep_height(std::size_t index) const;
    // The first block that does not fit on a page that starts with block `from`.
    std::size_t fit_on_page(std::size_t from, double top, double bottom) const;

    const OutputTemplate& layout_;
    const TextMeasurer& measure_;
    double left_, width_;
    int section_;
    TextStyle h1_style_, h2_style_, text_style_, bold_style_;
    std::vector<Block> blocks_;
    std::vector<TableState> tables_;
    std::size_t next_ = 0;
};

}  // namespace scorecard::pdf
