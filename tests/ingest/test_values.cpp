// Figures as tables write them: parsed to numbers that remember how they were shown.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <cstdio>

#include "stages/model/value.hpp"

using namespace scorecard;

TEST_CASE("a grouped count keeps its separator and parses to its number", "[value]") {
    Value v = parse_value("3,775");
    REQUIRE(v.is_number());
    CHECK(v.number == 3775);
    CHECK(v.unit == Unit::Count);
    CHECK(v.grouped);
    CHECK(v.decimals == 0);
    CHECK(display_text(v) == "3,775");
    CHECK(excel_number_format(v) == "#,##0");
    CHECK(v.stored_number() == 3775);
}

TEST_CASE("a percentage keeps its decimals and is stored as a fraction", "[value]") {
    Value v = parse_value("22.60%");
    REQUIRE(v.is_number());
    CHECK(v.number == Approx(22.6));
    CHECK(v.unit == Unit::Percent);
    CHECK(v.decimals == 2);
    CHECK(display_text(v) == "22.60%");
    CHECK(excel_number_format(v) == "0.00%");
    CHECK(v.stored_number() == Approx(0.226));
    CHECK(excel_number_format(parse_value("100%")) == "0%");
}

TEST_CASE("plain figures keep the decimals shown", "[value]") {
    CHECK(excel_number_format(parse_value("80.7")) == "0.0");
    CHECK(excel_number_format(parse_value("0.01")) == "0.00");
    CHECK(excel_number_format(parse_value("2363")) == "0");
    CHECK(display_text(parse_value("-0.64")) == "-0.64");
    CHECK(parse_value("-0.64").unit == Unit::Other);
    CHECK(parse_value("18").unit == Unit::Count);
    // The Unicode minus sign that copy-paste from Word brings.
    Value minus = parse_value("\xE2\x88\x92" "1.22");
    REQUIRE(minus.is_number());
    CHECK(minus.number == Approx(-1.22));
}

TEST_CASE("not applicable and blank are kept apart from figures", "[value]") {
    CHECK(parse_value("N/A").state == ValueState::NotApplicable);
    CHECK(parse_value("n/a").state == ValueState::NotApplicable);
    CHECK(display_text(parse_value("n/a")) == "n/a");
    CHECK(parse_value("").state == ValueState::Blank);
    CHECK(parse_value("   ").state == ValueState::Blank);
}

TEST_CASE("text that is not a figure is Invalid, never a number", "[value]") {
    for (const char* text : {"twelve", "3,77", "12..5", "22%%", "1,2345", ",5", "5 apples", "%", "-", "1e5", "0x10"}) {
        INFO(text);
        if (std::string(text) == "-") {
            CHECK(parse_value(text).state == ValueState::NotApplicable);
            continue;
        }
        CHECK(parse_value(text).state == ValueState::Invalid);
    }
}

TEST_CASE("figures compare at the precision the source shows", "[value]") {
    CHECK(compare_at_shown_precision(parse_value("22.74%"), parse_value("22.60%")) == 1);
    CHECK(compare_at_shown_precision(parse_value("75.6%"), parse_value("75.6%")) == 0);
    CHECK(compare_at_shown_precision(parse_value("0.1"), parse_value("0.10")) == 0);
    CHECK(compare_at_shown_precision(parse_value("-1.19"), parse_value("-1.22")) == 1);
    // 0.1 + 0.2 is not 0.3 in binary; at the shown precision it is.
    Value sum = parse_value("0.3");
    sum.number = 0.1 + 0.2;
    CHECK(compare_at_shown_precision(sum, parse_value("0.3")) == 0);
}

TEST_CASE("percentages and plain numbers are different kinds of unit", "[value]") {
    CHECK_FALSE(same_kind_of_unit(parse_value("0.7"), parse_value("2.1%")));
    CHECK(same_kind_of_unit(parse_value("18"), parse_value("15.5")));
    CHECK(same_kind_of_unit(parse_value("1.9%"), parse_value("2%")));
}

TEST_CASE("figures are formatted exactly as printf would, grouped where the source grouped", "[value]") {
    CHECK(format_figure(3775, Unit::Count, 0, true) == "3,775");
    CHECK(format_figure(1234567.891, Unit::Other, 2, true) == "1,234,567.89");
    CHECK(format_figure(-0.004, Unit::Other, 2, false) == "0.00");
    CHECK(format_figure(-0.64, Unit::Other, 2, false) == "-0.64");
    CHECK(format_figure(22.6, Unit::Percent, 2, false) == "22.60%");
    CHECK(format_figure(999.5, Unit::Count, 0, true) == "1,000");
    // Against printf on many values and precisions, including halfway cases.
    std::uint64_t state = 12345;
    for (int i = 0; i < 20000; ++i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        const double v = static_cast<double>(static_cast<std::int64_t>(state >> 11) % 20000001 - 10000000) / 1000.0;
        const int decimals = i % 5;
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.*f", decimals, std::fabs(v));
        std::string expected = buffer;
        if (v < 0 && expected.find_first_of("123456789") != std::string::npos) expected = "-" + expected;
        INFO(v << " at " << decimals);
        REQUIRE(format_figure(v, Unit::Other, decimals, false) == expected);
    }
}
