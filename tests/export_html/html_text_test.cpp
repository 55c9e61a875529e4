// The one escaping function: whatever the input holds, it reaches the page as text, never as
// markup, never breaking out of an attribute, and only as characters HTML may carry.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "stages/export/html/html_text.hpp"
#include "stages/model/utf8.hpp"

using scorecard::html::escaped;

namespace {

// Text a table could carry that would break a page written carelessly.
const std::vector<std::string> kHostile = {
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "' onmouseover='alert(1)",
    "</td></tr></table><h1>forged</h1>",
    "<!-- comment --> <![CDATA[ x ]]>",
    "&amp; &lt; &#60; &#x3C;",
    "=HYPERLINK(\"http://example.com\")",
    "a\x01" "b\x07" "c\x1b" "d\x7f" "e",
    "tab\there\r\nnew line\rold mac",
    "\xc3\x28 \xa0\xa1 \xe2\x82 \xf0\x28\x8c\x28 \xed\xa0\x80",  // invalid UTF-8, a surrogate
    "\xef\xbf\xbe \xef\xb7\x90 \xc2\x85 \xc2\x9f",                  // U+FFFE, U+FDD0, C1 controls
    "\xe2\x80\xae right-to-left override \xe2\x80\xac",
    "Cyrillic \xd0\xa2\xd0\xbe\xd1\x80\xd1\x96\xd1\x81, emoji \xf0\x9f\x98\x80, \xc2\xa3 \xe2\x89\xa5",
    std::string("nul\0inside", 10),
};

bool forbidden_in_html(char32_t c) {
    if (c == '\t' || c == '\n') return false;
    if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return true;
    return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

}  // namespace

TEST_CASE("escaped text holds no markup character and nothing HTML cannot carry", "[html][escape]") {
    for (const std::string& text : kHostile) {
        const std::string out = escaped(text);
        INFO(out);
        CHECK(out.find('<') == std::string::npos);
        CHECK(out.find('>') == std::string::npos);
        CHECK(out.find('"') == std::string::npos);
        CHECK(out.find('\'') == std::string::npos);
        CHECK(out.find('\r') == std::string::npos);
        // Every & starts one of the references the function writes.
        for (std::size_t at = out.find('&'); at != std::string::npos; at = out.find('&', at + 1)) {
            const std::string rest = out.substr(at, 6);
            CHECK((rest.rfind("&amp;", 0) == 0 || rest.rfind("&lt;", 0) == 0 || rest.rfind("&gt;", 0) == 0 ||
                   rest.rfind("&quot;", 0) == 0 || rest.rfind("&#39;", 0) == 0));
        }
        // Valid UTF-8 of allowed characters only.
        const auto* s = reinterpret_cast<const unsigned char*>(out.data());
        for (std::size_t i = 0; i < out.size();) {
            const std::size_t before = i;
            const char32_t c = scorecard::next_code_point(s, out.size(), i);
            const bool replacement_from_bad_byte = c == 0xFFFD && i == before + 1;
            CHECK_FALSE(replacement_from_bad_byte);
            CHECK_FALSE(forbidden_in_html(c));
        }
    }
}

TEST_CASE("escaping keeps what the reader should see", "[html][escape]") {
    CHECK(escaped("Children & Families <2022/23> \"Q3\" it's") ==
          "Children &amp; Families &lt;2022/23&gt; &quot;Q3&quot; it&#39;s");
    CHECK(escaped("&lt;") == "&amp;lt;");
    // Control characters are shown as their pictures, so something visibly was there.
    CHECK(escaped(std::string("a\x01z", 3)) == "a\xe2\x90\x81z");
    CHECK(escaped(std::string("a\0z", 3)) == "a\xe2\x90\x80z");
    CHECK(escaped("a\x7fz") == "a\xe2\x90\xa1z");
    // Line breaks stay (HTML folds them into spaces); CR becomes LF.
    CHECK(escaped("a\tb\r\nc\rd") == "a\tb\nc\nd");
    // A byte that is not UTF-8 is a replacement mark; C1 and noncharacters too.
    CHECK(escaped("a\xffz") == "a\xef\xbf\xbdz");
    CHECK(escaped("a\xc2\x85z") == "a\xef\xbf\xbdz");
    CHECK(escaped("a\xef\xbf\xbez") == "a\xef\xbf\xbdz");
    // Everything else is kept as it is.
    const std::string unicode = "\xd0\xa2\xd0\xbe\xd1\x80\xd1\x96\xd1\x81 \xf0\x9f\x98\x80 \xc2\xa3 \xe2\x89\xa5 \xe2\x80\xa0";
    CHECK(escaped(unicode) == unicode);
}
