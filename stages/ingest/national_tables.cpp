#include "national_tables.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include "stages/model/text_utils.hpp"

namespace scorecard {

namespace {

// Header cells, folded, to their index.
class HeaderIndex {
public:
    explicit HeaderIndex(const RawRow& header) {
        for (std::size_t c = 0; c < header.cells.size(); ++c) {
            const std::string f = fold_header(header.cells[c].text);
            if (!f.empty() && !index_.count(f)) index_[f] = static_cast<int>(c);
        }
    }
    int find(std::initializer_list<const char*> aliases) const {
        for (const char* a : aliases) {
            auto it = index_.find(a);
            if (it != index_.end()) return it->second;
        }
        return -1;
    }
    int find(const std::string& name) const {
        auto it = index_.find(fold_header(name));
        return it == index_.end() ? -1 : it->second;
    }

private:
    std::map<std::string, int> index_;
};

std::string cell_at(const RawRow& row, int index) {
    return index < 0 ? std::string() : row.cell(static_cast<std::size_t>(index));
}

SourceLocation where_at(const RawRow& row, int index) {
    return row.where(index < 0 ? 0 : static_cast<std::size_t>(index));
}

bool all_digits(const std::string& s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

// Reads a value cell; an unreadable one is an error naming the cell. Percent measures of
// published files are plain numbers (16.5 for 16.5%).
bool read_value(const RawRow& row, int index, MeasureUnit unit, const std::string& what, Value* out,
                Findings& findings) {
    *out = parse_published_value(cell_at(row, index), where_at(row, index));
    if (out->state == ValueState::Invalid) {
        findings.error("not-a-number", out->where,
                       what + " " + quoted(out->text) + " is not a number or a suppression symbol (x, c, z, u, low, "
                              ":, .., *, [c], [x], [z], [u], [low])");
        return false;
    }
    if (out->is_number() && unit == MeasureUnit::Percent) out->unit = Unit::Percent;
    return true;
}

bool read_long_form(RawTable& table, const std::string& file, std::vector<NationalValue>* out, Findings& findings) {
    const RawRow& header = table.rows[0];
    const HeaderIndex columns(header);
    const int code = columns.find({"authority code", "la code", "new la code", "code"});
    const int name = columns.find({"authority name", "la name", "name"});
    const int id = columns.find({"indicator id", "indicator", "id"});
    const int period = columns.find({"period"});
    const int value = columns.find({"value"});
    bool ok = true;
    const std::pair<int, const char*> required[] = {
        {code, "authority code"}, {id, "indicator id"}, {period, "period"}, {value, "value"}};
    for (const auto& [index, heading] : required)
        if (index < 0) {
            findings.error("missing-column", header.where(0),
                           std::string("the header row lacks the column \"") + heading +
                               "\" (a national file is either authority code, authority name, indicator id, "
                               "period, value, or a tidy Explore education statistics file)");
            ok = false;
        }
    if (!ok) return false;
    for (std::size_t r = 1; r < table.rows.size(); ++r) {
        RawRow& row = table.rows[r];
        RowRelease release(row);
        if (row.is_blank()) continue;
        NationalValue v;
        v.file = file;
        v.line = row.line;
        v.authority_code = fold_authority_code(cell_at(row, code));
        v.authority_name = cell_at(row, name);
        v.indicator_id = cell_at(row, id);
        v.period = parse_period(cell_at(row, period), where_at(row, period));
        if (v.authority_code.empty() || v.indicator_id.empty()) {
            findings.error("missing-key", row.where(0), "row has no authority code or indicator id");
            ok = false;
            continue;
        }
        if (!read_value(row, value, MeasureUnit::AsWritten, "value", &v.value, findings)) {
            ok = false;
            continue;
        }
        out->push_back(std::move(v));
    }
    return ok;
}

// A mapping's columns in this file, or nothing when the file lacks its measure.
struct BoundMapping {
    const MeasureMapping* mapping = nullptr;
    int measure = -1;
    std::vector<std::pair<int, std::string>> filters;  // column index, folded value
};

bool read_ees(RawTable& table, const std::string& file, const std::vector<MeasureMapping>& map,
              std::vector<NationalValue>* out, std::vector<bool>* used, Findings& findings) {
    const RawRow& header = table.rows[0];
    const HeaderIndex columns(header);
    const int time_period = columns.find({"time period"});
    const int time_identifier = columns.find({"time identifier"});
    const int level = columns.find({"geographic level"});
    const int new_code = columns.find({"new la code"});
    const int old_code = columns.find({"old la code"});
    const int la_name = columns.find({"la name"});
    const int region_code = columns.find({"region code"});
    const int region_name = columns.find({"region name"});
    bool ok = true;
    auto require = [&](int index, const char* heading) {
        if (index >= 0) return;
        findings.error("missing-column", header.where(0),
                       std::string("the header row lacks the column \"") + heading +
                           "\" that an Explore education statistics file has");
        ok = false;
    };
    require(time_period, "time_period");
    require(time_identifier, "time_identifier");
    if (new_code < 0 && old_code < 0) require(new_code, "new_la_code");
    if (map.empty()) {
        findings.error("no-national-map", header.where(0),
                       "this is an Explore education statistics file: give --national-map FILE to say which measure "
                       "column (and filter values) is which indicator");
        ok = false;
    }
    std::vector<BoundMapping> bound;
    for (std::size_t m = 0; m < map.size(); ++m) {
        BoundMapping b;
        b.mapping = &map[m];
        b.measure = columns.find(map[m].measure);
        if (b.measure < 0) continue;
        (*used)[m] = true;
        for (const auto& [column, value] : map[m].filters) {
            const int index = columns.find(column);
            if (index < 0) {
                findings.error("missing-column", header.where(0),
                               "the national map filters " + quoted(map[m].indicator_id) + " on the column " +
                                   quoted(column) + ", which this file does not have");
                ok = false;
            }
            b.filters.emplace_back(index, fold_for_matching(value));
        }
        bound.push_back(std::move(b));
    }
    if (!ok) return false;
    if (bound.empty()) {
        findings.warning("nothing-mapped", header.where(0),
                         "no measure column of this file is in the national map, so nothing in it is used");
        return true;
    }
    // Each filter column is folded once a row, however many measures filter on it.
    std::vector<int> filter_columns;
    for (auto& b : bound)
        for (auto& [index, value] : b.filters) {
            auto at = std::find(filter_columns.begin(), filter_columns.end(), index);
            if (at == filter_columns.end()) at = filter_columns.insert(filter_columns.end(), index);
            index = static_cast<int>(at - filter_columns.begin());  // now a slot in `folded`
        }
    std::vector<std::string> folded(filter_columns.size());
    std::map<std::string, int> other_levels;  // levels not used, with how many rows
    std::map<std::pair<std::string, std::string>, Period> periods;
    for (std::size_t r = 1; r < table.rows.size(); ++r) {
        RawRow& row = table.rows[r];
        RowRelease release(row);
        if (row.is_blank()) continue;
        const std::string level_text = cell_at(row, level);
        const std::string folded_level = fold_header(level_text);
        NationalValue base;
        if (folded_level == "local authority") base.level = GeographicLevel::LocalAuthority;
        else if (folded_level == "regional") base.level = GeographicLevel::Region;
        else if (folded_level == "national") base.level = GeographicLevel::England;
        else {
            ++other_levels[level_text.empty() ? "(blank)" : level_text];
            continue;
        }
        base.file = file;
        base.line = row.line;
        {
            // A file has few distinct periods and many rows: each is parsed once.
            const std::string period_text = cell_at(row, time_period), identifier = cell_at(row, time_identifier);
            auto known = periods.find({period_text, identifier});
            if (known == periods.end())
                known = periods.emplace(std::make_pair(period_text, identifier), ees_period(period_text, identifier)).first;
            base.period = known->second;
            base.period.where = where_at(row, time_period);
        }
        base.authority_name = cell_at(row, la_name);
        base.region_code = fold_authority_code(cell_at(row, region_code));
        base.region_name = cell_at(row, region_name);
        if (base.level == GeographicLevel::LocalAuthority) {
            const std::string n = fold_authority_code(cell_at(row, new_code));
            base.old_code = fold_authority_code(cell_at(row, old_code));
            base.authority_code = n.empty() ? base.old_code : n;
            if (base.authority_code.empty()) {
                findings.error("missing-key", row.where(0), "a local authority row has no new_la_code or old_la_code");
                ok = false;
                continue;
            }
        } else if (base.level == GeographicLevel::Region && base.region_code.empty() && base.region_name.empty()) {
            findings.error("missing-key", row.where(0), "a regional row has no region_code or region_name");
            ok = false;
            continue;
        }
        for (std::size_t f = 0; f < filter_columns.size(); ++f) folded[f] = fold_for_matching(cell_at(row, filter_columns[f]));
        for (const auto& b : bound) {
            bool belongs = true;
            for (const auto& [slot, value] : b.filters)
                if (folded[static_cast<std::size_t>(slot)] != value) belongs = false;
            if (!belongs) continue;
            NationalValue v = base;
            v.indicator_id = b.mapping->indicator_id;
            if (!read_value(row, b.measure, b.mapping->unit, b.mapping->measure, &v.value, findings)) {
                ok = false;
                continue;
            }
            out->push_back(std::move(v));
        }
    }
    if (!other_levels.empty()) {
        std::string list;
        for (const auto& [name, count] : other_levels)
            list += (list.empty() ? "" : ", ") + quoted(name, 40) + " (" + std::to_string(count) + ")";
        findings.note("other-geographic-levels", header.where(level < 0 ? 0 : static_cast<std::size_t>(level)),
                      "rows of other geographic levels are not used: " + list);
    }
    return ok;
}

}  // namespace

std::string fold_header(const std::string& cell) {
    std::string f = fold_for_matching(cell);
    for (char& c : f)
        if (c == '_' || c == '-') c = ' ';
    return collapse_spaces(f);
}

bool is_ees_header(const RawRow& header) {
    const HeaderIndex columns(header);
    return columns.find({"time period"}) >= 0 && columns.find({"geographic level"}) >= 0;
}

Period ees_period(const std::string& time_period, const std::string& time_identifier, SourceLocation where) {
    const std::string period = trim(time_period);
    const std::string identifier = collapse_spaces(time_identifier);
    const std::string id = to_lower_ascii(identifier);
    const bool four = period.size() == 4 && all_digits(period);
    const bool six = period.size() == 6 && all_digits(period);
    const std::string pair = six ? period.substr(0, 4) + "/" + period.substr(4) : period;
    static const char* const years[] = {"academic year", "financial year", "tax year", "reporting year", "fiscal year"};
    bool a_year = false;
    for (const char* y : years)
        if (id == y) a_year = true;
    std::string text;
    if ((six || four) && (a_year || id == "calendar year")) {
        text = pair;  // "2022/23" or "2022"
    } else if (six && id.size() >= 2 && id.compare(id.size() - 2, 1, "q") == 0 && id.back() >= '1' &&
               id.back() <= '4' && (id.size() == 2 || id == std::string("financial year q") + id.back())) {
        text = std::string("Q") + id.back() + " " + pair;  // "Q3 2022/23": a financial quarter
    } else if (six && (id == "autumn term" || id == "spring term" || id == "summer term")) {
        text = identifier.substr(0, identifier.find(' ')) + " " + pair;  // "Autumn 2022/23"
    } else {
        text = identifier + " " + pair;  // months ("September 2022") and anything else, as written
    }
    return parse_period(text, where);
}

bool read_national_table(RawTable& table, const std::string& file, const std::vector<MeasureMapping>& map,
                         std::vector<NationalValue>* out, std::vector<bool>* used, Findings& findings) {
    if (table.rows.empty()) return true;
    if (is_ees_header(table.rows[0])) return read_ees(table, file, map, out, used, findings);
    return read_long_form(table, file, out, findings);
}

}  // namespace scorecard
