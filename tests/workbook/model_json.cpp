#include "model_json.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <catch2/catch.hpp>

#include "support/run_command.hpp"

namespace scorecard::test {

namespace {

// Where and how the file was read: these differ between a text table and its workbook.
const std::set<std::string> kReadingKeys = {"source_file", "encoding", "format", "sheet", "file",
                                            "column",      "cell",     "row",    "reference"};

void flatten(const Poco::Dynamic::Var& value, const std::string& path, const ModelJsonOptions& options,
             std::vector<std::string>* out) {
    if (value.type() == typeid(Poco::JSON::Object::Ptr)) {
        const auto object = value.extract<Poco::JSON::Object::Ptr>();
        std::vector<std::string> keys;
        object->getNames(keys);
        for (const auto& key : keys) {
            if (kReadingKeys.count(key)) continue;
            if (!options.keep_lines && key == "line") continue;
            flatten(object->get(key), path.empty() ? key : path + "." + key, options, out);
        }
    } else if (value.type() == typeid(Poco::JSON::Array::Ptr)) {
        const auto array = value.extract<Poco::JSON::Array::Ptr>();
        std::size_t kept = 0;
        for (std::size_t i = 0; i < array->size(); ++i) {
            const Poco::Dynamic::Var item = array->get(static_cast<unsigned>(i));
            if (path == "findings") {
                const auto finding = item.extract<Poco::JSON::Object::Ptr>();
                if (finding->getValue<std::string>("severity") == "note" &&
                    options.reading_notes.count(finding->getValue<std::string>("code")))
                    continue;
            }
            flatten(item, path + "[" + std::to_string(kept++) + "]", options, out);
        }
        out->push_back(path + ".size = " + std::to_string(kept));
    } else {
        out->push_back(path + " = " + (value.isEmpty() ? std::string("null") : value.convert<std::string>()));
    }
}

}  // namespace

std::vector<std::string> model_lines(const std::string& json, const ModelJsonOptions& options) {
    Poco::JSON::Parser parser;
    const Poco::Dynamic::Var root = parser.parse(json);
    std::vector<std::string> out;
    if (!options.keep_findings) {
        auto object = root.extract<Poco::JSON::Object::Ptr>();
        object->remove("findings");
    }
    flatten(root, "", options, &out);
    return out;
}

std::vector<std::string> validated_model(const std::string& input, const ModelJsonOptions& options,
                                         const std::vector<std::string>& extra) {
    std::vector<std::string> args = {"validate", input, "--format", "json"};
    args.insert(args.end(), extra.begin(), extra.end());
    const CommandResult r = run_scorecard(args);
    INFO(input << "\n" << r.err);
    REQUIRE(r.out.find('{') != std::string::npos);
    return model_lines(r.out, options);
}

std::string first_difference(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    for (std::size_t i = 0; i < std::max(a.size(), b.size()); ++i) {
        const std::string x = i < a.size() ? a[i] : "(nothing)";
        const std::string y = i < b.size() ? b[i] : "(nothing)";
        if (x != y) return x + "\n    against\n" + y;
    }
    return "";
}

}  // namespace scorecard::test
