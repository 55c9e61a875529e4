// Making PDFs for the tests: from a fixture through the real stages, or from a scorecard
// built in code (an empty table, a very long name, a topic of many rows).
#pragma once

#include <functional>
#include <string>

#include "stages/model/scorecard.hpp"
#include "stages/templates/output_template.hpp"
#include "stages/export/common/export_context.hpp"
#include "stages/export/pdf/pdf_writer.hpp"

namespace scorecard::test {

// A fixed creation time, as SOURCE_DATE_EPOCH would give (2023-01-31 12:00 UTC).
constexpr std::time_t kFixedTime = 1675166400;

ExportContext test_context(int first_page = 1);

// The template of that name in output_templates/ ("flat-2022-23", "sectioned-2019-20").
OutputTemplate named_template(const std::string& name);

struct FixtureScorecard {
    Scorecard scorecard;
    OutputTemplate layout;
};

// Ingest, validate and compute a fixture, as `scorecard build` does; fails the test if the
// fixture is rejected.
FixtureScorecard read_fixture(const std::string& fixture, const std::string& template_name = "");

// Reads the fixture and writes its PDF to `path`.
PdfSummary fixture_pdf(const std::string& fixture, const std::string& path, int first_page = 1,
                       const std::function<void(OutputTemplate&)>& adjust = {});

// An indicator with the fields a flat row shows, for scorecards made in code.
Indicator made_up_indicator(const std::string& group, const std::string& name, int n);

// A scorecard of `groups` topics with `per_group` indicators each.
Scorecard made_up_scorecard(int groups, int per_group);

}  // namespace scorecard::test
