// The tagged PDF's logical structure (PDF/UA), recorded compactly as pages are drawn.
//
// PoDoFo 0.9.8 has no tagging API, and a PoDoFo object costs about a kilobyte while it waits
// in memory for PdfStreamedDocument::Close(): a 100,000-row table has over a million cells,
// each a structure element. So the elements are kept here as a few bytes each (role, parent,
// table attributes) with the marked content that belongs to them (page, MCID), and written
// after PoDoFo has finished (structure_writer). Children are not stored: an element's kids are
// the elements and content recorded with it as parent, in the order they were recorded, which
// is reading order because pages are drawn in reading order.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace scorecard::pdf {

enum class StructRole : std::uint8_t {
    Document, H1, H2, P, Table, THead, TBody, TR, TH, TD, L, LI, Lbl, LBody, Figure, Span, Sect
};
const char* role_name(StructRole role);

// How a TH applies: to its column (the header row) or its row (topic, indicator name, heading).
enum class HeaderScope : std::uint8_t { None, Column, Row };

class StructureTree {
public:
    static constexpr int kNoParent = -1;

    struct Element {
        std::int32_t parent = kNoParent;
        std::uint32_t order = 0;       // when it was recorded, among elements and content
        std::int32_t alt = -1;         // index into alt texts, or -1
        std::int32_t expansion = -1;   // index into alt texts of what an abbreviation stands for (/E), or -1
        std::int32_t headers[2] = {-1, -1};  // TH elements that head this cell (/Headers), or -1
        bool has_id = false;           // another element names this one in its /Headers: it has an /ID
        std::uint16_t row_span = 1, col_span = 1;
        StructRole role = StructRole::P;
        HeaderScope scope = HeaderScope::None;
    };
    struct Content {
        std::int32_t element = 0;  // the element this marked-content sequence belongs to
        std::int32_t page = 0;     // page index, from 0
        std::int32_t mcid = 0;     // its MCID on that page
        std::uint32_t order = 0;
    };

    // The Document element is made first and is every other element's ancestor.
    StructureTree();
    int document() const { return 0; }

    // Room for the elements and content expected, so the arrays are not doubled (and briefly
    // held twice) as a large table is recorded.
    void reserve(std::size_t elements, std::size_t contents);

    int add(StructRole role, int parent, HeaderScope scope = HeaderScope::None, int row_span = 1, int col_span = 1);
    void set_alt(int element, const std::string& text);
    // What the element's text abbreviates ("Green" for a RAG cell's "G"), read out in its place.
    void set_expansion(int element, const std::string& text);
    // The column and group headings of a data cell (either may be -1): written as the cell's
    // /Headers, each heading given an /ID listed in the structure tree's IDTree.
    void set_headers(int element, int column_header, int group_header);

    // A new page: its MCIDs count from 0. Returns the page index (its /StructParents key).
    int begin_page();
    // A marked-content sequence of `element` on the current page; returns its MCID.
    int add_content(int element);

    const std::vector<Element>& elements() const { return elements_; }
    const std::vector<Content>& contents() const { return contents_; }
    const std::vector<std::string>& alt_texts() const { return alt_texts_; }
    int pages() const { return pages_; }

private:
    std::vector<Element> elements_;
    std::vector<Content> contents_;
    std::vector<std::string> alt_texts_;
    std::uint32_t next_order_ = 0;
    int pages_ = 0;
    int next_mcid_ = 0;
};

}  // namespace scorecard::pdf
