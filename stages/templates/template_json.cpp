#include "template_json.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/JSONException.h>
#include <Poco/JSON/Parser.h>

#include <cctype>
#include <fstream>
#include <set>
#include <sstream>

#include "stages/model/input_file.hpp"
#include "stages/model/text_utils.hpp"

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

TemplateJson TemplateJson::parse_file(const std::string& path, const std::string& what, std::size_t limit) {
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
    return TemplateJson(path, "", parse_json_object(path, in.bytes, "a " + what));
}

bool TemplateJson::has(const std::string& key) const { return object_->has(key); }

std::string TemplateJson::key_path(const std::string& key) const {
    return path_.empty() ? key : path_ + "." + key;
}

TemplateError TemplateJson::error(const std::string& key, const std::string& message) const {
    return TemplateError(file_ + ": " + key_path(key) + ": " + message);
}

void TemplateJson::allow_only(std::initializer_list<const char*> keys) const {
    std::set<std::string> allowed(keys.begin(), keys.end());
    for (const auto& name : object_->getNames()) {
        if (!allowed.count(name)) {
            std::string list;
            for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
            throw error(name, "unknown key (expected one of: " + list + ")");
        }
    }
}

std::string TemplateJson::required_string(const std::string& key) const {
    if (!object_->has(key)) throw error(key, "missing (required)");
    return string_or(key, "");
}

std::string TemplateJson::string_or(const std::string& key, const std::string& fallback) const {
    if (!object_->has(key)) return fallback;
    Poco::Dynamic::Var v = object_->get(key);
    if (!v.isString()) throw error(key, "must be a string");
    std::string text = v.convert<std::string>();
    // Template text reaches every document; what XML, a PDF or a reader cannot hold is refused.
    const std::string problem = unprintable_in(text);
    if (!problem.empty()) throw error(key, "holds a " + problem + "; a template's text must be printable");
    return text;
}

double TemplateJson::number_or(const std::string& key, double fallback) const {
    if (!object_->has(key)) return fallback;
    Poco::Dynamic::Var v = object_->get(key);
    if (!v.isNumeric()) throw error(key, "must be a number");
    return v.convert<double>();
}

bool TemplateJson::bool_or(const std::string& key, bool fallback) const {
    if (!object_->has(key)) return fallback;
    Poco::Dynamic::Var v = object_->get(key);
    if (!v.isBoolean()) throw error(key, "must be true or false");
    return v.convert<bool>();
}

Rgb TemplateJson::colour_or(const std::string& key, const Rgb& fallback) const {
    if (!object_->has(key)) return fallback;
    std::string text = string_or(key, "");
    Rgb out;
    if (!parse_hex_colour(text, &out)) throw error(key, "\"" + text + "\" is not a colour; write it as #RRGGBB");
    return out;
}

TemplateJson TemplateJson::object(const std::string& key) const {
    Poco::JSON::Object::Ptr child = object_->getObject(key);
    if (!child) throw error(key, "must be an object ({...})");
    return TemplateJson(file_, key_path(key), child);
}

std::vector<TemplateJson> TemplateJson::required_array(const std::string& key) const {
    if (!object_->has(key)) throw error(key, "missing (required)");
    Poco::JSON::Array::Ptr array = object_->getArray(key);
    if (!array) throw error(key, "must be an array ([...])");
    std::vector<TemplateJson> out;
    for (std::size_t i = 0; i < array->size(); ++i) {
        Poco::JSON::Object::Ptr item = array->getObject(static_cast<unsigned>(i));
        std::string item_path = key_path(key) + "[" + std::to_string(i) + "]";
        if (!item) throw TemplateError(file_ + ": " + item_path + ": must be an object ({...})");
        out.emplace_back(file_, item_path, item);
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
