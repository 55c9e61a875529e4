// Small text helpers shared by the stages. Input is UTF-8 by the time any of these see it.
#pragma once

#include <string>
#include <vector>

namespace scorecard {

// Trims ASCII white space and the no-break space (U+00A0) that PDF extraction leaves.
std::string trim(const std::string& s);
std::string to_lower_ascii(std::string s);
// Collapses runs of white space to one space and trims.
std::string collapse_spaces(const std::string& s);
std::vector<std::string> split_words(const std::string& s);
bool starts_with(const std::string& s, const std::string& prefix);
bool ends_with(const std::string& s, const std::string& suffix);

// Folds text for matching headers: lower case, look-alike Cyrillic and Greek letters mapped
// to the Latin letters they imitate ("Торіс" -> "topic"), spacing collapsed.
// Sets *had_lookalikes when a look-alike letter was replaced, so the repair can be reported.
std::string fold_for_matching(const std::string& s, bool* had_lookalikes = nullptr);

// A stable identifier from a name: lower case ASCII words joined by '-'.
std::string slugify(const std::string& s);

// Number of Unicode code points (for measuring; invalid bytes count one each).
std::size_t utf8_length(const std::string& s);

// Decodes UTF-8 to code points; invalid bytes decode as U+FFFD one byte at a time.
std::u32string utf8_to_u32(const std::string& s);
std::string u32_to_utf8(const std::u32string& s);

// Quotes text for a message: 'text', shortened to max_chars code points with an ellipsis.
std::string quoted(const std::string& s, std::size_t max_chars = 60);

// Unicode's noncharacters (U+FDD0-U+FDEF and the last two code points of every plane): never
// text. U+FFFE and U+FFFF cannot appear in an XML 1.0 document at all.
bool is_noncharacter(char32_t c);

// The first thing in `s` that is not text a document can print: a byte that is not UTF-8, a
// control character other than tab, LF and CR, or a noncharacter. Empty when there is none;
// otherwise a phrase such as "control character 0x01" or "noncharacter U+FFFE", with the byte
// offset it starts at in *offset.
std::string unprintable_in(const std::string& s, std::size_t* offset = nullptr);

}  // namespace scorecard
