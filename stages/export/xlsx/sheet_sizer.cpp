#include "sheet_sizer.hpp"

#include <algorithm>
#include <cmath>

#include "stages/model/utf8.hpp"

namespace scorecard::xlsx {

namespace {

FontChoice font_of(const CellStyle& style) { return {style.bold, style.size_pt}; }

bool shows_text(const SheetCell& cell) {
    return !cell.covered && cell.content.kind != CellKind::Empty && cell.content.kind != CellKind::Chart &&
           !cell.content.text.empty();
}

// "Summer 2022", "High = Good", "2021/22 Final": broken over two lines they read badly and
// make the row twice as tall for the sake of a few pixels.
constexpr std::size_t kShortTextChars = 16;
bool is_short(const std::string& text) {
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++chars) next_code_point(text, i);
    return chars <= kShortTextChars;
}

// Excel stores heights in points but draws whole pixels (0.75 pt each): round up to one.
double round_up_to_pixel(double pt) { return std::ceil(pt / 0.75 - 1e-9) * 0.75; }

struct ColumnNeeds {
    double natural = 0;  // the widest line, unwrapped
    double floor = 0;    // what must fit on one line: the longest word of wrapped text, a whole number
};

struct TallMerge {
    std::uint32_t first_row, rows;
    double height;
};

}  // namespace

double cell_height_pt(const CellMeasure& measure, const std::string& text, FontChoice font, bool wrap,
                      double width_px) {
    const int lines = wrap ? measure.wrapped_lines(text, font, std::max(1.0, width_px - kCellPaddingPx))
                           : 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n'));
    return lines * measure.line_height_pt(font) + kCellPaddingPt;
}

SheetPlan plan_sheet(const RowSource& source, const CellMeasure& measure) {
    const std::uint16_t columns = source.column_count();
    std::vector<ColumnNeeds> needs(columns);
    double overflow_reach = 0;  // the furthest a title runs to the right, from the sheet's left edge

    // Pass 1: widths, and the height of every row whose cells need no wrapping (their height
    // does not depend on the widths). Cells merged across columns (full-width headings) fit
    // whatever widths the columns settle on, so they do not push any one column wider.
    SheetPlan plan;
    bool widths_matter = false;  // a wrapped or merged cell: heights wait for the widths
    source.rows(RowUse::Measure, [&](const SheetRow& row) {
        double height = 0;
        for (std::uint16_t c = 0; c < row.cells.size() && c < columns; ++c) {
            const SheetCell& cell = row.cells[c];
            if (!cell.covered) height = std::max(height, cell.min_height_pt);
            if (!shows_text(cell)) continue;
            const FontChoice font = font_of(cell.style);
            if (cell.style.wrap || cell.col_span > 1 || cell.row_span > 1) widths_matter = true;
            else height = std::max(height, cell_height_pt(measure, cell.content.text, font, false, 0));
            if (cell.col_span > 1) continue;
            const TextExtent extent = measure.extent(cell.content.text, font);
            if (cell.overflows) {
                // Measured from column c's left edge; only the first column's titles are tracked.
                if (c == 0) overflow_reach = std::max(overflow_reach, extent.line_px + kCellPaddingPx);
                continue;
            }
            const double line = extent.line_px + kCellPaddingPx + cell.extra_px;
            needs[c].natural = std::max(needs[c].natural, line);
            if (cell.content.kind == CellKind::Number || cell.content.kind == CellKind::Rag ||
                (cell.keep_short && is_short(cell.content.text)))
                needs[c].floor = std::max(needs[c].floor, line);
            else if (cell.style.wrap)
                needs[c].floor = std::max(needs[c].floor, extent.word_px + kCellPaddingPx);
        }
        if (plan.row_pt.size() <= row.index) plan.row_pt.resize(row.index + 1, 0);
        plan.row_pt[row.index] = height;
    });

    plan.column_px.resize(columns);
    for (std::uint16_t c = 0; c < columns; ++c) {
        const ColumnLimits limits = source.limits(c);
        double width = std::clamp(needs[c].natural, limits.min_px, std::max(limits.min_px, limits.max_px));
        // A word or a number never splits unless it is wider than the column may ever be.
        width = std::max(width, std::min(needs[c].floor, std::max(limits.max_px, limits.min_px) * 1.5));
        plan.column_px[c] = std::ceil(width);
    }

    // A title runs on over the empty cells to its right, but never past the last column, where
    // a print area would cut it: a narrow sheet (About has two columns) widens its last column.
    double total = 0;
    for (double w : plan.column_px) total += w;
    if (columns > 0 && overflow_reach > total) plan.column_px[columns - 1] += std::ceil(overflow_reach - total);

    // Pass 2: heights, now that the widths are known; a sheet with nothing wrapped or merged
    // (the Data sheet) has them all from pass 1 and is spared a third reading.
    std::vector<TallMerge> tall;
    if (widths_matter) source.rows(RowUse::Measure, [&](const SheetRow& row) {
        double height = 0;
        for (std::uint16_t c = 0; c < row.cells.size() && c < columns; ++c) {
            const SheetCell& cell = row.cells[c];
            if (!cell.covered) height = std::max(height, cell.min_height_pt);
            if (!shows_text(cell)) continue;
            double width = 0;
            for (std::uint16_t k = c; k < c + cell.col_span && k < columns; ++k) width += plan.column_px[k];
            const double h = cell_height_pt(measure, cell.content.text, font_of(cell.style), cell.style.wrap, width);
            if (cell.row_span > 1)
                tall.push_back({row.index, cell.row_span, h});
            else
                height = std::max(height, h);
        }
        if (plan.row_pt.size() <= row.index) plan.row_pt.resize(row.index + 1, 0);
        plan.row_pt[row.index] = height;
    });

    // A topic taller than its rows together: share the extra height out evenly.
    for (const auto& merge : tall) {
        if (plan.row_pt.size() < merge.first_row + merge.rows) plan.row_pt.resize(merge.first_row + merge.rows, 0);
        double have = 0;
        for (std::uint32_t r = 0; r < merge.rows; ++r) have += plan.row_pt[merge.first_row + r];
        if (have >= merge.height) continue;
        const double extra = (merge.height - have) / merge.rows;
        for (std::uint32_t r = 0; r < merge.rows; ++r) plan.row_pt[merge.first_row + r] += extra;
    }
    for (std::size_t r = 0; r < plan.row_pt.size(); ++r) {
        double& h = plan.row_pt[r];
        if (h <= 0) continue;
        h = round_up_to_pixel(h);
        if (h > kMaxRowPt) {
            plan.rows_over_limit.push_back({static_cast<std::uint32_t>(r), h});
            h = kMaxRowPt;
        }
    }
    return plan;
}

}  // namespace scorecard::xlsx
