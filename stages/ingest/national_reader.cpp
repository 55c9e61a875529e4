#include "national_reader.hpp"

#include <map>

#include "stages/model/text_utils.hpp"
#include "delimited_file.hpp"
#include "national_map.hpp"
#include "national_tables.hpp"
#include "neighbours_reader.hpp"

namespace scorecard {

namespace {

void append(Findings& into, Findings& from) {
    for (auto& f : from.all()) into.all().push_back(std::move(f));
}

bool load_table(const std::string& path, RawTable* table, Findings& findings) {
    std::string bytes;
    if (!read_file_bytes(path, &bytes, findings)) return false;
    DelimitedText read = read_delimited_bytes(std::move(bytes), findings);
    if (!read.ok) return false;
    *table = std::move(read.table);
    std::size_t first = 0;
    while (first < table->rows.size() && table->rows[first].is_blank()) ++first;
    table->rows.erase(table->rows.begin(), table->rows.begin() + static_cast<std::ptrdiff_t>(first));
    if (table->rows.empty()) {
        findings.error("empty-file", {1, 1, 0}, "the file holds no rows");
        return false;
    }
    return true;
}

// Old three-digit codes to new ones, from every row that gives both.
class CodeAliases {
public:
    void add(const std::string& new_code, const std::string& old_code) {
        if (!new_code.empty() && !old_code.empty() && new_code != old_code) new_of_.emplace(old_code, new_code);
    }
    std::string canonical(const std::string& code) const {
        auto it = new_of_.find(code);
        return it == new_of_.end() ? code : it->second;
    }

private:
    std::map<std::string, std::string> new_of_;
};

// Same figure, or the same symbol or emptiness written the same way.
bool same_value(const Value& a, const Value& b) {
    if (a.state != b.state) return false;
    if (a.is_number()) return same_kind_of_unit(a, b) && compare_as_shown(a, b) == 0;
    return to_lower_ascii(a.text) == to_lower_ascii(b.text);
}

std::string shown(const Value& v) { return v.is_blank() ? "a blank" : display_text(v); }

std::string place(const NationalValue& v) {
    switch (v.level) {
        case GeographicLevel::LocalAuthority:
            return v.authority_code + (v.authority_name.empty() ? "" : " (" + v.authority_name + ")");
        case GeographicLevel::Region: return "the region " + (v.region_name.empty() ? v.region_code : v.region_name);
        case GeographicLevel::England: return "England";
    }
    return "";
}

// A second row for the same place, indicator and period: an error naming both lines, unless
// the values are equal (a note; the second row is not counted again).
bool drop_duplicates(std::vector<NationalValue>& values, std::map<std::string, Findings>& by_file) {
    std::map<std::string, std::size_t> first_of;
    std::vector<NationalValue> kept;
    kept.reserve(values.size());
    bool ok = true;
    for (auto& v : values) {
        const std::string where_key = v.level == GeographicLevel::LocalAuthority ? v.authority_code
                                      : v.level == GeographicLevel::Region
                                          ? (v.region_code.empty() ? fold_authority_code(v.region_name) : v.region_code)
                                          : std::string();
        const std::string key = std::to_string(static_cast<int>(v.level)) + "|" + where_key + "|" +
                                fold_indicator_id(v.indicator_id) + "|" + period_match_key(v.period);
        auto found = first_of.find(key);
        if (found == first_of.end()) {
            first_of.emplace(key, kept.size());
            kept.push_back(std::move(v));
            continue;
        }
        const NationalValue& first = kept[found->second];
        const std::string first_line = (first.file == v.file ? "line " : first.file + ":") + std::to_string(first.line);
        const std::string what = place(v) + ", " + quoted(v.indicator_id) + ", " + v.period.text;
        Findings& findings = by_file[v.file];
        if (same_value(first.value, v.value)) {
            std::string message = "a second row for " + what;
            message += " gives the same value as " + first_line;
            message += " (" + shown(v.value) + "); it is counted once";
            findings.note("duplicate-row", {v.line, 1, 1}, message);
        } else {
            std::string message = "a second row for " + what;
            message += ": " + first_line + " gives " + shown(first.value);
            message += ", this line gives " + shown(v.value);
            message += "; which is right? (if the file has more breakdowns, the national map needs a filter for them)";
            findings.error("duplicate-row", {v.line, 1, 1}, message);
            ok = false;
        }
    }
    values = std::move(kept);
    return ok;
}

}  // namespace

bool read_national_data(const NationalInputs& inputs, NationalData* out, Findings& findings) {
    out->files = inputs.national_files;
    out->neighbours_file = inputs.neighbours_file;
    const std::size_t errors_before = findings.count(Severity::Error);
    bool ok = true;

    std::vector<MeasureMapping> map;
    if (!inputs.map_file.empty()) {
        Findings local(inputs.map_file);
        ok = read_measure_map_file(inputs.map_file, &map, local) && ok;
        append(findings, local);
    }

    // Findings per file, so a duplicate found across files is reported against its own file.
    std::map<std::string, Findings> by_file;
    std::vector<bool> used(map.size(), false);
    bool any_ees = false;
    for (const auto& path : inputs.national_files) {
        Findings& local = by_file.emplace(path, Findings(path)).first->second;
        RawTable table;
        if (!load_table(path, &table, local)) continue;
        any_ees = is_ees_header(table.rows[0]) || any_ees;
        read_national_table(table, path, map, &out->values, &used, local);
    }
    if (!inputs.map_file.empty() && ok) {
        Findings local(inputs.map_file);
        if (!any_ees) {
            local.warning("national-map-unused", {1, 1, 0},
                          "no --national file is an Explore education statistics file, so the map is not used");
        } else {
            for (std::size_t m = 0; m < map.size(); ++m)
                if (!used[m])
                    local.error("measure-not-found", {1, 1, 0},
                                "the measure column " + quoted(map[m].measure) + " of " + quoted(map[m].indicator_id) +
                                    " is in none of the --national files");
        }
        append(findings, local);
    }

    std::vector<NeighbourRow> neighbour_rows;
    Findings neighbour_findings(inputs.neighbours_file);
    if (!inputs.neighbours_file.empty()) {
        RawTable table;
        if (load_table(inputs.neighbours_file, &table, neighbour_findings))
            read_neighbours_table(table, &neighbour_rows, neighbour_findings);
    }

    // One spelling per authority: the new code wherever some file gives both.
    CodeAliases aliases;
    for (const auto& v : out->values)
        if (v.level == GeographicLevel::LocalAuthority) aliases.add(v.authority_code, v.old_code);
    for (const auto& row : neighbour_rows)
        if (row.codes.size() == 2) aliases.add(row.codes[0], row.codes[1]);
    for (auto& v : out->values)
        if (v.level == GeographicLevel::LocalAuthority) v.authority_code = aliases.canonical(v.authority_code);

    for (const auto& path : inputs.national_files) by_file.emplace(path, Findings(path));
    drop_duplicates(out->values, by_file);

    out->own_authority = aliases.canonical(fold_authority_code(inputs.authority));
    if (!inputs.neighbours_file.empty() && !neighbour_findings.has_errors()) {
        if (out->own_authority.empty() && neighbour_rows.size() == 1)
            out->own_authority = aliases.canonical(neighbour_rows[0].codes[0]);
        if (out->own_authority.empty()) {
            neighbour_findings.error("which-authority", {1, 1, 1},
                                     "the file lists neighbours of " + std::to_string(neighbour_rows.size()) +
                                         " authorities; give --authority CODE to say which is this scorecard's");
        } else {
            const NeighbourRow* own = nullptr;
            for (const auto& row : neighbour_rows)
                for (const auto& code : row.codes)
                    if (aliases.canonical(code) == out->own_authority) own = &row;
            if (!own || own->neighbours.empty()) {
                neighbour_findings.error("which-authority", {1, 1, 1},
                                         "the file lists no neighbours for authority " + out->own_authority);
            } else {
                for (const auto& code : own->neighbours) out->neighbours.push_back(aliases.canonical(code));
            }
        }
    }
    append(findings, neighbour_findings);
    for (const auto& path : inputs.national_files) append(findings, by_file[path]);

    if (out->own_authority.empty()) {
        Findings local(inputs.national_files.empty() ? std::string() : inputs.national_files.front());
        local.error("which-authority", {1, 1, 1},
                    "national data needs to know which authority this scorecard is: give --authority CODE (or a "
                    "--neighbours file for one authority)");
        append(findings, local);
    }
    return findings.count(Severity::Error) == errors_before && ok;
}

}  // namespace scorecard
