#include "national_reader.hpp"

#include <map>
#include <set>

#include "stages/model/text_utils.hpp"
#include "delimited_file.hpp"

namespace scorecard {

namespace {

bool load_table(const std::string& path, RawTable* table, Findings& findings) {
    std::string bytes;
    if (!read_file_bytes(path, &bytes, findings)) return false;
    DelimitedText read = read_delimited_bytes(bytes, findings);
    if (!read.ok) return false;
    *table = std::move(read.table);
    while (!table->rows.empty() && table->rows.front().is_blank()) table->rows.erase(table->rows.begin());
    if (table->rows.empty()) {
        findings.error("empty-file", {1, 1, 0}, "the file holds no rows");
        return false;
    }
    return true;
}

// Maps wanted column names to cell indexes from the header row.
bool map_columns(const RawRow& header, const std::vector<std::vector<std::string>>& wanted,
                 const std::vector<bool>& required, std::vector<int>* index, const std::vector<std::string>& names,
                 Findings& findings) {
    index->assign(wanted.size(), -1);
    for (std::size_t c = 0; c < header.cells.size(); ++c) {
        std::string f = fold_for_matching(header.cells[c].text);
        for (std::size_t w = 0; w < wanted.size(); ++w)
            for (const auto& alias : wanted[w])
                if (f == alias && (*index)[w] < 0) (*index)[w] = static_cast<int>(c);
    }
    bool ok = true;
    for (std::size_t w = 0; w < wanted.size(); ++w)
        if (required[w] && (*index)[w] < 0) {
            findings.error("missing-column", header.where(0), "the header row lacks the column \"" + names[w] + "\"");
            ok = false;
        }
    return ok;
}

}  // namespace

bool read_national_data(const std::string& national_path, const std::string& neighbours_path,
                        const std::string& own_authority, NationalData* out, Findings& findings) {
    out->file = national_path;
    out->neighbours_file = neighbours_path;
    out->own_authority = own_authority;
    bool ok = true;
    {
        Findings local(national_path);
        RawTable table;
        if (load_table(national_path, &table, local)) {
            std::vector<int> index;
            const std::vector<std::string> names = {"authority code", "authority name", "indicator id", "period", "value"};
            if (map_columns(table.rows[0],
                            {{"authority code", "la code", "code"}, {"authority name", "la name", "name"},
                             {"indicator id", "indicator", "id"}, {"period"}, {"value"}},
                            {true, false, true, true, true}, &index, names, local)) {
                auto cell = [&](const RawRow& row, int i) { return i < 0 ? std::string() : row.cell(static_cast<std::size_t>(i)); };
                for (std::size_t r = 1; r < table.rows.size(); ++r) {
                    const RawRow& row = table.rows[r];
                    if (row.is_blank()) continue;
                    NationalValue v;
                    v.line = row.line;
                    v.authority_code = cell(row, index[0]);
                    v.authority_name = cell(row, index[1]);
                    v.indicator_id = cell(row, index[2]);
                    v.period = parse_period(cell(row, index[3]), row.where(static_cast<std::size_t>(index[3])));
                    v.value = parse_value(cell(row, index[4]), row.where(static_cast<std::size_t>(index[4])));
                    if (v.authority_code.empty() || v.indicator_id.empty()) {
                        local.error("missing-key", row.where(0), "row has no authority code or indicator id");
                        continue;
                    }
                    if (v.value.state == ValueState::Invalid) {
                        local.error("not-a-number", v.value.where, "value " + quoted(v.value.text) + " is not a number");
                        continue;
                    }
                    out->values.push_back(std::move(v));
                }
            }
        }
        ok = !local.has_errors() && ok;
        for (auto& f : local.all()) findings.all().push_back(f);
    }
    if (!neighbours_path.empty()) {
        Findings local(neighbours_path);
        RawTable table;
        if (load_table(neighbours_path, &table, local)) {
            std::vector<int> index;
            if (map_columns(table.rows[0], {{"authority code", "la code", "authority"}, {"neighbour code", "neighbour", "neighbor code", "neighbor"}},
                            {true, true}, &index, {"authority code", "neighbour code"}, local)) {
                std::map<std::string, std::vector<std::string>> by_authority;
                for (std::size_t r = 1; r < table.rows.size(); ++r) {
                    const RawRow& row = table.rows[r];
                    if (row.is_blank()) continue;
                    std::string a = row.cell(static_cast<std::size_t>(index[0]));
                    std::string n = row.cell(static_cast<std::size_t>(index[1]));
                    if (a.empty() || n.empty()) {
                        local.error("missing-key", row.where(0), "row needs an authority code and a neighbour code");
                        continue;
                    }
                    by_authority[a].push_back(n);
                }
                if (out->own_authority.empty() && by_authority.size() == 1) out->own_authority = by_authority.begin()->first;
                if (out->own_authority.empty()) {
                    local.error("which-authority", {1, 1, 1},
                                "the file lists neighbours of " + std::to_string(by_authority.size()) +
                                    " authorities; give --authority CODE to say which is this scorecard's");
                } else {
                    out->neighbours = by_authority[out->own_authority];
                    if (out->neighbours.empty())
                        local.error("which-authority", {1, 1, 1},
                                    "the file lists no neighbours for authority " + out->own_authority);
                }
            }
        }
        ok = !local.has_errors() && ok;
        for (auto& f : local.all()) findings.all().push_back(f);
    }
    if (out->own_authority.empty()) {
        Findings local(national_path);
        local.error("which-authority", {1, 1, 1},
                    "national data needs to know which authority this scorecard is: give --authority CODE (or a "
                    "--neighbours file for one authority)");
        for (auto& f : local.all()) findings.all().push_back(f);
        ok = false;
    }
    return ok;
}

}  // namespace scorecard
