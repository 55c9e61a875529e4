#include "model_fixtures.hpp"

#include <catch2/catch.hpp>

#include "test_paths.hpp"

namespace scorecard::test {

CheckedScorecard check_fixture(const std::string& relative, const CheckOptions& options) {
    return read_and_check(fixture_path(relative), options);
}

const Indicator& indicator_named(const Scorecard& scorecard, const std::string& name) {
    const Indicator* found = nullptr;
    scorecard.for_each_indicator([&](const Indicator& i) {
        if (i.name.text == name) found = &i;
    });
    INFO("indicator " << name);
    REQUIRE(found != nullptr);
    return *found;
}

std::vector<std::pair<std::string, int>> codes_and_lines(const Findings& findings, Severity severity) {
    std::vector<std::pair<std::string, int>> out;
    for (const auto& f : findings.all())
        if (f.severity == severity) out.emplace_back(f.code, f.where.line);
    return out;
}

}  // namespace scorecard::test
