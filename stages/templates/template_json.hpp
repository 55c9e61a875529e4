// A checked view of one JSON object of a template file. Every accessor knows the file and the
// path of keys it is at, so an error reads "flat.json: columns[3].field: ...", and a key that
// is not expected is an error rather than silently ignored (a typo must not pass unnoticed).
//
// What a key may hold comes from the schema (template_schema.hpp): the accessors look the key
// up there for its type, default, range, choices and placeholders, and check_keys() refuses
// any key the schema does not list under this object, naming the nearest known ones.
#pragma once

#include <Poco/JSON/Object.h>

#include <string>
#include <vector>

#include "output_template.hpp"
#include "template_schema.hpp"

namespace scorecard {

class TemplateJson {
public:
    // Parses a whole file, `what` ("template", "rules file") being what it is called in messages;
    // throws TemplateError naming the file (and the line where Poco says). Only a regular file
    // of at most `limit` bytes is read.
    // `schema_root` is where the file's top level sits in the schema ("" for a template,
    // "rules" for a rules file).
    static TemplateJson parse_file(const std::string& path, const std::string& what, std::size_t limit,
                                   const std::string& schema_root = "");

    TemplateJson(std::string file, std::string path, std::string schema_path, Poco::JSON::Object::Ptr object)
        : file_(std::move(file)), path_(std::move(path)), schema_path_(std::move(schema_path)), object_(std::move(object)) {}

    const std::string& file() const { return file_; }
    bool has(const std::string& key) const;
    // Refuses a key the schema does not list under this object.
    void check_keys() const;

    // The key's value, or the schema's default when it is absent (a required key that is
    // absent is an error). Each checks what the schema says of the key: a string is a string,
    // a choice one of its choices, text holds only the placeholders it may, a number is in range.
    std::string text(const std::string& key) const;
    double number(const std::string& key) const;
    bool boolean(const std::string& key) const;
    Rgb colour(const std::string& key) const;
    TemplateJson object(const std::string& key) const;
    // An array of strings; each is checked to be a non-empty string.
    std::vector<std::string> string_array(const std::string& key) const;
    std::vector<TemplateJson> array(const std::string& key) const;

    TemplateError error(const std::string& key, const std::string& message) const;

private:
    std::string key_path(const std::string& key) const;
    // The schema's entry for a key of this object; a key missing from the schema is a bug.
    const TemplateKey& schema(const std::string& key) const;
    std::string file_;
    std::string path_;         // as errors show it: "columns[3]"
    std::string schema_path_;  // as the schema lists it: "columns[]"
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
