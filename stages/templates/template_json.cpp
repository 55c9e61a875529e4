#include "template_json.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/JSONException.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <set>
#include <sstream>

#include "stages/model/input_file.hpp"
#include "stages/model/text_utils.hpp"
#include "placeholders.hpp"

namespace scorecard {

namespace {

// Poco's parser recurses per nesting level; a template never nests deeper than a few levels,
// so a deeply nested (hostile) file is refused before parsing rather than risking the stack.
constexpr int kMaxNesting = 16;

void check_nesting(const std::string& path, const std::string& text) {
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') in_string = true;
        else if (c == '{' || c == '[') {
            if (++depth > kMaxNesting)
                throw TemplateError(path + ": nested more than " + std::to_string(kMaxNesting) +
                                    " levels deep; a template is a few levels of objects and arrays");
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
}

}  // namespace

Poco::JSON::Object::Ptr parse_json_object(const std::string& name, const std::string& text, const std::string& what) {
    check_nesting(name, text);
    try {
        Poco::JSON::Parser parser;
        Poco::Dynamic::Var result = parser.parse(text);
        Poco::JSON::Object::Ptr object = result.extract<Poco::JSON::Object::Ptr>();
        if (!object) throw TemplateError(name + ": " + what + " is one JSON object");
        return object;
    } catch (const TemplateError&) {
        throw;
    } catch (const Poco::Exception& e) {
        throw TemplateError(name + ": not valid JSON: " + e.message());
    } catch (const std::exception& e) {
        throw TemplateError(name + ": " + what + " is one JSON object (" + e.what() + ")");
    }
}

TemplateJson TemplateJson::parse_file(const std::string& path, const std::string& what, std::size_t limit,
                                      const std::string& schema_root) {
    InputFile in = read_input_file(path, limit);
    switch (in.status) {
        case InputFile::Status::Read: break;
        case InputFile::Status::CannotOpen:
            if (in.problem == "no such file") throw TemplateError(path + ": " + what + " file does not exist");
            throw TemplateError(path + ": " + what + " file " + in.problem);
        case InputFile::Status::TooLarge:
            throw TemplateError(path + ": " + what + " is " + std::to_string(in.size) + " bytes; the limit is " +
                                std::to_string(limit));
        default: throw TemplateError(path + ": " + what + " file " + in.problem);
    }
    return TemplateJson(path, "", schema_root, parse_json_object(path, in.bytes, "a " + what));
}

bool TemplateJson::has(const std::string& key) const { return object_->has(key); }

std::string TemplateJson::key_path(const std::string& key) const {
    return path_.empty() ? key : path_ + "." + key;
}

TemplateError TemplateJson::error(const std::string& key, const std::string& message) const {
    return TemplateError(file_ + ": " + key_path(key) + ": " + message);
}

const TemplateKey& TemplateJson::schema(const std::string& key) const {
    const std::string path = schema_path_.empty() ? key : schema_path_ + "." + key;
    const TemplateKey* found = find_template_key(path);
    if (!found) throw std::logic_error("template key " + path + " is read but missing from the schema");
    return *found;
}

void TemplateJson::check_keys() const {
    const std::vector<std::string> allowed = template_child_keys(schema_path_);
    for (const auto& name : object_->getNames()) {
        if (std::find(allowed.begin(), allowed.end(), name) != allowed.end()) continue;
        std::string list;
        for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
        std::string hint;
        for (const auto& near : nearest_names(name, allowed)) hint += (hint.empty() ? "" : " or ") + near;
        std::string message = "unknown key (";
        if (!hint.empty()) message += "did you mean " + hint + "? ";
        message += "expected one of: ";
        message += list;
        message += "; docs/templates.md lists them all)";
        throw error(name, message);
    }
}

std::string TemplateJson::text(const std::string& key) const {
    const TemplateKey& k = schema(key);
    if (!object_->has(key)) {
        if (k.required) throw error(key, "missing (required)");
        return k.default_value;
    }
    Poco::Dynamic::Var v = object_->get(key);
    if (!v.isString()) throw error(key, "must be a string");
    std::string value = v.convert<std::string>();
    // Template text reaches every document; what XML, a PDF or a reader cannot hold is refused.
    const std::string unprintable = unprintable_in(value);
    if (!unprintable.empty()) throw error(key, "holds a " + unprintable + "; a template's text must be printable");
    if (k.type == KeyType::Choice && std::find(k.choices.begin(), k.choices.end(), value) == k.choices.end()) {
        std::string list;
        for (std::size_t i = 0; i < k.choices.size(); ++i)
            list += (i == 0 ? "" : i + 1 == k.choices.size() ? " or " : ", ") + ("\"" + k.choices[i] + "\"");
        throw error(key, "must be " + list + ", not \"" + value + "\"");
    }
    if (k.type == KeyType::Text) {
        const std::string problem = placeholder_problem(value, k.placeholders);
        if (!problem.empty()) throw error(key, problem);
    }
    return value;
}

double TemplateJson::number(const std::string& key) const {
    const TemplateKey& k = schema(key);
    double value = 0;
    if (!object_->has(key)) {
        if (k.required) throw error(key, "missing (required)");
        return std::stod(k.default_value);
    }
    Poco::Dynamic::Var v = object_->get(key);
    if (!v.isNumeric()) throw error(key, "must be a number");
    value = v.convert<double>();
    const bool whole = k.type != KeyType::Integer || value == std::floor(value);
    const bool low = k.min_exclusive ? value > k.min : value >= k.min;
    const bool high = k.max_exclusive ? value < k.max : value <= k.max;
    if (!std::isfinite(value) || !whole || !low || !high)
        throw error(key, "must be a " + std::string(k.type == KeyType::Integer ? "whole number " : "number ") +
                             key_allowed_text(k) + ", not " + v.convert<std::string>());
    return value;
}

bool TemplateJson::boolean(const std::string& key) const {
    const TemplateKey& k = schema(key);
    if (!object_->has(key)) return k.default_value == "true";
    Poco::Dynamic::Var v = object_->get(key);
    if (!v.isBoolean()) throw error(key, "must be true or false");
    return v.convert<bool>();
}

Rgb TemplateJson::colour(const std::string& key) const {
    const std::string value = text(key);
    Rgb out;
    if (!parse_hex_colour(value, &out)) throw error(key, "\"" + value + "\" is not a colour; write it as #RRGGBB");
    return out;
}

TemplateJson TemplateJson::object(const std::string& key) const {
    schema(key);
    Poco::JSON::Object::Ptr child = object_->getObject(key);
    if (!child) throw error(key, "must be an object ({...})");
    TemplateJson out(file_, key_path(key), schema_path_.empty() ? key : schema_path_ + "." + key, child);
    out.check_keys();
    return out;
}

std::vector<TemplateJson> TemplateJson::array(const std::string& key) const {
    const TemplateKey& k = schema(key);
    std::vector<TemplateJson> out;
    if (!object_->has(key)) {
        if (k.required) throw error(key, "missing (required)");
        return out;
    }
    Poco::JSON::Array::Ptr array = object_->getArray(key);
    if (!array) throw error(key, "must be an array ([...])");
    const std::string item_schema = k.path + "[]";
    for (std::size_t i = 0; i < array->size(); ++i) {
        Poco::JSON::Object::Ptr item = array->getObject(static_cast<unsigned>(i));
        std::string item_path = key_path(key) + "[" + std::to_string(i) + "]";
        if (!item) throw TemplateError(file_ + ": " + item_path + ": must be an object ({...})");
        out.emplace_back(file_, item_path, item_schema, item);
        out.back().check_keys();
    }
    return out;
}

std::vector<std::string> TemplateJson::string_array(const std::string& key) const {
    Poco::JSON::Array::Ptr array = object_->has(key) ? object_->getArray(key) : nullptr;
    if (!array) throw error(key, "must be an array of strings ([\"...\", ...])");
    std::vector<std::string> out;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const Poco::Dynamic::Var v = array->get(static_cast<unsigned>(i));
        std::string item_path = key_path(key) + "[" + std::to_string(i) + "]";
        if (!v.isString() || v.convert<std::string>().empty())
            throw TemplateError(file_ + ": " + item_path + ": must be a non-empty string");
        out.push_back(v.convert<std::string>());
    }
    return out;
}

bool ends_with_json(const std::string& s) {
    return s.size() >= 5 && s.compare(s.size() - 5, 5, ".json") == 0;
}

bool parse_hex_colour(const std::string& text, Rgb* out) {
    std::string hex = text;
    if (!hex.empty() && hex[0] == '#') hex = hex.substr(1);
    if (hex.size() != 6) return false;
    for (char c : hex)
        if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
    unsigned long v = std::stoul(hex, nullptr, 16);
    out->r = static_cast<unsigned char>((v >> 16) & 0xFF);
    out->g = static_cast<unsigned char>((v >> 8) & 0xFF);
    out->b = static_cast<unsigned char>(v & 0xFF);
    return true;
}

}  // namespace scorecard
