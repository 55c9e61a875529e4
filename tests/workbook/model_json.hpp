// `scorecard validate --format json` of an input, reduced to what must be the same whatever
// form the table came in (text or a workbook): the indicators with their values, the groups,
// and the findings' words, without how and where the file was read.
#pragma once

#include <set>
#include <string>
#include <vector>

namespace scorecard::test {

struct ModelJsonOptions {
    bool keep_findings = true;
    bool keep_lines = true;  // rows and lines (false when the workbook has rows the text has not)
    // Notes about how the input was read (its encoding, the sheet, merged cells), which
    // differ by form and are left out.
    std::set<std::string> reading_notes = {"layout",       "encoding",       "workbook-sheet", "merged-cells",
                                           "hidden-rows",  "hidden-columns", "hidden-sheet",   "macros-not-run",
                                           "chart-words",  "sheet-ignored"};
};

// One line per value ("groups[0].indicators[2].latest.shown = 22.60%"), keys in order.
std::vector<std::string> model_lines(const std::string& json, const ModelJsonOptions& options = {});

// Runs validate on the input (with extra arguments) and returns its model lines; FAILs the
// test when validate prints no JSON.
std::vector<std::string> validated_model(const std::string& input, const ModelJsonOptions& options = {},
                                         const std::vector<std::string>& extra = {});

// The first line where two models differ, or "" when they are the same.
std::string first_difference(const std::vector<std::string>& a, const std::vector<std::string>& b);

}  // namespace scorecard::test
