// The exact decimal type the benchmark arithmetic and the precision rules stand on.
#include <catch2/catch.hpp>

#include "stages/model/decimal.hpp"

using namespace scorecard;

namespace {

std::string shown(const std::optional<Decimal>& d) { return d ? to_string(*d) : "(none)"; }

}  // namespace

TEST_CASE("a figure's decimal is the digits it was shown with", "[decimal]") {
    CHECK(shown(decimal_of(parse_value("22.60%"))) == "22.60");
    CHECK(shown(decimal_of(parse_value("3,775"))) == "3775");
    CHECK(shown(decimal_of(parse_value("-0.64"))) == "-0.64");
    CHECK(shown(decimal_of(parse_value("0.335"))) == "0.335");
    CHECK(decimal_of(parse_value("0.335"))->units == 335);
    CHECK(shown(decimal_of(parse_value("N/A"))) == "(none)");
    // Fifteen significant digits come back exactly; more cannot be recovered from a double.
    CHECK(shown(decimal_of(parse_value("123456789012.345"))) == "123456789012.345");
    CHECK(shown(decimal_of(parse_value("1234567890123.456"))) == "(none)");
}

TEST_CASE("plain decimal text and template numbers read exactly", "[decimal]") {
    CHECK(shown(parse_decimal("16.5")) == "16.5");
    CHECK(shown(parse_decimal("-0.050")) == "-0.050");
    CHECK(shown(parse_decimal("+7")) == "7");
    CHECK(shown(parse_decimal("007.10")) == "7.10");
    for (const char* bad : {"", "-", ".", "1.2.3", "1e5", "12%", " 1", "1234567890123456789"}) {
        INFO(bad);
        CHECK_FALSE(parse_decimal(bad));
    }
    CHECK(shown(decimal_from_double(0.5)) == "0.5");
    CHECK(shown(decimal_from_double(0.1)) == "0.1");  // the shortest digits, not 0.1000000000000000055...
    CHECK(shown(decimal_from_double(1.0 / 3.0)) == "0.3333333333333333");
}

TEST_CASE("fewer decimals round half away from zero; more are exact", "[decimal]") {
    CHECK(shown(rescale(*parse_decimal("0.335"), 2)) == "0.34");
    CHECK(shown(rescale(*parse_decimal("-0.335"), 2)) == "-0.34");
    CHECK(shown(rescale(*parse_decimal("0.3349"), 2)) == "0.33");
    CHECK(shown(rescale(*parse_decimal("2.5"), 0)) == "3");
    CHECK(shown(rescale(*parse_decimal("-2.5"), 0)) == "-3");
    CHECK(shown(rescale(*parse_decimal("2.49"), 0)) == "2");
    CHECK(shown(rescale(*parse_decimal("16.5"), 3)) == "16.500");
    // 9.2 × 10^18 is the most 64 bits hold: more decimals than that overflow and say so.
    CHECK_FALSE(rescale(*parse_decimal("922337203685477580"), 2));
    CHECK_FALSE(rescale(*parse_decimal("1"), 19));
}

TEST_CASE("decimals compare exactly at any pair of scales", "[decimal]") {
    CHECK(compare(*parse_decimal("0.1"), *parse_decimal("0.10")) == 0);
    CHECK(compare(*parse_decimal("22.60"), *parse_decimal("22.6")) == 0);
    CHECK(compare(*parse_decimal("22.61"), *parse_decimal("22.6")) == 1);
    CHECK(compare(*parse_decimal("-1.19"), *parse_decimal("-1.2")) == 1);
    CHECK(compare(*parse_decimal("0.000000000000000001"), *parse_decimal("0")) == 1);
}

TEST_CASE("division rounds the exact half away from zero", "[decimal]") {
    CHECK(static_cast<long long>(divide_half_away_from_zero(67, 2)) == 34);   // 33.5
    CHECK(static_cast<long long>(divide_half_away_from_zero(-67, 2)) == -34);
    CHECK(static_cast<long long>(divide_half_away_from_zero(100, 3)) == 33);  // 33.33...
    CHECK(static_cast<long long>(divide_half_away_from_zero(200, 3)) == 67);  // 66.66...
    CHECK(static_cast<long long>(divide_half_away_from_zero(0, 7)) == 0);
}

TEST_CASE("measured figures compare at the coarser precision, targets exactly", "[decimal][value]") {
    // 22.6% could have been 22.64%: at one decimal they are equal.
    CHECK(compare_at_shown_precision(parse_value("22.64%"), parse_value("22.6%")) == 0);
    // 22.65 rounds half away from zero to 22.7.
    CHECK(compare_at_shown_precision(parse_value("22.65%"), parse_value("22.6%")) == 1);
    CHECK(compare_at_shown_precision(parse_value("-22.65"), parse_value("-22.6")) == -1);
    CHECK(compare_at_shown_precision(parse_value("22.74%"), parse_value("22.60%")) == 1);
    // As shown, exactly: a target of 20.8% is a threshold, and 20.76% is below it.
    CHECK(compare_as_shown(parse_value("20.76%"), parse_value("20.8%")) == -1);
    CHECK(compare_as_shown(parse_value("20.80%"), parse_value("20.8%")) == 0);
}
