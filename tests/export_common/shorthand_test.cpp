// The GSS shorthand a cell with no value shows: a suppression symbol is read by its meaning.
#include <catch2/catch.hpp>

#include "stages/export/common/shorthand.hpp"

using namespace scorecard;

TEST_CASE("shorthand: suppression symbols map to [c], [x] or [z] by what they mean", "[shorthand]") {
    auto symbol_for = [](const std::string& cell) { return std::string(shorthand_symbol(shorthand_for(parse_published_value(cell)))); };
    for (const char* withheld : {"c", "[c]", "C", "low", "[low]", "*"}) CHECK(symbol_for(withheld) == "[c]");
    for (const char* missing : {"x", "[x]", ":", "..", "u", "[u]"}) CHECK(symbol_for(missing) == "[x]");
    for (const char* none : {"z", "[z]"}) CHECK(symbol_for(none) == "[z]");
    CHECK(symbol_for("N/A") == "[z]");  // the table's own "not applicable"
    CHECK(symbol_for("") == "[x]");
    CHECK(std::string(shorthand_meaning(Shorthand::Suppressed)).rfind("Suppressed", 0) == 0);
}
