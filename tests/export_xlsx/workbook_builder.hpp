// Builds a workbook from an input the way `scorecard build` does (ingest, validate, compute,
// then the Excel writer), in-process, so these tests need only the Excel export to work.
#pragma once

#include <ctime>
#include <memory>
#include <string>

#include "pipeline/driver/pipeline_run.hpp"
#include "support/test_paths.hpp"
#include "support/xlsx_reader.hpp"

namespace scorecard::test {

constexpr std::time_t kFixedTime = 1700000000;  // 2023-11-14T22:13:20Z

struct BuiltWorkbook {
    CheckedScorecard checked;
    std::string path;
    std::unique_ptr<XlsxWorkbook> book;
};

// Writes `input` (through `template_name`, or the layout's default) to `path` and reads it back.
BuiltWorkbook build_workbook(const std::string& input, const std::string& path, const std::string& template_name = "",
                             std::time_t created = kFixedTime);

// The two seeds, each built once per test run and shared by the tests that only read them.
const BuiltWorkbook& flat_seed();
const BuiltWorkbook& sectioned_seed();

// The row (1-based) of the Scorecard sheet whose `column` cell holds `text`; throws when none.
int row_with(const XlsxSheet& sheet, int column, const std::string& text);

}  // namespace scorecard::test
