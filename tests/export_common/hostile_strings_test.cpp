// The shared hostile-string list (tests/support/hostile_strings) and its checks: the list holds
// every class the writers are tested against, and the checks catch what they claim to.
#include <catch2/catch.hpp>

#include "support/hostile_strings.hpp"

using namespace scorecard::test;

TEST_CASE("the hostile-string list covers every class a writer must survive", "[hostile]") {
    bool nonchar = false, control = false, not_utf8 = false, formula = false, escape = false, rtl = false,
         long_text = false;
    for (const auto& h : hostile_strings()) {
        if (h.text.find("\xEF\xBF\xBE") != std::string::npos) nonchar = true;
        if (h.has_control) control = true;
        if (!h.valid_utf8) not_utf8 = true;
        if (h.formula_like) formula = true;
        if (h.text.find("_x0041_") != std::string::npos) escape = true;
        if (h.text.find("\xE2\x80\xAE") != std::string::npos) rtl = true;
        if (h.text.size() >= 32767) long_text = true;
        // What a reader gets back is valid UTF-8 whatever the bytes were.
        INFO(h.name);
        CHECK(xml10_problem(h.expected).find("not UTF-8") == std::string::npos);
        CHECK((h.expected == h.text) == h.valid_utf8);
    }
    CHECK(nonchar);
    CHECK(control);
    CHECK(not_utf8);
    CHECK(formula);
    CHECK(escape);
    CHECK(rtl);
    CHECK(long_text);
}

TEST_CASE("xml10_problem finds what XML 1.0 refuses, raw or as a reference", "[hostile]") {
    CHECK(xml10_problem("<a>fine \xC3\xA9 &#x41; &#10;</a>").empty());
    CHECK(xml10_problem("<a>\xEF\xBF\xBE</a>") == "U+FFFE at byte 3 is not an XML 1.0 character");
    CHECK(xml10_problem("<a>\x01</a>") == "U+0001 at byte 3 is not an XML 1.0 character");
    CHECK(xml10_problem("<a>&#xFFFF;</a>") == "character reference to U+FFFF at byte 3");
    CHECK(xml10_problem("<a>&#1;</a>") == "character reference to U+0001 at byte 3");
    CHECK(xml10_problem("<a>\xFF</a>") == "byte 0xFF at byte 3 is not UTF-8");
    CHECK(xml10_problem("<a>\xED\xA0\x80</a>") == "byte 0xED at byte 3 is not UTF-8");
}

TEST_CASE("excel_unescape reads _xHHHH_ as Excel does", "[hostile]") {
    CHECK(excel_unescape("_x0041_") == "A");
    CHECK(excel_unescape("_x005F_x0041_") == "_x0041_");
    CHECK(excel_unescape("a_x0001_b") == "a\x01" "b");
    CHECK(excel_unescape("_xFFFE_") == "\xEF\xBF\xBE");
    CHECK(excel_unescape("_x004_ _xZZZZ_") == "_x004_ _xZZZZ_");
}
