#include "trailer_facts.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>

#include "stages/export/common/export_context.hpp"

namespace scorecard::pdf {

namespace {

// The trailer is at the very end; PoDoFo's is well under this.
constexpr std::streamoff kTailSize = 4096;

}  // namespace

PdfTail read_pdf_tail(std::istream& file, const std::string& path) {
    PdfTail tail;
    file.seekg(0, std::ios::end);
    const std::streamoff size = file.tellg();
    tail.start = std::max<std::streamoff>(0, size - kTailSize);
    tail.text.assign(static_cast<std::size_t>(size - tail.start), '\0');
    file.seekg(tail.start);
    file.read(&tail.text[0], static_cast<std::streamsize>(tail.text.size()));
    if (!file) throw ExportError("cannot read back the PDF: " + path);
    tail.trailer = tail.text.rfind("trailer");
    if (tail.trailer == std::string::npos)
        throw ExportError("the PDF was not written completely (is the disk full?): " + path);
    return tail;
}

TrailerFacts read_trailer_facts(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) throw ExportError("cannot reopen the PDF to finish it: " + path);
    const PdfTail read = read_pdf_tail(file, path);
    const std::string& tail = read.text;
    const std::size_t trailer = read.trailer;

    TrailerFacts facts;
    const std::size_t size_key = tail.find("/Size", trailer);
    const std::size_t startxref_key = tail.find("startxref", trailer);
    if (size_key == std::string::npos || startxref_key == std::string::npos)
        throw ExportError("the PDF trailer has no /Size or startxref: " + path);
    facts.size = std::atoll(tail.c_str() + size_key + 5);
    facts.startxref = std::atoll(tail.c_str() + startxref_key + 9);
    if (facts.size <= 0 || facts.startxref <= 0) throw ExportError("the PDF trailer is not as expected: " + path);
    const std::size_t id = tail.find("/ID", trailer);
    const std::size_t open = id == std::string::npos ? id : tail.find('<', id);
    const std::size_t close = open == std::string::npos ? open : tail.find('>', open);
    if (close == std::string::npos) throw ExportError("the PDF trailer has no /ID: " + path);
    facts.id = tail.substr(open + 1, close - open - 1);
    return facts;
}

}  // namespace scorecard::pdf
