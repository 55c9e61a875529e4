// The PDF document object and its document-level metadata.
//
// Why PdfStreamedDocument and not PdfMemDocument: a 100,000-indicator table is thousands of
// pages. PdfStreamedDocument writes each page's content stream to the file as soon
// as the page is finished, so memory holds one page's drawing, not the whole document.
// PoDoFo keeps only the small dictionaries (pages, fonts, Info, catalog) until Close(), and
// those stay editable until then, which is what the tagged PDF needs: each page
// dictionary can still be given /StructParents and the catalog its /StructTreeRoot,
// /MarkInfo and /Metadata after the pages are drawn, while the marked-content sequences and
// MCIDs go into the content streams as they are written. The structure tree itself (one
// element per cell: over a million for 100,000 rows) is not held as PoDoFo objects, which
// cost about a kilobyte each; it is kept compactly and written after PoDoFo has finished.
#pragma once

#include <ctime>
#include <string>

#include <podofo/podofo.h>

namespace scorecard::pdf {

// PdfDocument::GetCatalog() is protected in PoDoFo 0.9.8; this subclass reaches it so
// catalog entries PoDoFo has no API for (Lang, ViewerPreferences, MarkInfo) can be set.
class ScorecardDocument : public PoDoFo::PdfStreamedDocument {
public:
    // PDF 1.7: the version PDF/UA-1 is defined against. Throws PoDoFo::PdfError when the
    // file cannot be opened.
    explicit ScorecardDocument(const std::string& path)
        : PoDoFo::PdfStreamedDocument(path.c_str(), PoDoFo::ePdfVersion_1_7) {}

    PoDoFo::PdfObject& catalog() { return *GetCatalog(); }
    // The root of the page tree (the catalog's /Pages).
    PoDoFo::PdfObject& pages_root() { return *GetPagesTree()->GetObject(); }
};

struct DocumentMetadata {
    std::string title;     // "Children and Families Performance FY2022/23 Q3"
    std::string author;
    std::string subject;
    std::string keywords;
    std::string creator;   // "scorecard 0.1.0"
    std::string producer;  // "scorecard 0.1.0 (PoDoFo 0.9.8)"
    std::string language;  // "en-GB"
    std::time_t created = 0;
    // Which values the document publishes (common/corrections.hpp): a custom Info entry,
    // /PublishPolicy, which viewers list among the document's properties.
    std::string publish_policy;
    // The template's release date and contact, where given: custom Info entries /ReleaseDate
    // and /Contact, listed with the document's properties the same way.
    std::string release_date;
    std::string contact;
    // Whether the XMP claims PDF/UA (pdfuaid:part 1): not for a pack holding an untagged PDF.
    bool pdf_ua = true;
};

// Info dictionary (Title, Author, Subject, Keywords, Creator, Producer, CreationDate and
// ModDate fixed to `created`, so a build with SOURCE_DATE_EPOCH is reproducible), the XMP
// metadata stream with the same facts (uncompressed, as PDF/A and most checkers expect), and
// the catalog's /Lang and /ViewerPreferences << /DisplayDocTitle true >> (the viewer's title
// bar shows the title, not the file name: WCAG 2.4.2). Call it with no page being drawn.
void apply_metadata(ScorecardDocument& document, const DocumentMetadata& metadata);

// Marks the document as tagged (/MarkInfo << /Marked true >>) and reserves its
// StructTreeRoot: the catalog points at an object PoDoFo writes empty, which the structure
// writer fills in after Close(). Returns that object's reference.
PoDoFo::PdfReference prepare_tagging(ScorecardDocument& document);

// A PDF date in UTC: "D:20230101120000+00'00'". UTC, not local time, so the bytes do not
// depend on the machine's time zone.
std::string pdf_date(std::time_t t);

// A PdfString from UTF-8 (PoDoFo's const char* constructor would read it as PDFDocEncoding,
// turning anything beyond ASCII into mojibake).
PoDoFo::PdfString utf8_string(const std::string& text);

}  // namespace scorecard::pdf
