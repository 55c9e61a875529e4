// The one escaping function: whatever the input holds, it reaches the page as text, never as
// markup, never breaking out of an attribute, and only as characters HTML may carry.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "stages/export/html/html_text.hpp"
#include "stages/model/utf8.hpp"
#include "support/hostile_strings.hpp"

using scorecard::html::escaped;

namespace {

bool forbidden_in_html(char32_t c) {
    if (c == '\t' || c == '\n') return false;
    if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return true;
    return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

// What a browser shows for escaped text: the five references read back.
std::string unescape(const std::string& html) {
    std::string out;
    for (std::size_t i = 0; i < html.size();) {
        bool matched = false;
        for (const auto& [ref, ch] : {std::pair{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}}) {
            const std::string r = ref;
            if (html.compare(i, r.size(), r) == 0) {
                out.push_back(ch);
                i += r.size();
                matched = true;
                break;
            }
        }
        if (!matched) out.push_back(html[i++]);
    }
    return out;
}

// The reader's text as the page documents it (html_text.hpp): controls as their pictures,
// C1 controls and noncharacters as U+FFFD, CR LF and CR as LF.
std::string as_shown(const std::string& expected) {
    std::string out;
    const auto* s = reinterpret_cast<const unsigned char*>(expected.data());
    for (std::size_t i = 0; i < expected.size();) {
        const char32_t c = scorecard::next_code_point(s, expected.size(), i);
        if (c == '\r') {
            if (i < expected.size() && s[i] == '\n') continue;
            out.push_back('\n');
        } else if (c == '\t' || c == '\n') {
            out.push_back(static_cast<char>(c));
        } else if (c < 0x20) {
            scorecard::append_utf8(out, 0x2400 + c);
        } else if (c == 0x7F) {
            scorecard::append_utf8(out, 0x2421);
        } else if (forbidden_in_html(c)) {
            scorecard::append_utf8(out, 0xFFFD);
        } else {
            scorecard::append_utf8(out, c);
        }
    }
    return out;
}

}  // namespace

TEST_CASE("every hostile string is escaped into text HTML can carry, and reads back as the reader should see it",
          "[html][escape][hostile]") {
    for (const auto& h : scorecard::test::hostile_strings()) {
        const std::string out = escaped(h.text);
        INFO(h.name);
        CHECK(out.find('<') == std::string::npos);
        CHECK(out.find('>') == std::string::npos);
        CHECK(out.find('"') == std::string::npos);
        CHECK(out.find('\'') == std::string::npos);
        CHECK(out.find('\r') == std::string::npos);
        // Valid UTF-8 of characters HTML allows, and nothing else.
        const auto* s = reinterpret_cast<const unsigned char*>(out.data());
        bool clean = true;
        for (std::size_t i = 0; i < out.size();) {
            const std::size_t before = i;
            const char32_t c = scorecard::next_code_point(s, out.size(), i);
            if ((c == 0xFFFD && i == before + 1) || forbidden_in_html(c)) clean = false;
        }
        CHECK(clean);
        CHECK(unescape(out) == as_shown(h.expected));
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
