#include "pipeline_run.hpp"

#include <ostream>

#include "stages/compute/compute.hpp"
#include "stages/ingest/ingest.hpp"
#include "stages/ingest/national_reader.hpp"
#include "pipeline/history/history_store.hpp"
#include "stages/validate/validate.hpp"

namespace scorecard {

namespace {

OutputTemplate choose_template(const CheckOptions& options, SourceLayout layout) {
    const std::string name = options.template_name.empty() ? default_template_name(layout) : options.template_name;
    try {
        return load_template(resolve_template_path(name));
    } catch (const TemplateError& e) {
        throw UsageOrIoError(std::string("template: ") + e.what());
    }
}

}  // namespace

CheckedScorecard read_and_check(const std::string& input, const CheckOptions& options, HistoryStore* history) {
    CheckedScorecard result;
    result.findings = Findings(input);
    IngestResult ingested;
    try {
        IngestOptions ingest;
        ingest.sheet = options.sheet;
        ingested = ingest_file(input, result.findings, ingest);
    } catch (const IngestIoError& e) {
        throw UsageOrIoError(e.what());
    }
    result.scorecard = std::move(ingested.scorecard);
    if (!options.period.empty()) result.scorecard.period = options.period;
    if (!ingested.ok) {
        result.rejected = true;
        return result;
    }
    validate(result.scorecard, result.findings);
    result.layout = choose_template(options, result.scorecard.layout);
    NationalData national;
    const bool with_national = !options.national_files.empty();
    try {
        NationalInputs inputs;
        inputs.national_files = options.national_files;
        inputs.map_file = options.national_map;
        inputs.neighbours_file = options.neighbours_file;
        inputs.authority = options.authority;
        if (with_national && !read_national_data(inputs, &national, result.findings)) result.rejected = true;
    } catch (const IngestIoError& e) {
        throw UsageOrIoError(e.what());
    }
    if (history && !result.findings.has_errors()) {
        try {
            history->load_into(result.scorecard, &result.findings);
        } catch (const HistoryError& e) {
            throw UsageOrIoError(e.what());
        }
    }
    PublishPolicy policy = result.layout.publish;
    if (!options.publish.empty() && !publish_policy_from_name(options.publish, &policy))
        throw UsageOrIoError("--publish must be computed or stated, not \"" + options.publish + "\"");
    if (!result.findings.has_errors())
        compute(result.scorecard, result.layout.rules, result.findings, with_national ? &national : nullptr, policy);
    if (options.strict) result.findings.escalate_warnings();
    result.findings.sort_by_location();
    result.rejected = result.findings.has_errors();
    return result;
}

void print_findings(const Findings& findings, std::ostream& out, bool with_notes) {
    for (const auto& f : findings.all())
        if (with_notes || f.severity != Severity::Note) out << format_finding(f) << '\n';
}

}  // namespace scorecard
