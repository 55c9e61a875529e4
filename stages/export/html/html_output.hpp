// The HTML file being written: text is gathered in a buffer and written out a megabyte at a
// time, so a 100,000-indicator page never sits whole in memory, and every byte is counted into
// the checksum that marks the page as scorecard's own (html_origin.hpp).
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace scorecard::html {

// FNV-1a, 64 bits: enough to tell an edited page from the one scorecard wrote (not a
// security measure: anyone can write a matching page, and --force is not needed for that).
class Checksum {
public:
    void add(std::string_view bytes);
    std::uint64_t value() const { return hash_; }
    std::string hex() const;

private:
    std::uint64_t hash_ = 14695981039346656037ULL;
};

// The last line of every page scorecard writes: "<!-- scorecard-checksum HEX -->" where HEX is
// the checksum of everything before it.
constexpr std::string_view kChecksumPrefix = "<!-- scorecard-checksum ";
constexpr std::string_view kChecksumSuffix = " -->\n";

// The attribute of a link that records the checksum of the file it points to (html_origin.hpp).
constexpr std::string_view kLinkChecksumAttribute = "data-checksum";

class HtmlOutput {
public:
    // Opens `path` for writing. Throws ExportError naming it when it cannot be opened.
    explicit HtmlOutput(const std::string& path);
    ~HtmlOutput();
    HtmlOutput(const HtmlOutput&) = delete;
    HtmlOutput& operator=(const HtmlOutput&) = delete;

    // Markup, as it is (never text from the input: that goes through text()).
    HtmlOutput& raw(std::string_view markup);
    // Text, escaped (html_text.hpp).
    HtmlOutput& text(std::string_view text);
    // Text, escaped, its line breaks as <br> (append_escaped_lines).
    HtmlOutput& lines(std::string_view text);

    // Writes the checksum line and closes the file. Throws ExportError on a write failure.
    void finish();

private:
    void flush();
    std::string path_;
    std::FILE* file_ = nullptr;
    std::string buffer_;
    Checksum checksum_;
};

}  // namespace scorecard::html
