// In a large workbook scorecard writes the sheets' rows itself (streamed_sheet.hpp) instead of
// through libxlsxwriter's constant_memory mode. For the same calls it must write the same XML,
// byte for byte, and refuse the same mistakes: here both are given the awkward cases (control
// characters, white space at the ends, markup characters, empty and over-long text, numbers
// printf prints in exponent form, writes to rows already written out, merges) and compared.
#include <catch2/catch.hpp>

#include <zlib.h>

#include <xlsxwriter.h>

#include "stages/export/xlsx/fast_path/deflated_xml.hpp"
#include "stages/export/xlsx/fast_path/streamed_sheet.hpp"
#include "stages/export/xlsx/zip_rewrite.hpp"
#include "support/test_paths.hpp"
#include "support/xlsx_reader.hpp"

using namespace scorecard::test;
using scorecard::xlsx::DeflatedXml;
using scorecard::xlsx::StreamedSheet;

namespace {

// libxlsxwriter's calls, shaped like StreamedSheet's.
struct Libxlsxwriter {
    lxw_worksheet* sheet;
    lxw_error set_row(lxw_row_t row, double height) { return worksheet_set_row(sheet, row, height, nullptr); }
    lxw_error write_string(lxw_row_t row, lxw_col_t col, const std::string& text, lxw_format* f) {
        return worksheet_write_string(sheet, row, col, text.c_str(), f);
    }
    lxw_error write_number(lxw_row_t row, lxw_col_t col, double x, lxw_format* f) {
        return worksheet_write_number(sheet, row, col, x, f);
    }
    lxw_error write_boolean(lxw_row_t row, lxw_col_t col, bool b, lxw_format* f) {
        return worksheet_write_boolean(sheet, row, col, b, f);
    }
    lxw_error write_blank(lxw_row_t row, lxw_col_t col, lxw_format* f) { return worksheet_write_blank(sheet, row, col, f); }
    lxw_error merge_range(lxw_row_t r0, lxw_col_t c0, lxw_row_t r1, lxw_col_t c1, const std::string& text, lxw_format* f) {
        return worksheet_merge_range(sheet, r0, c0, r1, c1, text.c_str(), f);
    }
};

// The same calls to either; returns what each call returned.
template <class Out>
std::vector<int> awkward_rows(Out& out, lxw_format* bold, lxw_format* italic) {
    std::vector<int> r;
    r.push_back(out.set_row(0, 20.25));
    r.push_back(out.write_string(0, 0, "Title: R&D <spend> \"quoted\" 'single'", bold));
    const std::vector<std::string> texts = {
        "plain", " leading", "trailing ", "\tTab", "two\nlines", "ctrl\x01x", "bell\x07", "cr\rx", "\x1f",
        "x\x0b", "end\n", "\n", " ", "_x0041_ stays", "del\x7f", "caf\xc3\xa9 \xe2\x80\xa6 \xf0\x9f\x98\x80",
        "=SUM(A1:A2)", "+44", "-3", "@x", std::string("nul\0after", 9), std::string("\0first", 6), ""};
    for (std::size_t i = 0; i < texts.size(); ++i) {
        r.push_back(out.write_string(1, static_cast<lxw_col_t>(i), texts[i], bold));
        r.push_back(out.write_string(2, static_cast<lxw_col_t>(i), texts[i], nullptr));
    }
    const std::vector<double> numbers = {0.226, 3775, 80.7, -0.0, 0.1 + 0.2, 1e20, 1e-7, 1e15, 1e16, 123456789012345678.0,
                                         0.9079999999999999, -0.00200000000000003, 1.0 / 3, 2.0 / 3 * 1e-5, 1.5e-300, 0};
    for (std::size_t i = 0; i < numbers.size(); ++i)
        r.push_back(out.write_number(3, static_cast<lxw_col_t>(i), numbers[i], i % 2 ? italic : nullptr));
    r.push_back(out.set_row(4, 15));  // the default height: no ht
    r.push_back(out.write_boolean(4, 0, true, bold));
    r.push_back(out.write_boolean(4, 1, false, nullptr));
    r.push_back(out.write_blank(4, 2, italic));
    r.push_back(out.write_blank(4, 3, nullptr));  // nothing at all
    r.push_back(out.set_row(5, 12.75));           // a sized row with no cells
    r.push_back(out.set_row(6, 0));               // hidden
    r.push_back(out.set_row(7, 33.333333333));
    r.push_back(out.write_number(7, 5, 2, bold));  // overwritten twice in its row
    r.push_back(out.write_string(7, 5, "over", bold));
    r.push_back(out.write_blank(7, 5, nullptr));
    r.push_back(out.write_number(8, 700, 1, bold));  // column ZY
    r.push_back(out.write_string(3, 1, "too late", bold));  // rows written out already
    r.push_back(out.write_blank(2, 1, bold));
    r.push_back(out.set_row(1, 30));
    r.push_back(out.merge_range(9, 0, 9, 3, "across", bold));
    r.push_back(out.write_string(10, 0, "down", italic));
    r.push_back(out.write_blank(11, 0, italic));
    r.push_back(out.merge_range(10, 0, 11, 1, "down", italic));  // on its last row, as the writer merges
    r.push_back(out.merge_range(12, 0, 12, 2, "", bold));
    r.push_back(out.write_number(12, 0, 5, bold));
    r.push_back(out.merge_range(13, 1, 13, 1, "one cell", bold));  // refused
    r.push_back(out.write_string(14, 2, std::string(32768, 'x'), bold));  // too long
    r.push_back(out.write_string(14, 3, std::string(32767, 'y'), bold));
    r.push_back(out.write_string(LXW_ROW_MAX, 0, "past the end", bold));
    r.push_back(out.write_string(15, LXW_COL_MAX, "past the side", bold));
    r.push_back(out.write_number(16, 4, 7, italic));  // the last row, written when the sheet ends
    return r;
}

std::string inflate_raw(const DeflatedXml& xml) {
    std::string compressed;
    xml.read([&](const char* data, std::size_t n) { compressed.append(data, n); });
    z_stream z{};
    REQUIRE(inflateInit2(&z, -MAX_WBITS) == Z_OK);
    std::string out;
    char buffer[65536];
    z.next_in = reinterpret_cast<Bytef*>(compressed.data());
    z.avail_in = static_cast<uInt>(compressed.size());
    int status;
    do {
        z.next_out = reinterpret_cast<Bytef*>(buffer);
        z.avail_out = sizeof buffer;
        status = inflate(&z, Z_SYNC_FLUSH);
        out.append(buffer, sizeof buffer - z.avail_out);
    } while (status == Z_OK && (z.avail_in > 0 || z.avail_out == 0));
    inflateEnd(&z);
    CHECK(z.avail_in == 0);
    return out;
}

std::string between(const std::string& xml, const std::string& from, const std::string& to) {
    const auto a = xml.find(from);
    const auto b = xml.find(to, a);
    REQUIRE(a != std::string::npos);
    REQUIRE(b != std::string::npos);
    return xml.substr(a, b - a);
}

struct Written {
    std::vector<int> results;
    std::string rows;       // <sheetData> ... </mergeCells>
    std::string dimension;  // A1:ZY17
};

template <class Calls>
Written by_libxlsxwriter(const ScratchDir& dir, Calls calls) {
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    const std::string path = dir.file("libxlsxwriter.xlsx");
    lxw_workbook* workbook = workbook_new_opt(path.c_str(), &options);
    REQUIRE(workbook);
    Libxlsxwriter out{workbook_add_worksheet(workbook, "Rows")};
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format* italic = workbook_add_format(workbook);
    format_set_italic(italic);
    Written w;
    w.results = calls(out, bold, italic);
    REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
    const std::string xml = XlsxWorkbook(path).part("xl/worksheets/sheet1.xml");
    w.rows = between(xml, "<sheetData", "<pageMargins");
    w.dimension = between(xml, "<dimension ref=\"", "\"/>").substr(16);
    return w;
}

template <class Calls>
Written by_scorecard(const ScratchDir& dir, Calls calls) {
    // The formats come from a workbook of their own, made in the same order, so their style
    // numbers are the same.
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    const std::string path = dir.file("formats.xlsx");
    lxw_workbook* workbook = workbook_new_opt(path.c_str(), &options);
    REQUIRE(workbook);
    workbook_add_worksheet(workbook, "Rows");
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format* italic = workbook_add_format(workbook);
    format_set_italic(italic);
    StreamedSheet out(2);
    Written w;
    w.results = calls(out, bold, italic);
    out.pause();
    out.finish();
    w.rows = inflate_raw(out.xml());
    w.dimension = out.dimension();
    workbook_close(workbook);
    return w;
}

}  // namespace

TEST_CASE("streamed rows: the XML libxlsxwriter writes, for awkward text, numbers, rows and merges", "[xlsx][large]") {
    ScratchDir dir("xlsx-streamed-rows");
    auto calls = [](auto& out, lxw_format* bold, lxw_format* italic) { return awkward_rows(out, bold, italic); };
    const Written expected = by_libxlsxwriter(dir, calls);
    const Written got = by_scorecard(dir, calls);
    CHECK(got.results == expected.results);
    CHECK(got.dimension == expected.dimension);
    CHECK(got.rows == expected.rows);
    CHECK(got.rows.find("_x0001_") != std::string::npos);  // the case is really there
}

TEST_CASE("streamed rows: the dimension of sheets with only sized rows, or nothing", "[xlsx][large]") {
    ScratchDir dir("xlsx-streamed-dimension");
    auto sized = [](auto& out, lxw_format*, lxw_format*) {
        return std::vector<int>{out.set_row(3, 20), out.write_blank(5, 2, nullptr)};
    };
    auto later = [](auto& out, lxw_format* bold, lxw_format*) {
        return std::vector<int>{out.write_string(2, 3, "x", bold), out.set_row(5, 15)};
    };
    auto nothing = [](auto&, lxw_format*, lxw_format*) { return std::vector<int>{}; };
    const Written a = by_libxlsxwriter(dir, sized), b = by_scorecard(dir, sized);
    CHECK(a.dimension == "A4");
    CHECK(b.dimension == a.dimension);
    CHECK(b.rows == a.rows);
    CHECK(b.results == a.results);
    const Written c = by_libxlsxwriter(dir, later), d = by_scorecard(dir, later);
    CHECK(d.dimension == c.dimension);
    CHECK(d.rows == c.rows);
    const Written e = by_libxlsxwriter(dir, nothing), f = by_scorecard(dir, nothing);
    CHECK(f.dimension == e.dimension);
    CHECK(f.rows == e.rows);
}

TEST_CASE("streamed rows: deflated segments join into one stream", "[xlsx][large]") {
    DeflatedXml xml(1);
    std::string expected;
    for (int segment = 0; segment < 3; ++segment) {
        for (int i = 0; i < 20000; ++i) {
            const std::string row = "<row r=\"" + std::to_string(i) + "\"><c><v>" + std::to_string(i * segment) + "</v></c></row>";
            xml.put(row);
            expected += row;
            xml.flush_if_full();
        }
        xml.end_segment();
    }
    CHECK(xml.size() == expected.size());
    CHECK(xml.crc() == crc32(0, reinterpret_cast<const Bytef*>(expected.data()), static_cast<uInt>(expected.size())));
    CHECK(inflate_raw(xml) == expected);
    // A piece deflated apart, before and after, as the zip rewrite puts the frame around rows.
    const std::string head = scorecard::deflate_raw_piece("<worksheet><sheetData>", Z_DEFAULT_COMPRESSION, false);
    const std::string tail = scorecard::deflate_raw_piece("</sheetData></worksheet>", Z_DEFAULT_COMPRESSION, true);
    std::string whole = head;
    xml.read([&](const char* data, std::size_t n) { whole.append(data, n); });
    whole += tail;
    z_stream z{};
    REQUIRE(inflateInit2(&z, -MAX_WBITS) == Z_OK);
    std::string out(expected.size() + 100, '\0');
    z.next_in = reinterpret_cast<Bytef*>(whole.data());
    z.avail_in = static_cast<uInt>(whole.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    CHECK(inflate(&z, Z_FINISH) == Z_STREAM_END);
    out.resize(out.size() - z.avail_out);
    inflateEnd(&z);
    CHECK(out == "<worksheet><sheetData>" + expected + "</sheetData></worksheet>");
}
