#include "data_csv.hpp"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "stages/export/common/export_context.hpp"
#include "data_sheet.hpp"
#include "palette.hpp"

namespace scorecard {

namespace xlsx {

namespace {

bool formula_like(const std::string& text) {
    return !text.empty() && std::strchr("=+-@\t\r", text[0]) != nullptr;
}

// How the Data sheet formats a period's end (data_sheet.cpp): such a cell is a date.
constexpr const char* kDateFormat = "yyyy-mm-dd";

std::string field_of(const SheetCell& cell) {
    switch (cell.content.kind) {
        case CellKind::Number:
            // A date's text is its ISO form; TRUE and FALSE are words in every spreadsheet.
            if (cell.boolean || cell.content.number_format == kDateFormat) return cell.content.text;
            return csv_number_field(cell.content.number);
        case CellKind::Empty:
            return "";
        default:
            return csv_text_field(cell.content.text);
    }
}

}  // namespace

std::string csv_text_field(const std::string& raw) {
    std::string text = formula_like(raw) ? "'" + raw : raw;
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string csv_number_field(double number) {
    if (!std::isfinite(number)) return "";
    if (number == 0) return "0";  // never "-0"
    char buffer[32];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, number, std::chars_format::general, 15);
    return std::string(buffer, written.ptr);
}

}  // namespace xlsx

void write_data_csv(const Scorecard& scorecard, const OutputTemplate& layout, const std::string& path) {
    using namespace xlsx;
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (!file) throw ExportError("CSV export: cannot write " + path + ": " + std::strerror(errno));
    std::string buffer = "\xEF\xBB\xBF";  // the byte-order mark
    bool failed = false;
    auto flush = [&] {
        if (!buffer.empty() && std::fwrite(buffer.data(), 1, buffer.size(), file) != buffer.size()) failed = true;
        buffer.clear();
    };
    const Palette palette(layout);
    const DataRows rows(scorecard, palette, "");
    // Measuring gives every cell its text as shown: a date's ISO form among them.
    rows.rows(RowUse::Measure, [&](const SheetRow& row) {
        if (row.index < DataRows::kHeaderRow) return;  // the sheet's title and note
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            if (c > 0) buffer += ',';
            buffer += field_of(row.cells[c]);
        }
        buffer += "\r\n";
        if (buffer.size() > (std::size_t{1} << 20)) flush();
    });
    flush();
    if (std::fclose(file) != 0) failed = true;
    if (failed) {
        std::remove(path.c_str());
        throw ExportError("CSV export: cannot write " + path + ": " + std::strerror(errno));
    }
}

}  // namespace scorecard
