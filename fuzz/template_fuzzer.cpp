// libFuzzer target: any bytes as an output template and as a rating-rules file. Both readers
// take a path (a template is a file, found by name or given with -t), so the bytes go through
// a file of this process's own. The right answer to a bad template is a TemplateError naming
// the file and key; anything else escaping, a crash, a hang or a leak is a bug.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>

#include "stages/templates/output_template.hpp"
#include "stages/templates/rules_reader.hpp"

namespace {

const std::string& scratch_path() {
    static const std::string path = "/tmp/scorecard-template-fuzz-" + std::to_string(getpid()) + ".json";
    return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace scorecard;
    {
        std::ofstream out(scratch_path(), std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    try {
        OutputTemplate t = load_template(scratch_path());
        (void)t.document_title("Q3 2022/23");
    } catch (const TemplateError&) {
    }
    try {
        (void)load_rating_rules(scratch_path());
    } catch (const TemplateError&) {
    }
    return 0;
}
