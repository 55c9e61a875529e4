// The Excel number-format renderer: the text a cell shows for its number and format code,
// checked against what Excel shows for the same number and code.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>

#include "stages/ingest/workbook/number_format.hpp"

using namespace scorecard;

namespace {

std::string shown(const std::string& code, double value, DateSystem dates = DateSystem::Excel1900) {
    return NumberFormat(code).format(value, dates);
}

}  // namespace

TEST_CASE("percentages show the decimals their format asks for", "[number-format]") {
    CHECK(shown("0.00%", 0.226) == "22.60%");
    CHECK(shown("0.00%", 0.2274) == "22.74%");
    CHECK(shown("0.00%", 0.014) == "1.40%");
    CHECK(shown("0.0%", 0.226) == "22.6%");
    CHECK(shown("0.0%", 0.086) == "8.6%");
    CHECK(shown("0.0%", 1) == "100.0%");
    CHECK(shown("0%", 0.5) == "50%");
    CHECK(shown("0%", 0.125) == "13%");  // 12.5 rounds half away from zero
    CHECK(shown("0.00%", -0.0064) == "-0.64%");
}

TEST_CASE("whole numbers, decimals and thousands separators", "[number-format]") {
    CHECK(shown("#,##0", 3775) == "3,775");
    CHECK(shown("#,##0", 1234567) == "1,234,567");
    CHECK(shown("#,##0", 0) == "0");
    CHECK(shown("#,##0", -3775) == "-3,775");
    CHECK(shown("#,##0", 999.5) == "1,000");
    CHECK(shown("#,##0.00", 1234.5) == "1,234.50");
    CHECK(shown("0", 2363) == "2363");
    CHECK(shown("0", 2.5) == "3");
    CHECK(shown("0", -2.5) == "-3");
    CHECK(shown("0.00", 2.675) == "2.68");  // the double is 2.67499999...; Excel rounds its 15 digits
    CHECK(shown("0.00", 0.01) == "0.01");
    CHECK(shown("0.00", -0.64) == "-0.64");
    CHECK(shown("0.00", -0.001) == "0.00");  // no sign on a figure that shows as zero
    CHECK(shown("0.0", 80.7) == "80.7");
    CHECK(shown("0.0", 14) == "14.0");
    CHECK(shown("000", 7) == "007");
    CHECK(shown("#.##", 0.5) == ".5");
    CHECK(shown("#.##", 1) == "1.");
    CHECK(shown("0.0#", 1.5) == "1.5");
    CHECK(shown("0.0#", 1.25) == "1.25");
    CHECK(shown("??0.0?", 1.5) == "  1.5 ");
    CHECK(shown("0.00", 1e15) == "1000000000000000.00");
}

TEST_CASE("literals, escapes, spaces and currency symbols", "[number-format]") {
    CHECK(shown("0.0%\" (28)\"", 0.152) == "15.2% (28)");
    CHECK(shown("0\" (80%)\"", 2205) == "2205 (80%)");
    CHECK(shown("\"\xC2\xA3\"#,##0", 1250) == "\xC2\xA3" "1,250");
    CHECK(shown("[$\xC2\xA3-809]#,##0.00", 1250) == "\xC2\xA3" "1,250.00");
    CHECK(shown("[$-409]0.0", 3) == "3.0");
    CHECK(shown("0\\ \\k\\g", 12) == "12 kg");
    CHECK(shown("#,##0_);(#,##0)", 5) == "5 ");
    CHECK(shown("#,##0_);(#,##0)", -5) == "(5)");
    CHECK(shown("* #,##0", 5) == "5");  // fill shows nothing
    CHECK(shown("(0)", 5) == "(5)");
    CHECK(shown("+0;-0;0", 5) == "+5");
}

TEST_CASE("sections, colours and conditions", "[number-format]") {
    CHECK(shown("#,##0;[Red]-#,##0", -5) == "-5");
    CHECK(shown("#,##0;[Red]-#,##0", 5) == "5");
    CHECK(shown("[Blue]0.0;[Red]0.0", -2) == "2.0");  // the negative section shows no sign of its own
    CHECK(shown("0;-0;\"zero\"", 0) == "zero");
    CHECK(shown("0;-0;\"zero\"", -3) == "-3");
    CHECK(shown("0;;", -3) == "");
    CHECK(shown("[>=100]\"big\";\"small\"", 150) == "big");
    CHECK(shown("[>=100]\"big\";\"small\"", 5) == "small");
    CHECK(shown("[<0]\"minus \"0;0", -4) == "minus 4");
    CHECK(shown("[Color10]0.00", 1) == "1.00");
}

TEST_CASE("scaling by thousands and scientific notation", "[number-format]") {
    CHECK(shown("#,##0,\"K\"", 1234567) == "1,235K");
    CHECK(shown("0.0,,\"M\"", 1234567) == "1.2M");
    CHECK(shown("0.00E+00", 12345) == "1.23E+04");
    CHECK(shown("0.00E+00", 0.00012) == "1.20E-04");
    CHECK(shown("0.00E+00", 0) == "0.00E+00");
    CHECK(shown("0.00E+00", 9.999) == "1.00E+01");
    CHECK(shown("0.0E-0", 12345) == "1.2E4");
    CHECK(shown("##0.0E+0", 12345) == "12.3E+3");
}

TEST_CASE("fractions", "[number-format]") {
    CHECK(shown("# ?/?", 1.5) == "1 1/2");
    CHECK(shown("# ?/?", 0.25) == " 1/4");
    CHECK(shown("# ?/?", 2) == "2    ");
    CHECK(shown("# ?\?/?\?", 0.333) == "  1/3 ");
    CHECK(shown("# ?/4", 1.25) == "1 1/4");
    CHECK(shown("?/?", 1.5) == "3/2");
}

TEST_CASE("General is Excel's general format in a standard-width cell", "[number-format]") {
    CHECK(shown("General", 3775) == "3775");
    CHECK(shown("General", 1.0 / 3) == "0.333333333");
    CHECK(shown("General", -1.0 / 3) == "-0.33333333");
    CHECK(shown("General", 0.1 + 0.2) == "0.3");
    CHECK(shown("General", 22.6) == "22.6");
    CHECK(shown("General", 123456789012.0) == "1.23457E+11");
    CHECK(shown("General", 12345678901.0) == "12345678901");
    CHECK(shown("General", 1e-10) == "1E-10");
    CHECK(shown("General", 0.000123456789) == "0.000123457");
    CHECK(shown("General", 0) == "0");
    CHECK(shown("General\" people\"", 12) == "12 people");
    CHECK(format_general(-0.64) == "-0.64");
}

TEST_CASE("dates and times in the 1900 and 1904 date systems", "[number-format]") {
    CHECK(shown("mmm-yy", 44805) == "Sep-22");
    CHECK(shown("MMM-YY", 44896) == "Dec-22");
    CHECK(shown("dd/mm/yyyy", 44926) == "31/12/2022");
    CHECK(shown("d-mmm-yy", 45000) == "15-Mar-23");
    CHECK(shown("mmmm yyyy", 45000) == "March 2023");
    CHECK(shown("dddd d mmmm", 45000) == "Wednesday 15 March");
    CHECK(shown("ddd", 45000) == "Wed");
    CHECK(shown("mmmmm", 45000) == "M");
    CHECK(shown("yyyy-mm-dd", 43343, DateSystem::Excel1904) == "2022-09-01");
    CHECK(shown("yyyy-mm-dd", 0, DateSystem::Excel1904) == "1904-01-01");
    CHECK(shown("dd/mm/yyyy", 1) == "01/01/1900");
    CHECK(shown("dd/mm/yyyy", 60) == "29/02/1900");  // Excel's (and Lotus 1-2-3's) leap day
    CHECK(shown("dd/mm/yyyy", 61) == "01/03/1900");
    CHECK(shown("h:mm AM/PM", 0.75) == "6:00 PM");
    CHECK(shown("h:mm am/pm", 0.25) == "6:00 AM");
    CHECK(shown("h:mm:ss", 0.5) == "12:00:00");
    CHECK(shown("hh:mm", 45000.4) == "09:36");
    CHECK(shown("[h]:mm", 1.5) == "36:00");
    CHECK(shown("mm:ss.0", 1.0 / 86400 * 61.25) == "01:01.3");
    CHECK(shown("yyyy-mm-dd hh:mm:ss", 45000.999999) == "2023-03-16 00:00:00");  // rounded to the second
    CHECK(shown("m/d/yy", 45000) == "3/15/23");
    CHECK(NumberFormat("mmm-yy").is_date());
    CHECK_FALSE(NumberFormat("0.00%").is_date());
}

TEST_CASE("text cells and the text section", "[number-format]") {
    CHECK(NumberFormat("@").format_text("abc") == "abc");
    CHECK(NumberFormat("\"Name: \"@").format_text("abc") == "Name: abc");
    CHECK(NumberFormat("0.00;-0.00;0.00;\"[\"@\"]\"").format_text("x") == "[x]");
    CHECK(NumberFormat("0.00").format_text("x") == "x");
    CHECK(shown("@", 5) == "5");
}

TEST_CASE("built-in formats and codes that cannot be read", "[number-format]") {
    CHECK(builtin_number_format(9) == "0%");
    CHECK(builtin_number_format(10) == "0.00%");
    CHECK(builtin_number_format(3) == "#,##0");
    CHECK(builtin_number_format(17) == "mmm-yy");
    CHECK(builtin_number_format(14) == "dd/mm/yyyy");
    CHECK(builtin_number_format(100).empty());
    CHECK(shown(builtin_number_format(43), 1234.5) == " 1,234.50 ");
    CHECK(shown(builtin_number_format(43), 0) == " -   ");
    // An unclosed quote or bracket: the number is shown as General, never dropped.
    CHECK(shown("0.0\"abc", 1.5) == "1.5");
    CHECK(shown("[Red0.0", 1.5) == "1.5");
    CHECK(shown("", 1.5) == "1.5");
}

TEST_CASE("the short path for plain formats shows what the long path shows", "[number-format]") {
    // An empty literal ("") makes a format not plain, so it takes the long path.
    std::uint64_t state = 20221231;
    auto next = [&] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<double>(state >> 11) / static_cast<double>(1ULL << 53);
    };
    for (const std::string code : {"0", "0.0", "0.00", "0.000", "#,##0", "#,##0.00", "0%", "0.0%", "0.00%", "000.0"}) {
        const NumberFormat plain(code), long_path(code + "\"\"");
        for (int i = 0; i < 20000; ++i) {
            const double magnitude = std::pow(10.0, static_cast<int>(next() * 12) - 4);
            double value = std::round(next() * 100000) / 1000 * magnitude;
            if (i % 3 == 0) value = std::round(value * 1000) / 1000 + 0.0005;  // ties at three decimals
            if (i % 7 == 0) value = -value;
            INFO(code << " " << value);
            REQUIRE(plain.format(value) == long_path.format(value));
        }
    }
}
