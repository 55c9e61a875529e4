// Pagination: which rows go on which page, and where.
//
// A pure function of row heights and page room, kept apart from measuring and painting so it
// can be tested on its own. It works as a stream: rows go in one at a time and each page comes
// out (to a callback) as soon as it is full, so the writer only ever holds one page of laid-out
// rows, however long the table: thousands of pages in bounded memory.
//
// The rules it keeps (docs/layout.md, "Page and print"):
// - a row is never split across pages; a row that would not fit starts the next page;
// - a group heading (sectioned layout) is kept with its first indicator row;
// - an indicator row is kept with the first line of its commentary (a Commentary row comes as
//   one box per line, so a long commentary carries on over a page break between lines);
// - with topic spans (flat layout) each page shows the topic again for the rows it holds, and
//   a topic's cell must be tall enough for its name: when its rows on a page are shorter than
//   the name, the last of them grows to fit;
// - a group that runs on to a new page gets its heading repeated there (sectioned layout);
// - a row that opens a page is as much taller as it asks (RowBox::pad_if_first).
// Commentary rows belong to their indicator's group like the indicator row itself: the topic
// spans them, and a group carried on by commentary alone gets its heading repeated.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "stages/export/common/table_rows.hpp"

namespace scorecard::pdf {

struct RowBox {
    RowKind kind = RowKind::Indicator;
    int group = -1;
    double height = 0;         // the row's natural height
    double topic_height = 0;   // with topic spans: the height the group's topic cell needs
    double repeat_height = 0;  // the height of the group's heading when repeated on a new page (0: not repeated)
    bool keep_with_next = false;  // never the last row on a page (an indicator row before its commentary)
    // Added to the height when the row opens a page: a commentary line carried on to a new page
    // gets back the cell's top padding, so its text does not touch the rule above it.
    double pad_if_first = 0;
};

struct PageGeometry {
    double first_body = 0;     // room for rows on the table's first page (below the title and header row)
    double body = 0;           // room for rows on each later page (below the header row)
    bool topic_spans = false;  // the Topic column spans its group's rows
};

struct PlacedRow {
    std::size_t index = 0;  // the row's position in the input, from 0
    double top = 0;         // from the top of the page's body
    double height = 0;      // including any growth for its topic
};

struct TopicSpan {
    int group = -1;
    std::size_t first = 0;  // index into PageLayout::rows
    std::size_t count = 0;
    double top = 0;
    double height = 0;
    bool continued = false;  // the topic began on an earlier page
};

struct PageLayout {
    int index = 0;  // the table's pages, from 0
    std::vector<PlacedRow> rows;
    std::vector<TopicSpan> spans;
    int continued_group = -1;      // the group whose heading is repeated at the top, or -1
    double continued_height = 0;   // its height; rows start below it
    double used = 0;               // height taken from the body
    double room = 0;               // the body's height on this page
    bool last = false;             // the table's last page
};

class Paginator {
public:
    using Sink = std::function<void(const PageLayout&)>;
    Paginator(const PageGeometry& geometry, Sink sink);

    // Rows in table order. May call the sink with the page before this row.
    void add(const RowBox& row);
    // Places what is still waiting and hands over the last page (marked `last`).
    void finish();
    int pages() const { return pages_; }

private:
    struct Entry {
        std::size_t index;
        RowBox box;
    };
    double stacked(const std::vector<Entry>& rows, const std::vector<Entry>* more) const;
    void place(std::vector<Entry> unit);
    void emit(bool last);

    PageGeometry geometry_;
    Sink sink_;
    std::vector<Entry> page_;          // rows on the page being filled
    std::vector<Entry> waiting_;       // rows kept with the next one: a heading, an indicator with commentary
    int continued_group_ = -1;
    double continued_height_ = 0;
    int previous_group_ = -1;          // group of the last indicator on the previous page
    std::size_t next_index_ = 0;
    int pages_ = 0;
};

// The whole table at once, for tests and small documents.
std::vector<PageLayout> paginate(const std::vector<RowBox>& rows, const PageGeometry& geometry);

}  // namespace scorecard::pdf
