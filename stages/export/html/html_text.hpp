// The one escaping function of the HTML writer: every piece of text that reaches the page (cell
// text, headings, findings, attribute values) goes through it, so input text can never become
// markup, close an attribute, or carry a character HTML cannot hold.
#pragma once

#include <string>
#include <string_view>

namespace scorecard::html {

// Appends `text` to `out` as HTML text that is also safe inside a double- or single-quoted
// attribute value:
//   - & < > " ' become character references;
//   - bytes that are not UTF-8 become U+FFFD (as the other writers read them: next_code_point);
//   - C0 control characters other than tab, line feed and carriage return, and DEL, which HTML
//     does not allow, are shown as their Unicode control pictures (U+0001 as "␁"), so the reader
//     sees that something was there; C1 controls and noncharacters (U+FFFE, U+FDD0...) become
//     U+FFFD;
//   - a carriage return becomes a line feed (CR LF one line feed): HTML folds either into a space.
void append_escaped(std::string& out, std::string_view text);

// The same, with each line break (LF, CR LF or CR) as a <br> element: text whose line breaks
// are part of what it says (commentary).
void append_escaped_lines(std::string& out, std::string_view text);

// The same, returned.
std::string escaped(std::string_view text);

}  // namespace scorecard::html
