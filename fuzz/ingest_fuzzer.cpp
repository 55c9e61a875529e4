// libFuzzer target: any bytes through ingest, validate and compute. It must never crash,
// hang or leak, whatever the bytes; a finding is the right answer to bad input.
#include <cstddef>
#include <cstdint>
#include <string>

#include "stages/templates/rating_rules.hpp"
#include "stages/compute/compute.hpp"
#include "stages/ingest/ingest.hpp"
#include "stages/validate/validate.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace scorecard;
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    Findings findings("fuzz-input");
    IngestResult result = ingest_text(bytes, "fuzz-input", findings);
    if (!result.ok) return 0;
    validate(result.scorecard, findings);
    if (findings.has_errors()) return 0;
    RatingRules rules;
    rules.percent_tolerance.absolute = 1.0;  // exercise the Similar branch too
    compute(result.scorecard, rules, findings);
    for (const auto& f : findings.all()) (void)format_finding(f);
    return 0;
}
