#include "table_forms.hpp"

#include <xlsxwriter.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <regex>
#include <stdexcept>
#include <vector>

namespace scorecard::bench {

namespace {

std::vector<std::vector<std::string>> rows_of(const std::string& tsv) {
    std::vector<std::vector<std::string>> rows;
    std::size_t start = 0;
    while (start < tsv.size()) {
        std::size_t end = tsv.find('\n', start);
        if (end == std::string::npos) end = tsv.size();
        std::vector<std::string> cells;
        std::size_t cell = start;
        while (true) {
            const std::size_t tab = tsv.find('\t', cell);
            if (tab == std::string::npos || tab > end) {
                cells.push_back(tsv.substr(cell, end - cell));
                break;
            }
            cells.push_back(tsv.substr(cell, tab - cell));
            cell = tab + 1;
        }
        rows.push_back(std::move(cells));
        start = end + 1;
    }
    return rows;
}

// A figure as a number and the format that shows it as the text does ("12.3%" -> 0.123 in
// "0.0%"); false for text.
bool typed(const std::string& text, double* value, std::string* format) {
    static const std::regex percent(R"(^-?\d+(\.(\d+))?%$)"), grouped(R"(^\d{1,3}(,\d{3})+$)"),
        decimal(R"(^-?\d+\.(\d+)$)"), whole(R"(^-?[1-9]\d*$|^0$)");
    std::smatch m;
    if (std::regex_match(text, m, percent)) {
        *value = std::strtod(text.c_str(), nullptr) / 100;
        *format = "0" + (m[2].length() ? "." + std::string(static_cast<std::size_t>(m[2].length()), '0') : "") + "%";
        return true;
    }
    if (std::regex_match(text, grouped)) {
        std::string digits;
        for (char c : text)
            if (c != ',') digits += c;
        *value = std::strtod(digits.c_str(), nullptr);
        *format = "#,##0";
        return true;
    }
    if (std::regex_match(text, m, decimal)) {
        *value = std::strtod(text.c_str(), nullptr);
        *format = "0." + std::string(static_cast<std::size_t>(m[1].length()), '0');
        return true;
    }
    if (std::regex_match(text, whole)) {
        *value = std::strtod(text.c_str(), nullptr);
        format->clear();  // General
        return true;
    }
    return false;
}

}  // namespace

void write_csv(const std::string& tsv, const std::string& path) {
    std::ofstream out(path, std::ios::binary);
    for (const auto& row : rows_of(tsv)) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (c) out << ',';
            const std::string& cell = row[c];
            if (cell.find_first_of(",\"\n") == std::string::npos) {
                out << cell;
                continue;
            }
            out << '"';
            for (char ch : cell) out << (ch == '"' ? "\"\"" : std::string(1, ch));
            out << '"';
        }
        out << '\n';
    }
    if (!out) throw std::runtime_error("cannot write " + path);
}

void write_xlsx(const std::string& tsv, const std::string& path) {
    lxw_workbook* workbook = workbook_new(path.c_str());
    if (!workbook) throw std::runtime_error("cannot create " + path);
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Scorecard");
    std::map<std::string, lxw_format*> formats;
    const auto rows = rows_of(tsv);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            const std::string& text = rows[r][c];
            if (text.empty()) continue;
            double value = 0;
            std::string code;
            if (r > 0 && typed(text, &value, &code)) {
                lxw_format* format = nullptr;
                if (!code.empty()) {
                    auto it = formats.find(code);
                    if (it == formats.end()) {
                        lxw_format* f = workbook_add_format(workbook);
                        format_set_num_format(f, code.c_str());
                        it = formats.emplace(code, f).first;
                    }
                    format = it->second;
                }
                worksheet_write_number(sheet, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c), value, format);
            } else {
                worksheet_write_string(sheet, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c), text.c_str(),
                                       nullptr);
            }
        }
    }
    if (workbook_close(workbook) != LXW_NO_ERROR) throw std::runtime_error("cannot write " + path);
}

}  // namespace scorecard::bench
