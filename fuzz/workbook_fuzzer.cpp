// libFuzzer target for the workbook readers (.xlsx, .ods) and the stages after them. It must
// never crash, hang or leak, whatever the bytes; a finding is the right answer to bad input.
//
// The first byte says what the rest is, so the fuzzer reaches the XML readers without having
// to get a zip's CRCs right:
//   0  a whole file (the archive checks, OLE2 and zip sniffing)
//   1  an .xlsx's worksheet part, packed with fixed workbook parts
//   2  an .xlsx's worksheet, shared strings and styles (number formats), split at "\n--\n"
//   3  an .ods's content.xml
// and bit 2 has even a small sheet read in two halves on two threads (sheet_halves.hpp).
#include <cstddef>
#include <cstdint>
#include <string>

#include "memory_zip.hpp"
#include "stages/compute/compute.hpp"
#include "stages/ingest/ingest.hpp"
#include "stages/templates/rating_rules.hpp"
#include "stages/validate/validate.hpp"

namespace {

using Parts = std::vector<std::pair<std::string, std::string>>;

const char* const kRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

std::string xlsx(const std::string& sheet, const std::string& shared_strings, const std::string& styles) {
    const std::string rels_head =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    Parts parts = {
        {"[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {"_rels/.rels", rels_head + "<Relationship Id=\"r\" Type=\"" + kRelationships +
                            "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {"xl/workbook.xml",
         "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
         "<sheet name=\"Q4\" sheetId=\"1\" r:id=\"r1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         rels_head + "<Relationship Id=\"r1\" Type=\"" + kRelationships +
             "worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"r2\" Type=\"" + kRelationships +
             "sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"r3\" Type=\"" + kRelationships +
             "styles\" Target=\"styles.xml\"/></Relationships>"},
        {"xl/worksheets/sheet1.xml", sheet}};
    if (!shared_strings.empty()) parts.emplace_back("xl/sharedStrings.xml", shared_strings);
    if (!styles.empty()) parts.emplace_back("xl/styles.xml", styles);
    return scorecard::fuzz::zip_in_memory(parts);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace scorecard;
    if (size == 0) return 0;
    const std::string rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    std::string file;
    switch (data[0] % 4) {
        case 0: file = rest; break;
        case 1: file = xlsx(rest, "", ""); break;
        case 2: {
            std::string parts[3];
            std::size_t start = 0;
            for (int i = 0; i < 3; ++i) {
                const std::size_t split = i < 2 ? rest.find("\n--\n", start) : std::string::npos;
                parts[i] = rest.substr(start, split == std::string::npos ? std::string::npos : split - start);
                if (split == std::string::npos) break;
                start = split + 4;
            }
            file = xlsx(parts[0], parts[1], parts[2]);
            break;
        }
        default:
            file = fuzz::zip_in_memory({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
                                        {"content.xml", rest}});
            break;
    }
    Findings findings("fuzz-input");
    IngestOptions options;
    // Bit 2 of the first byte: read even a small sheet in two halves on two threads.
    if (data[0] & 4) options.limits.workbook.halves_from_bytes = 1;
    IngestResult result = ingest_bytes(file, "fuzz-input", findings, options);
    for (const auto& f : findings.all()) (void)format_finding(f);
    if (!result.ok) return 0;
    validate(result.scorecard, findings);
    if (findings.has_errors()) return 0;
    RatingRules rules;
    compute(result.scorecard, rules, findings);
    for (const auto& f : findings.all()) (void)format_finding(f);
    return 0;
}
