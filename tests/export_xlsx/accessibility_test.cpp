// The workbook against the accessible-spreadsheet checklist: titles in A1, tables
// with one header row of unique names and no blank rows or columns, nothing said by colour
// alone, readable sizes, nothing hidden, merged cells only in the committee layout.
#include <catch2/catch.hpp>

#include <set>

#include "workbook_builder.hpp"

using namespace scorecard::test;

namespace {

std::vector<const BuiltWorkbook*> seeds() { return {&flat_seed(), &sectioned_seed()}; }

void range_of(const std::string& ref, int* first_row, int* first_column, int* last_row, int* last_column) {
    const auto colon = ref.find(':');
    split_ref(ref.substr(0, colon), first_row, first_column);
    split_ref(ref.substr(colon + 1), last_row, last_column);
}

}  // namespace

TEST_CASE("accessibility: every table has one header row of unique names and no blank rows or columns",
          "[xlsx][accessibility]") {
    for (const BuiltWorkbook* built : seeds()) {
        for (const auto& name : built->book->sheet_names()) {
            const XlsxSheet& s = built->book->sheet(name);
            for (const XlsxTable& t : s.tables) {
                INFO(built->path << " " << name << " " << t.name << " " << t.ref);
                int r0, c0, r1, c1;
                range_of(t.ref, &r0, &c0, &r1, &c1);
                REQUIRE(r1 > r0);
                std::set<std::string> names;
                for (int c = c0; c <= c1; ++c) {
                    const XlsxCell& h = s.at(cell_ref(r0, c));
                    CHECK(h.is_string());
                    CHECK_FALSE(h.text.empty());
                    names.insert(h.text);
                }
                CHECK(names.size() == static_cast<std::size_t>(c1 - c0 + 1));
                for (int r = r0 + 1; r <= r1; ++r) {
                    bool any = false;
                    for (int c = c0; c <= c1; ++c) {
                        const XlsxCell* cell = s.find(cell_ref(r, c));
                        any = any || (cell && cell->type != XlsxCell::Type::Blank);
                    }
                    CHECK(any);
                }
                for (int c = c0; c <= c1; ++c) CHECK(s.column(c, r0 + 1).size() > 0);
                CHECK(s.merged.empty());  // a table sheet has no merged cells
            }
        }
        // The Data sheet is one table starting right under its title and note.
        CHECK(built->book->sheet("Data").tables.size() == 1);
    }
}

TEST_CASE("accessibility: no meaning is carried by colour alone", "[xlsx][accessibility]") {
    for (const BuiltWorkbook* built : seeds()) {
        const std::set<std::string> rag_fills{"00B050", "FFC000", "FF0000"};
        int rag_cells = 0;
        for (const auto& name : built->book->sheet_names())
            for (const auto& [ref, cell] : built->book->sheet(name).cells) {
                if (!rag_fills.count(cell.style.fill_rgb)) continue;
                INFO(built->path << " " << name << "!" << ref);
                // A RAG fill always carries its word or letter.
                CHECK(cell.is_string());
                CHECK_FALSE(cell.text.empty());
                ++rag_cells;
            }
        CHECK(rag_cells > 10);
    }
}

TEST_CASE("accessibility: the sheets read on screen use 10 pt or more", "[xlsx][accessibility]") {
    for (const BuiltWorkbook* built : seeds())
        for (const auto& name : built->book->sheet_names()) {
            if (name == "Scorecard") continue;  // the committee layout keeps the paper's 8 pt
            for (const auto& [ref, cell] : built->book->sheet(name).cells) {
                INFO(built->path << " " << name << "!" << ref);
                CHECK(cell.style.font_size >= 10);
            }
        }
}

TEST_CASE("accessibility: nothing is hidden and merges stay in the committee layout", "[xlsx][accessibility]") {
    for (const BuiltWorkbook* built : seeds()) {
        INFO(built->path);
        CHECK(built->book->part("xl/workbook.xml").find("state=\"hidden\"") == std::string::npos);
        for (const auto& name : built->book->sheet_names()) {
            const XlsxSheet& s = built->book->sheet(name);
            INFO(name);
            CHECK(s.xml.find("hidden=\"1\"") == std::string::npos);
            if (name != "Scorecard") CHECK(s.merged.empty());
            CHECK(s.at("A1").is_string());
            CHECK(s.at("A1").style.bold);
            CHECK(s.at("A1").style.font_size >= 14);
        }
    }
}

TEST_CASE("accessibility: the Cover spells out the abbreviations the scorecard uses and the RAG key", "[xlsx][accessibility]") {
    for (const BuiltWorkbook* built : seeds()) {
        const XlsxSheet& about = built->book->sheet("Cover");
        std::set<std::string> labels;
        for (const auto& [row, cell] : about.column(1)) labels.insert(cell->text);
        for (const char* a : {"EHCP", "FEEE", "NEET", "EET", "SEND", "RAG", "FY", "Green", "Amber", "Red", "N/A"})
            CHECK(labels.count(a) == 1);
        // Only those the scorecard uses: the 2019/20 seed has no CFWS.
        const bool flat = built->checked.layout.table_layout == scorecard::TemplateLayout::Flat;
        for (const char* a : {"CPP", "FSM", "CFWS", "KS2", "KS4", "Mth", "Qtr"}) CHECK(labels.count(a) == (flat ? 1 : 0));
    }
}
