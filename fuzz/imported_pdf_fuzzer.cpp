// libFuzzer target: any bytes as a PDF imported into an agenda pack (`scorecard pack ... FILE.pdf`).
// The bytes go the way a pack takes an imported PDF: inspect_pdf_bytes (the check in front of
// PoDoFo, qpdf's rewrite, PoDoFo's parse of it), and when that accepts them, write_pack places
// them in a pack (PoDoFo's Append, the page-number stamp, the structure tree, the bookmarks). The
// right answer to a bad PDF is a PackInputError naming it; anything else escaping, a crash, a
// hang or a leak is a bug.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>

#include "stages/export/pdf/pack_writer.hpp"
#include "stages/templates/output_template.hpp"

namespace {

const std::string& scratch(const char* what) {
    static const std::string in = "/tmp/scorecard-pdf-fuzz-" + std::to_string(getpid()) + ".pdf";
    static const std::string out = "/tmp/scorecard-pdf-fuzz-" + std::to_string(getpid()) + "-pack.pdf";
    return std::string(what) == "in" ? in : out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace scorecard;
    static const OutputTemplate layout = load_template(SCORECARD_FUZZ_TEMPLATE);
    try {
        (void)pdf::inspect_pdf_bytes(reinterpret_cast<const char*>(data), size, "fuzz.pdf");
    } catch (const pdf::PackInputError&) {
        return 0;
    }
    {
        std::ofstream out(scratch("in"), std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    pdf::PackItem item;
    item.kind = pdf::PackItemKind::Imported;
    item.pdf_path = scratch("in");
    item.name = "fuzz.pdf";
    item.title = "Imported";
    pdf::PackSettings settings;
    settings.layout = &layout;
    settings.first_page = 37;
    settings.title = "Fuzzed pack";
    // Accepted by the check, the PDF must go into a pack: any exception here is a finding.
    (void)pdf::write_pack({item}, settings, scratch("out"));
    return 0;
}
