#include "national_map.hpp"

#include <Poco/JSON/Object.h>

#include "stages/model/text_utils.hpp"
#include "stages/templates/template_json.hpp"
#include "delimited_file.hpp"

namespace scorecard {

namespace {

constexpr std::size_t kMaxMapBytes = std::size_t{1024} * 1024;

// One map entry; false (with an error naming the key) when it is not what the map allows.
bool read_entry(const std::string& id, const Poco::JSON::Object::Ptr& entry, MeasureMapping* out, Findings& findings) {
    auto fail = [&](const std::string& key, const std::string& message) {
        findings.error("bad-national-map", {1, 1, 0}, quoted(id) + (key.empty() ? "" : "." + key) + ": " + message);
        return false;
    };
    if (!entry) return fail("", "must be an object: {\"measure\": \"COLUMN\", \"filters\": {...}, \"unit\": \"percent\"}");
    for (const auto& key : entry->getNames())
        if (key != "measure" && key != "filters" && key != "unit")
            return fail(key, "unknown key (expected one of: filters, measure, unit)");
    out->indicator_id = id;
    if (!entry->has("measure") || !entry->get("measure").isString())
        return fail("measure", "the column holding the figure is required, as a string");
    out->measure = trim(entry->get("measure").convert<std::string>());
    if (out->measure.empty()) return fail("measure", "must name a column");
    if (entry->has("filters")) {
        Poco::JSON::Object::Ptr filters = entry->getObject("filters");
        if (!filters) return fail("filters", "must be an object of column: value");
        for (const auto& column : filters->getNames()) {
            if (!filters->get(column).isString())
                return fail("filters." + column, "must be a string (the value the column must hold)");
            out->filters.emplace_back(trim(column), trim(filters->get(column).convert<std::string>()));
        }
    }
    if (entry->has("unit")) {
        if (!entry->get("unit").isString()) return fail("unit", "must be \"percent\" or \"number\"");
        const std::string unit = entry->get("unit").convert<std::string>();
        if (unit == "percent") out->unit = MeasureUnit::Percent;
        else if (unit == "number") out->unit = MeasureUnit::AsWritten;
        else return fail("unit", "must be \"percent\" or \"number\", not " + quoted(unit));
    }
    return true;
}

}  // namespace

bool read_measure_map(const std::string& bytes, const std::string& name, std::vector<MeasureMapping>* out,
                      Findings& findings) {
    if (bytes.size() > kMaxMapBytes) {
        findings.error("file-too-large", {1, 1, 0}, "the map is larger than 1 MiB; it names one measure per indicator");
        return false;
    }
    Poco::JSON::Object::Ptr root;
    try {
        root = parse_json_object(name, bytes, "a national map");
    } catch (const TemplateError& e) {
        // The message starts with the file's name, which the finding already carries.
        std::string message = e.what();
        if (starts_with(message, name + ": ")) message = message.substr(name.size() + 2);
        findings.error("bad-national-map", {1, 1, 0}, message);
        return false;
    }
    bool ok = true;
    for (const auto& id : root->getNames()) {
        MeasureMapping mapping;
        if (read_entry(id, root->getObject(id), &mapping, findings)) out->push_back(std::move(mapping));
        else ok = false;
    }
    if (ok && out->empty()) {
        findings.error("bad-national-map", {1, 1, 0}, "the map names no indicator");
        ok = false;
    }
    return ok;
}

bool read_measure_map_file(const std::string& path, std::vector<MeasureMapping>* out, Findings& findings) {
    IngestLimits limits;
    limits.max_file_bytes = kMaxMapBytes;
    std::string bytes;
    if (!read_file_bytes(path, &bytes, findings, limits)) return false;
    return read_measure_map(bytes, path, out, findings);
}

}  // namespace scorecard
