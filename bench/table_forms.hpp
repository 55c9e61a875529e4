// The synthetic table in the other forms councils keep it in, for timing the readers against
// each other: comma-separated text (RFC 4180) and an Excel workbook whose figures are numbers
// with the number formats that show them as the text does (written with libxlsxwriter, shared
// strings as Excel writes them).
#pragma once

#include <string>

namespace scorecard::bench {

// `tsv` is a table as synthetic_table() gives it.
void write_csv(const std::string& tsv, const std::string& path);
void write_xlsx(const std::string& tsv, const std::string& path);

}  // namespace scorecard::bench
