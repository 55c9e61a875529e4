// Reading a PDF back in tests: its pages and catalog through PoDoFo (PdfMemDocument), its text,
// fonts and metadata through poppler's command-line tools, and its structure through qpdf.
//
// poppler-utils and qpdf are test dependencies (CI installs them): a missing tool fails the
// test that needs it with a message saying which, rather than passing it silently.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "run_command.hpp"

namespace PoDoFo {
class PdfMemDocument;
}

namespace scorecard::test {

enum class TextMode {
    Raw,    // pdftotext -raw: content-stream order (each cell's lines together, cells in the order drawn)
    Layout,  // pdftotext -layout: the page's physical layout (a table row's first lines side by side)
    Reading  // pdftotext with neither: poppler's reading order, right-to-left text put in logical
             // order (each such stretch between U+202B and U+202C, which plain_text() drops)
};

struct PdfFontFacts {
    std::string name;      // "AAAAAA+LiberationSans"
    std::string type;      // "CID TrueType"
    std::string encoding;  // "Identity-H"
    bool embedded = false, subset = false, unicode = false;
};

struct PageSize {
    double width = 0, height = 0;  // points, from the MediaBox
};

class PdfReader {
public:
    // Loads the file with PoDoFo. Throws when it is not a PDF PoDoFo can read.
    explicit PdfReader(const std::string& path);
    ~PdfReader();
    PdfReader(const PdfReader&) = delete;
    PdfReader& operator=(const PdfReader&) = delete;

    const std::string& path() const { return path_; }
    int page_count() const;
    PageSize page_size(int index) const;  // index from 0

    // The text of each page (from pdftotext, split at its form feeds), and of the whole file.
    std::vector<std::string> page_texts(TextMode mode = TextMode::Raw) const;
    std::string page_text(int index, TextMode mode = TextMode::Raw) const;
    std::string text(TextMode mode = TextMode::Raw) const;

    std::map<std::string, std::string> info() const;  // pdfinfo's "Key: value" lines
    std::string struct_text() const;                   // pdfinfo -struct-text: the structure tree
    // A page's content stream(s), decompressed, as PDF operators (index from 0).
    std::string page_content(int index) const;
    std::vector<PdfFontFacts> fonts() const;           // pdffonts' table
    CommandResult qpdf_check() const;                  // qpdf --check

    // Read back through qpdf's JSON: the label a viewer shows for each page (from /PageLabels,
    // decimal ranges only; "" when the document has none), and the bookmarks in order, each
    // with its depth (0 = top level) and the page it opens (index from 0).
    std::vector<std::string> page_labels() const;
    struct Bookmark {
        std::string title;
        int page = -1;
        int depth = 0;
    };
    std::vector<Bookmark> bookmarks() const;

    // Catalog entries, read with PoDoFo.
    std::string catalog_lang() const;          // /Lang, "" when absent
    bool display_doc_title() const;            // /ViewerPreferences /DisplayDocTitle
    std::string trailer_id() const;            // the trailer's /ID, as PDF syntax

    PoDoFo::PdfMemDocument& document() const { return *document_; }

private:
    std::string path_;
    std::unique_ptr<PoDoFo::PdfMemDocument> document_;
};

// Runs a poppler or qpdf tool, failing the current test when it is not installed.
CommandResult run_pdf_tool(const std::string& tool, const std::vector<std::string>& args);

// Text with every run of white space (line breaks included) made one space, trimmed: a cell's
// wrapped lines read back as the sentence they came from.
std::string collapse_whitespace(const std::string& text);

}  // namespace scorecard::test
