// A checked view of one JSON object of a template file. Every accessor knows the file and the
// path of keys it is at, so an error reads "flat.json: columns[3].field: ...", and a key that
// is not expected is an error rather than silently ignored (a typo must not pass unnoticed).
#pragma once

#include <Poco/JSON/Object.h>

#include <initializer_list>
#include <string>
#include <vector>

#include "output_template.hpp"

namespace scorecard {

class TemplateJson {
public:
    // Parses a whole file, `what` ("template", "rules file") being what it is called in messages;
    // throws TemplateError naming the file (and the line where Poco says). Only a regular file
    // of at most `limit` bytes is read.
    static TemplateJson parse_file(const std::string& path, const std::string& what, std::size_t limit);

    TemplateJson(std::string file, std::string path, Poco::JSON::Object::Ptr object)
        : file_(std::move(file)), path_(std::move(path)), object_(std::move(object)) {}

    const std::string& file() const { return file_; }
    bool has(const std::string& key) const;
    void allow_only(std::initializer_list<const char*> keys) const;

    std::string required_string(const std::string& key) const;
    std::string string_or(const std::string& key, const std::string& fallback) const;
    double number_or(const std::string& key, double fallback) const;
    bool bool_or(const std::string& key, bool fallback) const;
    Rgb colour_or(const std::string& key, const Rgb& fallback) const;
    TemplateJson object(const std::string& key) const;
    std::vector<TemplateJson> required_array(const std::string& key) const;
    // An array of strings; each is checked to be a non-empty string.
    std::vector<std::string> string_array(const std::string& key) const;

    TemplateError error(const std::string& key, const std::string& message) const;

private:
    std::string key_path(const std::string& key) const;
    std::string file_;
    std::string path_;
    Poco::JSON::Object::Ptr object_;
};

// Parses text that must be one JSON object, refusing nesting deeper than a few levels before
// Poco's recursive parser sees it. Throws TemplateError starting "NAME: " and calling the
// document `what` ("a template", "a national map").
Poco::JSON::Object::Ptr parse_json_object(const std::string& name, const std::string& text, const std::string& what);

bool ends_with_json(const std::string& s);

// "#00B050" or "00B050"; false if it does not parse.
bool parse_hex_colour(const std::string& text, Rgb* out);

}  // namespace scorecard
