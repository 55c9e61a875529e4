// Every string of the shared hostile list (tests/support/hostile_strings) through the PDF
// writer, as indicator names and as the template's document properties: the file stays valid
// (qpdf), its XMP packet is legal XML 1.0 that xmllint accepts and says what the Info
// dictionary says, and each name reaches the page as the text a reader sees (controls as
// spaces, PDF syntax as characters).
#include <catch2/catch.hpp>

#include <podofo/podofo.h>

#include "pdf_test_support.hpp"
#include "stages/export/common/printable_text.hpp"
#include "support/hostile_strings.hpp"
#include "support/pdf_reader.hpp"
#include "support/test_paths.hpp"

using namespace scorecard;
using namespace scorecard::test;

namespace {

std::string xmp_of(const PdfReader& pdf) {
    const PoDoFo::PdfObject* metadata = pdf.document().GetCatalog()->GetIndirectKey("Metadata");
    REQUIRE(metadata);
    char* buffer = nullptr;
    PoDoFo::pdf_long length = 0;
    metadata->GetStream()->GetFilteredCopy(&buffer, &length);
    std::string xmp(buffer, static_cast<std::size_t>(length));
    PoDoFo::podofo_free(buffer);
    return xmp;
}

// Without any white space: a long word wraps inside itself, and its lines join with a space.
std::string without_spaces(const std::string& s) {
    std::string out;
    for (char c : s)
        if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f') out += c;
    return out;
}

bool ascii_only(const std::string& s) {
    for (unsigned char c : s)
        if (c >= 0x80) return false;
    return true;
}

}  // namespace

TEST_CASE("every hostile string in a PDF leaves it valid, its XMP legal, and its text readable", "[pdf][hostile]") {
    ScratchDir dir("pdf-hostile");
    const auto& list = hostile_strings();
    std::size_t first = 0;
    for (int n = 0; first < list.size(); ++n) {
        FixtureScorecard f = read_fixture("children-families-2022-23-q3.txt");
        const HostileString& property = list[first];
        f.layout.author = f.layout.subject = f.layout.keywords = property.text;
        std::vector<const HostileString*> used;
        f.scorecard.for_each_indicator([&](Indicator& i) {
            if (first >= list.size()) return;
            i.name.text = list[first].text;
            used.push_back(&list[first++]);
        });
        const std::string path = dir.file("hostile-" + std::to_string(n) + ".pdf");
        write_pdf(f.scorecard, f.layout, test_context(), path);

        PdfReader pdf(path);
        INFO("document properties: " << property.name);
        const CommandResult check = pdf.qpdf_check();
        INFO(check.out << check.err);
        CHECK(check.exit_code == 0);
        const std::string xmp = xmp_of(pdf);
        CHECK(xml10_problem(xmp) == "");
        write_file(dir.file("xmp-" + std::to_string(n) + ".xml"), xmp);
        const CommandResult lint = run_command("xmllint", {"--noout", dir.file("xmp-" + std::to_string(n) + ".xml")});
        INFO(lint.err);
        CHECK(lint.exit_code == 0);
        // The Info dictionary and the XMP carry the same subject: the text itself when XML can
        // hold it, else U+FFFD where it could not.
        const auto info = pdf.info();
        const std::string subject = info.count("Subject") ? info.at("Subject") : "";
        if (property.valid_utf8 && !property.xml_illegal && !property.has_control && property.text.find_first_of("\t\r\n") == std::string::npos &&
            !property.text.empty() && property.text.size() < 200) {
            CHECK(subject == property.text);
        }
        if (!property.valid_utf8 || property.xml_illegal) CHECK(subject.find("\xEF\xBF\xBD") != std::string::npos);

        // Names of plain characters read back from the page as a reader sees them: the cell's
        // text with controls made spaces, compared without white space since a long word wraps
        // inside itself. (Bidirectional controls, combining marks and the like are left to
        // pdftotext's own choices.)
        const std::string page_text = without_spaces(pdf.text());
        for (const HostileString* h : used) {
            const std::string shown = without_spaces(printable_text(h->expected));
            if (shown.empty() || !ascii_only(shown) || shown.size() > 200) continue;
            INFO(h->name << ": " << shown);
            CHECK(page_text.find(shown) != std::string::npos);
        }
    }
}
