// The check in front of PoDoFo for a PDF from outside (an agenda pack's covering report or
// appendix).
//
// PoDoFo 0.9.8's parser is not safe on hostile bytes: fuzzing it (fuzz/imported_pdf_fuzzer.cpp,
// docs/performance.md) crashed it within minutes, and a page tree that loops passes its checks and
// fails only when the pack is written. So an imported PDF is opened by qpdf (libqpdf, fuzzed
// continuously upstream), with no repair of a broken cross-reference table, its page tree walked
// (qpdf finds loops), its pages and page sizes checked against limits, and then written out again
// by qpdf: PoDoFo only ever parses qpdf's rewrite, a plain well-formed file (no object streams,
// no encryption, no unreferenced objects), never the file the user gave.
//
// qpdf also reads what the pack keeps of the document: its bookmarks, with each destination
// resolved to a page index (named destinations included), and its links' named destinations,
// made explicit in the rewrite so they still point at the right page once the pages are the
// pack's. The rewrite has no /Outlines: the pack builds one outline for everything.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace scorecard::pdf {

// An imported PDF that cannot go into a pack: damaged, encrypted, without pages, too large.
// `file` is the name the user gave, `detail` what is wrong with it, `code` which kind of problem
// (pdf-damaged, pdf-encrypted, pdf-no-pages, pdf-page-size, pdf-too-large, pdf-not-pdf,
// pdf-unreadable). what() is "FILE: DETAIL". The driver maps it to exit 1.
class PackInputError : public std::runtime_error {
public:
    PackInputError(std::string code, const std::string& file, const std::string& detail)
        : std::runtime_error(file + ": " + detail), code_(std::move(code)), file_(file), detail_(detail) {}
    const std::string& code() const { return code_; }
    const std::string& file() const { return file_; }
    const std::string& detail() const { return detail_; }

private:
    std::string code_, file_, detail_;
};

// A bookmark of an imported PDF. `page` is an index into its pages, or -1 when the bookmark
// does not go to one of them (a web address, a destination that is missing).
struct ImportedBookmark {
    std::string title;  // UTF-8
    int page = -1;
    std::vector<ImportedBookmark> children;
};

struct CheckedPdf {
    std::string bytes;  // qpdf's rewrite, what PoDoFo reads
    int pages = 0;
    bool tagged = false;  // it has a structure tree with content
    std::string title;    // its Info /Title, or ""
    std::vector<ImportedBookmark> bookmarks;
};

// The limits a PDF from outside is held to. A page side must be within PDF's own limits (ISO
// 32000-1 annex C: 3 to 14,400 units); the others bound the memory a pack can take.
constexpr std::size_t kMaxImportedBytes = std::size_t{256} << 20;
constexpr int kMaxImportedPages = 10000;
constexpr std::size_t kMaxImportedObjects = 2000000;
constexpr double kMinPageSide = 3;
constexpr double kMaxPageSide = 14400;
constexpr int kMaxBookmarkDepth = 32;
constexpr int kMaxBookmarks = 100000;

// Checks the bytes of the PDF called `name` and rewrites them for PoDoFo. Throws PackInputError.
CheckedPdf check_imported_pdf(const char* data, std::size_t size, const std::string& name);

}  // namespace scorecard::pdf
