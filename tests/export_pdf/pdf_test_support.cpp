#include "pdf_test_support.hpp"

#include <catch2/catch.hpp>

#include "stages/compute/compute.hpp"
#include "stages/export/common/cell_content.hpp"
#include "pipeline/driver/pipeline_run.hpp"
#include "support/test_paths.hpp"

namespace scorecard::test {

ExportContext test_context(int first_page) {
    ExportContext context;
    context.source_name = "test";
    context.template_name = "test";
    context.version = "0.0.0-test";
    context.created = kFixedTime;
    context.first_page = first_page;
    return context;
}

// These tests look at the scorecard table, page by page: the summary page before it (tested over
// the four made-up quarters in tests/history/test_quarter_summary.cpp) is left out, so page 1
// is the table's first.
OutputTemplate named_template(const std::string& name) {
    OutputTemplate t = load_template(resolve_template_path(name));
    t.summary_page = false;
    return t;
}

FixtureScorecard read_fixture(const std::string& fixture, const std::string& template_name) {
    CheckOptions options;
    options.template_name = template_name;
    CheckedScorecard checked = read_and_check(fixture_path(fixture), options);
    INFO(fixture << " was rejected");
    REQUIRE_FALSE(checked.rejected);
    // The layout as the writer lays this scorecard out (optional columns with data only).
    OutputTemplate shown = layout_for(checked.scorecard, checked.layout);
    shown.summary_page = false;  // as named_template: page 1 is the table's first
    return {std::move(checked.scorecard), std::move(shown)};
}

PdfSummary fixture_pdf(const std::string& fixture, const std::string& path, int first_page,
                       const std::function<void(OutputTemplate&)>& adjust) {
    FixtureScorecard f = read_fixture(fixture);
    if (adjust) adjust(f.layout);
    return write_pdf(f.scorecard, f.layout, test_context(first_page), path);
}

Indicator made_up_indicator(const std::string& group, const std::string& name, int n) {
    Indicator i;
    i.id = "made-up-" + std::to_string(n);
    i.group = group;
    i.theme.text = "Theme " + std::to_string(n % 3);
    i.name.text = name;
    i.polarity = Polarity::HighIsGood;
    i.polarity_text.text = "High = Good";
    i.frequency.text = "Quarter";
    i.previous_period = parse_period("Q2 2022/23");
    i.previous = parse_value(std::to_string(10 + n) + ".5%");
    i.latest_period = parse_period("Q3 2022/23");
    i.latest = parse_value(std::to_string(11 + n) + ".25%");
    i.stated_trend.text = "Increase";
    i.target.text = "N/A";
    i.stated_rag.rag = Rag::Green;
    i.stated_rag.text = "Green";
    i.quartile = parse_value("1");
    i.neighbour_average = parse_value("9.9%");
    return i;
}

Scorecard made_up_scorecard(int groups, int per_group) {
    Scorecard s;
    s.title = "Made-up Performance";
    s.period = "FY2022/23 Q3";
    s.layout = SourceLayout::Flat;
    int n = 0;
    for (int g = 0; g < groups; ++g) {
        Group group;
        group.name = "Made-up topic " + std::to_string(g + 1);
        for (int k = 0; k < per_group; ++k) {
            ++n;
            group.indicators.push_back(
                made_up_indicator(group.name, "Made-up indicator number " + std::to_string(n), n));
        }
        s.groups.push_back(std::move(group));
    }
    // What the documents print is compute's decision, as in a real build.
    Findings findings("made-up");
    compute(s, RatingRules{}, findings);
    return s;
}

}  // namespace scorecard::test
