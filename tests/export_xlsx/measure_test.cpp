// The text measures the writer sizes columns and rows with: the template fonts' advance widths,
// wrapping as a spreadsheet wraps, and the sheet sizer's rules.
#include <catch2/catch.hpp>

#include "stages/export/common/font_face.hpp"
#include "stages/export/xlsx/sheet_sizer.hpp"
#include "stages/export/xlsx/cell_measure.hpp"

using namespace scorecard::xlsx;

namespace {
const char* const kRegular = "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf";
const char* const kBold = "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf";

const CellMeasure& measure() {
    static const CellMeasure m(scorecard::FontFace::load(kRegular), scorecard::FontFace::load(kBold));
    return m;
}

// A sheet of given rows of (column, text, wrap), for the sizer.
class FakeRows : public RowSource {
public:
    struct Cell {
        std::uint16_t column;
        std::string text;
        bool wrap;
        scorecard::CellKind kind = scorecard::CellKind::Text;
        std::uint32_t row_span = 1;
    };
    std::vector<std::vector<Cell>> rows_;
    std::vector<ColumnLimits> limits_;

    std::uint16_t column_count() const override { return static_cast<std::uint16_t>(limits_.size()); }
    ColumnLimits limits(std::uint16_t c) const override { return limits_[c]; }
    void rows(RowUse, const std::function<void(const SheetRow&)>& visit) const override {
        for (std::size_t r = 0; r < rows_.size(); ++r) {
            SheetRow row;
            row.index = static_cast<std::uint32_t>(r);
            row.cells.resize(limits_.size());
            for (const auto& c : rows_[r]) {
                SheetCell& cell = row.cells[c.column];
                cell.content.kind = c.kind;
                cell.content.text = c.text;
                cell.style.wrap = c.wrap;
                cell.row_span = c.row_span;
            }
            visit(row);
        }
    }
};
}  // namespace

TEST_CASE("wrapping breaks at spaces, and inside a word only when it must", "[xlsx][measure]") {
    const FontChoice font{false, 8};
    const std::string name = "Children in mainstream schools in receipt of SEN Support (without EHCP)";
    const double one_line = measure().line_width_px(name, font);
    CHECK(measure().wrapped_lines(name, font, one_line + 1) == 1);
    CHECK(measure().wrapped_lines(name, font, one_line / 2 + 20) == 2);
    CHECK(measure().wrapped_lines(name, font, one_line / 3 + 20) == 3);
    CHECK(measure().wrapped_lines("first\nsecond", font, 1000) == 2);
    const double word = measure().line_width_px("Outstanding", font);
    CHECK(measure().wrapped_lines("Outstanding", font, word) == 1);
    CHECK(measure().wrapped_lines("Outstanding", font, word * 0.6) == 2);
    // 8 pt at 96 dpi is 10.67 pixels to the em; the measure adds a few per cent for renderers.
    double em = 0;
    for (char c : std::string("Care leavers EET")) em += scorecard::FontFace::load(kRegular).advance_em(c);
    CHECK(measure().line_width_px("Care leavers EET", font) >= em * 8 * 96 / 72);
    CHECK(measure().line_width_px("Care leavers EET", font) <= em * 8 * 96 / 72 * 1.1);
    CHECK(measure().workbook_font_name() == "Arial");
}

TEST_CASE("the sizer widens a column to its longest word and caps it at its limit", "[xlsx][measure]") {
    FakeRows rows;
    rows.limits_ = {{20, 100}, {20, 400}, {20, 60}};
    rows.rows_ = {
        {{0, "Reception pupils with Free School Meals (FSM) status achieving 'Good level of development'", true},
         {1, "short", true},
         {2, "12,204", false, scorecard::CellKind::Number}},
        {{0, "Care leavers EET", true}, {1, "Care leavers EET", true}, {2, "99.99%", false, scorecard::CellKind::Number}},
    };
    const SheetPlan plan = plan_sheet(rows, measure());
    REQUIRE(plan.column_px.size() == 3);
    CHECK(plan.column_px[0] == Approx(100).margin(1));  // capped: the long name wraps
    CHECK(plan.column_px[1] < 110);                      // as wide as "Care leavers EET", no more
    CHECK(plan.column_px[1] >= measure().line_width_px("Care leavers EET", {}) + kCellPaddingPx);
    // A number never wraps: its column grows past its limit rather than show ####.
    CHECK(plan.column_px[2] >= measure().line_width_px("12,204", {}) + kCellPaddingPx);
    REQUIRE(plan.row_pt.size() == 2);
    CHECK(plan.row_pt[0] > 2 * plan.row_pt[1]);  // the long name takes three lines or more
}

TEST_CASE("a cell merged down rows shares its extra height among them", "[xlsx][measure]") {
    FakeRows rows;
    rows.limits_ = {{20, 60}, {20, 300}};
    FakeRows::Cell topic{0, "Help every child to have access to good quality education to ensure they achieve their maximum potential", true};
    topic.row_span = 2;
    rows.rows_ = {{topic, {1, "one", true}}, {{1, "two", true}}};
    const SheetPlan plan = plan_sheet(rows, measure());
    const double needed = cell_height_pt(measure(), topic.text, {}, true, plan.column_px[0]);
    CHECK(plan.row_pt[0] + plan.row_pt[1] >= needed);
    CHECK(plan.row_pt[0] == Approx(plan.row_pt[1]).margin(0.75));
}
