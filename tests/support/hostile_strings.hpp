// One list of text that breaks readers, for every writer's tests (workbook, PDF, HTML, CSV,
// JSON): XML 1.0's forbidden characters and noncharacters, control characters, bytes that are
// not UTF-8, Excel's own _xHHHH_ escape written as literal text, text that looks like a
// spreadsheet formula, bidirectional marks, markup and very long text. A writer passes when
// its output stays legal and a reader gets each string back as `expected` (or the documented
// mark where the format cannot hold a character).
#pragma once

#include <string>
#include <vector>

namespace scorecard::test {

struct HostileString {
    std::string name;      // what it tries ("U+FFFE noncharacter"), for INFO and file names
    std::string text;      // the bytes handed to the writer
    std::string expected;  // what a reader should get back: `text` with every byte that is not
                           // part of valid UTF-8 read as U+FFFD (the project's one decoder)
    bool valid_utf8 = true;
    bool has_control = false;    // holds a C0 control other than tab, LF and CR, or DEL
    bool xml_illegal = false;    // holds a code point XML 1.0 cannot carry (raw)
    bool formula_like = false;   // begins with =, +, -, @ (or a tab or CR before one)
};

// Every hostile string, in a fixed order. Names are unique.
const std::vector<HostileString>& hostile_strings();

// True for a code point XML 1.0 allows in a document (the Char production):
// tab, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD, U+10000-U+10FFFF.
bool xml10_char(char32_t c);

// Empty when `document` is well-formed UTF-8 holding only XML 1.0 characters (raw, or written
// as &#...; references); otherwise the first problem, with its byte offset.
std::string xml10_problem(const std::string& document);

// Excel's reading of an ST_Xstring (cell text, shared strings): each _xHHHH_ is the character
// HHHH, so literal "_x0041_" must be written "_x005F_x0041_".
std::string excel_unescape(const std::string& text);

// One cell of CSV (RFC 4180) quoted when it must be, for writing hostile rows into a test input.
std::string csv_field(const std::string& text);

// The bytes of a string as lower-case hex: how the tests hand hostile strings to a Python
// checker without any quoting or encoding between them.
std::string hex_of(const std::string& bytes);

}  // namespace scorecard::test
