// Commentary as the documents show it: the source's line breaks, whichever it used, kept.
#include <catch2/catch.hpp>

#include "stages/export/common/commentary.hpp"
#include "stages/export/common/table_rows.hpp"
#include "support/model_fixtures.hpp"

using namespace scorecard;

namespace {
// Every character is 1 wide: wrapping is easy to predict.
class UnitMeasurer : public TextMeasurer {
public:
    double width(const std::string& text, const TextStyle&) const override { return static_cast<double>(text.size()); }
    double ascent(const TextStyle&) const override { return 1; }
    double descent(const TextStyle&) const override { return 0; }
};
}  // namespace

TEST_CASE("line breaks of any kind become line feeds; runs of empty lines one; ends trimmed", "[commentary]") {
    CHECK(normalised_commentary("one\r\ntwo\rthree\nfour") == "one\ntwo\nthree\nfour");
    CHECK(normalised_commentary("\n\r\n  first  \n\n\n\r\nsecond\t \n\n") == "first\n\nsecond");
    CHECK(normalised_commentary("a\tb  c") == "a b c");
    CHECK(normalised_commentary(" \r\n \n").empty());
    CHECK(commentary_lines("first\r\n\r\nsecond") == std::vector<std::string>{"first", "", "second"});
    CHECK(commentary_lines("").empty());
}

TEST_CASE("wrapped commentary breaks where the source did, and each line wraps on its own", "[commentary]") {
    const UnitMeasurer measure;
    const TextStyle style{FontStyle::Regular, 8};
    const auto lines = wrap_commentary("aaa bbb ccc\r\n\r\ndd", 7, measure, style);
    // A source line's end keeps a space, as a wrap does, so extraction reads it as a break.
    CHECK(lines == std::vector<std::string>{"aaa bbb ", "ccc ", "", "dd"});
}
