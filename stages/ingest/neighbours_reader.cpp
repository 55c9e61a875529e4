#include "neighbours_reader.hpp"

#include <cctype>
#include <map>
#include <set>

#include "stages/model/national_data.hpp"
#include "stages/model/text_utils.hpp"
#include "national_tables.hpp"

namespace scorecard {

namespace {

int column_of(const RawRow& header, std::initializer_list<const char*> aliases) {
    for (const char* alias : aliases)
        for (std::size_t c = 0; c < header.cells.size(); ++c)
            if (fold_header(header.cells[c].text) == alias) return static_cast<int>(c);
    return -1;
}

std::string cell_at(const RawRow& row, int index) {
    return index < 0 ? std::string() : row.cell(static_cast<std::size_t>(index));
}

bool read_long_form(RawTable& table, int authority, int neighbour, std::vector<NeighbourRow>* out,
                    Findings& findings) {
    std::map<std::string, std::size_t> row_of;  // authority code -> index in out
    bool ok = true;
    for (std::size_t r = 1; r < table.rows.size(); ++r) {
        RawRow& row = table.rows[r];
        RowRelease release(row);
        if (row.is_blank()) continue;
        const std::string a = fold_authority_code(cell_at(row, authority));
        const std::string n = fold_authority_code(cell_at(row, neighbour));
        if (a.empty() || n.empty()) {
            findings.error("missing-key", row.where(0), "row needs an authority code and a neighbour code");
            ok = false;
            continue;
        }
        auto it = row_of.find(a);
        if (it == row_of.end()) {
            it = row_of.emplace(a, out->size()).first;
            NeighbourRow fresh;
            fresh.codes = {a};
            fresh.line = row.line;
            out->push_back(std::move(fresh));
        }
        (*out)[it->second].neighbours.push_back(n);
    }
    return ok;
}

bool read_wide_form(RawTable& table, const std::vector<int>& code_columns, const std::vector<int>& neighbour_columns,
                    std::vector<NeighbourRow>* out, Findings& findings) {
    bool ok = true;
    for (std::size_t r = 1; r < table.rows.size(); ++r) {
        RawRow& row = table.rows[r];
        RowRelease release(row);
        if (row.is_blank()) continue;
        NeighbourRow entry;
        entry.line = row.line;
        for (int c : code_columns) {
            const std::string code = fold_authority_code(cell_at(row, c));
            if (!code.empty()) entry.codes.push_back(code);
        }
        if (entry.codes.empty()) {
            findings.error("missing-key", row.where(0), "row has no authority code");
            ok = false;
            continue;
        }
        for (int c : neighbour_columns) {
            const std::string code = fold_authority_code(cell_at(row, c));
            if (!code.empty()) entry.neighbours.push_back(code);
        }
        out->push_back(std::move(entry));
    }
    return ok;
}

}  // namespace

int neighbour_column_number(const std::string& header_cell) {
    // Split the folded heading into words, letters and digits apart ("sn10" is "sn", "10").
    const std::string folded = fold_header(header_cell);
    std::vector<std::string> words;
    std::string word;
    auto flush = [&] {
        if (!word.empty()) words.push_back(word);
        word.clear();
    };
    for (char c : folded) {
        const bool digit = std::isdigit(static_cast<unsigned char>(c)) != 0;
        if (c == ' ' || c == '.' || c == '(' || c == ')') {
            flush();
            continue;
        }
        if (!word.empty() && (std::isdigit(static_cast<unsigned char>(word.back())) != 0) != digit) flush();
        word += c;
    }
    flush();
    int number = 0;
    std::string rest;
    for (const auto& w : words) {
        if (std::isdigit(static_cast<unsigned char>(w[0]))) {
            if (number != 0 || w.size() > 2) return 0;
            number = std::stoi(w);
            continue;
        }
        if (w == "code" || w == "la" || w == "new" || w == "old" || w == "number" || w == "no") continue;
        rest += (rest.empty() ? "" : " ") + w;
    }
    static const std::set<std::string> prefixes = {"sn", "neighbour", "neighbor", "statistical neighbour",
                                                   "statistical neighbor", "stat neighbour", "stat neighbor",
                                                   "closest neighbour", "closest neighbor"};
    return number > 0 && prefixes.count(rest) ? number : 0;
}

bool read_neighbours_table(RawTable& table, std::vector<NeighbourRow>* out, Findings& findings) {
    if (table.rows.empty()) return true;
    const RawRow& header = table.rows[0];
    // Numbered neighbour columns make the wide form, in the order of their numbers.
    std::map<int, int> numbered;
    for (std::size_t c = 0; c < header.cells.size(); ++c) {
        const int n = neighbour_column_number(header.cells[c].text);
        if (n > 0 && !numbered.count(n)) numbered[n] = static_cast<int>(c);
    }
    if (!numbered.empty()) {
        std::vector<int> codes;
        for (int c : {column_of(header, {"new la code", "authority code", "la code", "code"}),
                      column_of(header, {"old la code", "la number", "la no", "old code"})})
            if (c >= 0) codes.push_back(c);
        if (codes.empty()) {
            findings.error("missing-column", header.where(0),
                           "the header row has neighbour columns but no authority code column (\"new_la_code\", "
                           "\"old_la_code\", \"LA code\" or \"LA number\")");
            return false;
        }
        std::vector<int> neighbours;
        neighbours.reserve(numbered.size());
        for (const auto& [number, column] : numbered) neighbours.push_back(column);
        return read_wide_form(table, codes, neighbours, out, findings);
    }
    const int authority = column_of(header, {"authority code", "la code", "new la code", "old la code", "authority"});
    const int neighbour = column_of(header, {"neighbour code", "neighbour", "neighbor code", "neighbor"});
    if (authority < 0 || neighbour < 0) {
        findings.error("missing-column", header.where(0),
                       "the header row needs either \"authority code\" and \"neighbour code\" (one row per pair) or an "
                       "authority code column and numbered neighbour columns (SN1, SN2, ...)");
        return false;
    }
    return read_long_form(table, authority, neighbour, out, findings);
}

}  // namespace scorecard
