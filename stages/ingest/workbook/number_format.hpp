// Excel number formats: the text a cell shows for its number, so a workbook reads as the
// table its owner sees (0.226 with "0.00%" is "22.60%", with "0.0%" is "22.6%"; 3775 with
// "#,##0" is "3,775"; 44805 with "mmm-yy" is "Sep-22").
//
// No Debian library renders Excel format codes, so this is written here, kept to this file
// and its tests (tests/workbook/number_format_test.cpp). What it follows (ECMA-376 Part 1,
// 18.8.31, and Excel's behaviour):
//   - up to four sections split by ';': positive; negative; zero; text. One section serves
//     all numbers (negatives get a '-'); with two, the second is for negatives, shown
//     without their sign. Conditions ("[>=100]") choose a section instead.
//   - digits: '0' (a digit, or 0), '#' (a digit, or nothing), '?' (a digit, or a space);
//     '.' the decimal point; ',' between digits groups thousands, after them divides by 1,000;
//     '%' multiplies by 100; "E+"/"E-" scientific; "?/?" and "# ??/??" fractions.
//   - literals: "quoted text", \c, and the characters $ - + / ( ) : space and the like;
//     "_c" is a space as wide as c; "*c" (fill) shows nothing; [Red] and other colours show
//     nothing; [$£-809] shows £.
//   - '@' is the text of a text cell; "General" is Excel's general format in a
//     standard-width cell (up to 11 characters; see format_general).
//   - dates and times: y yy yyyy, m mm mmm mmmm mmmmm (month, or minutes after h or before
//     s), d dd ddd dddd, h hh, s ss, .0 .00 .000 (fractions of a second), AM/PM and A/P, and
//     the elapsed [h] [mm] [ss]; English month and day names; the 1900 date system (with
//     Excel's 29 February 1900) and the 1904 one.
// Rounding is half away from zero on the number's first 15 significant digits, as Excel
// rounds (2.675 with "0.00" is 2.68 although the double is just below it).
// A code that cannot be read (an unclosed quote or bracket) is shown as General.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace scorecard {

namespace number_format_detail {
struct Section;
}

enum class DateSystem { Excel1900, Excel1904 };

class NumberFormat {
public:
    NumberFormat();  // General
    explicit NumberFormat(const std::string& code);

    // The text a number shows.
    std::string format(double value, DateSystem dates = DateSystem::Excel1900) const;
    // The text a text cell shows (the text section, where the code has one).
    std::string format_text(const std::string& text) const;
    // The first section shows a date or a time.
    bool is_date() const;
    const std::string& code() const { return code_; }

private:
    std::string code_;
    // Parsed once; copies of a format share it (a workbook's styles hold one per cell format).
    std::shared_ptr<const std::vector<number_format_detail::Section>> sections_;
};

// The format code of a built-in format number Excel leaves out of styles.xml (0 to 49), or
// "" for numbers that are not built in (which Excel shows as General). Locale-dependent
// ones are given as Excel in an English (United Kingdom) locale shows them (14 is dd/mm/yyyy).
std::string builtin_number_format(int id);

// The serial number of an ISO 8601 date and time ("2022-09-01", "2022-09-01T12:30:00"), as
// a cell of type "d" holds it. False when the text is no such date.
bool iso_date_serial(const std::string& iso, DateSystem dates, double* serial);

// Excel's General format in a standard-width cell: up to 11 characters, scientific when the
// number does not fit ("3775", "0.333333333", "1.23457E+11").
std::string format_general(double value);

}  // namespace scorecard
