// The paginator on its own: made-up row heights, no PDF.
#include <catch2/catch.hpp>

#include "stages/export/pdf/pagination.hpp"

using namespace scorecard;
using namespace scorecard::pdf;

namespace {

RowBox indicator(int group, double height, double topic = 0, double repeat = 0) {
    RowBox r;
    r.kind = RowKind::Indicator;
    r.group = group;
    r.height = height;
    r.topic_height = topic;
    r.repeat_height = repeat;
    return r;
}

RowBox heading(int group, double height) {
    RowBox r;
    r.kind = RowKind::GroupHeading;
    r.group = group;
    r.height = height;
    return r;
}

// Every input row appears once, in order, across the pages.
void require_each_row_once(const std::vector<PageLayout>& pages, std::size_t rows) {
    std::size_t expected = 0;
    for (const auto& page : pages)
        for (const auto& row : page.rows) REQUIRE(row.index == expected++);
    REQUIRE(expected == rows);
}

}  // namespace

TEST_CASE("rows fill a page and the row that does not fit starts the next", "[pagination]") {
    const PageGeometry geometry{100, 100, false};
    std::vector<RowBox> rows(7, indicator(0, 30));  // three fit on a page (90), the fourth would make 120
    const auto pages = paginate(rows, geometry);
    REQUIRE(pages.size() == 3);
    CHECK(pages[0].rows.size() == 3);
    CHECK(pages[1].rows.size() == 3);
    CHECK(pages[2].rows.size() == 1);
    CHECK(pages[2].last);
    CHECK_FALSE(pages[0].last);
    require_each_row_once(pages, rows.size());
    for (const auto& page : pages) {
        CHECK(page.used <= page.room);
        double top = 0;
        for (const auto& row : page.rows) {
            CHECK(row.top == Approx(top));
            CHECK(row.height == Approx(30));  // never split, never shrunk
            top += row.height;
        }
    }
}

TEST_CASE("a page filled exactly takes the row that fills it", "[pagination]") {
    const auto pages = paginate({indicator(0, 25), indicator(0, 25), indicator(0, 50), indicator(0, 1)}, {100, 100, false});
    REQUIRE(pages.size() == 2);
    CHECK(pages[0].rows.size() == 3);
    CHECK(pages[0].used == Approx(100));
}

TEST_CASE("the first page has less room (it carries the title)", "[pagination]") {
    std::vector<RowBox> rows(6, indicator(0, 30));
    const auto pages = paginate(rows, {60, 100, false});
    REQUIRE(pages.size() == 3);
    CHECK(pages[0].rows.size() == 2);
    CHECK(pages[0].room == Approx(60));
    CHECK(pages[1].rows.size() == 3);
    CHECK(pages[1].room == Approx(100));
}

TEST_CASE("a row taller than a page gets a page of its own instead of looping", "[pagination]") {
    const auto pages = paginate({indicator(0, 10), indicator(0, 250), indicator(0, 10)}, {100, 100, false});
    REQUIRE(pages.size() == 3);
    CHECK(pages[1].rows.size() == 1);
    CHECK(pages[1].rows[0].index == 1);
    CHECK(pages[2].rows[0].index == 2);
}

TEST_CASE("no rows make no pages", "[pagination]") { CHECK(paginate({}, {100, 100, false}).empty()); }

TEST_CASE("a group heading is kept with its first indicator", "[pagination]") {
    // 70 of rows, then a heading (10) that fits but whose first row (30) does not: both move.
    const auto pages = paginate({indicator(0, 35), indicator(0, 35), heading(1, 10), indicator(1, 30)}, {100, 100, false});
    REQUIRE(pages.size() == 2);
    REQUIRE(pages[0].rows.size() == 2);
    REQUIRE(pages[1].rows.size() == 2);
    CHECK(pages[1].rows[0].index == 2);
    CHECK(pages[1].rows[1].index == 3);
    CHECK(pages[1].continued_group == -1);  // the group starts here: no repeated heading
}

TEST_CASE("a heading with no indicators after it stands alone", "[pagination]") {
    const auto pages = paginate({heading(0, 10), heading(1, 10), indicator(1, 10)}, {100, 100, false});
    REQUIRE(pages.size() == 1);
    CHECK(pages[0].rows.size() == 3);
    CHECK(pages[0].used == Approx(30));
}

TEST_CASE("a group running on to a new page gets its heading repeated there", "[pagination]") {
    std::vector<RowBox> rows{heading(0, 10)};
    for (int i = 0; i < 5; ++i) rows.push_back(indicator(0, 30, 0, 12));
    const auto pages = paginate(rows, {100, 100, false});
    // Page 1: heading + 3 rows (100). Page 2: repeated heading (12) + 2 rows.
    REQUIRE(pages.size() == 2);
    CHECK(pages[0].continued_group == -1);
    CHECK(pages[1].continued_group == 0);
    CHECK(pages[1].continued_height == Approx(12));
    CHECK(pages[1].rows[0].top == Approx(12));
    CHECK(pages[1].used == Approx(72));
    require_each_row_once(pages, rows.size());
}

TEST_CASE("the repeated heading's height counts when filling the page", "[pagination]") {
    std::vector<RowBox> rows{heading(0, 10)};
    for (int i = 0; i < 7; ++i) rows.push_back(indicator(0, 30, 0, 15));
    const auto pages = paginate(rows, {100, 100, false});
    // Later pages hold 15 + 2 x 30 = 75; a third row would make 105.
    REQUIRE(pages.size() == 3);
    CHECK(pages[1].rows.size() == 2);
    for (const auto& page : pages) CHECK(page.used <= page.room);
}

TEST_CASE("a topic spans its rows on each page and is marked continued after a break", "[pagination]") {
    const PageGeometry geometry{100, 100, true};
    std::vector<RowBox> rows;
    for (int i = 0; i < 5; ++i) rows.push_back(indicator(0, 30, 20));
    rows.push_back(indicator(1, 30, 20));
    const auto pages = paginate(rows, geometry);
    REQUIRE(pages.size() == 2);
    REQUIRE(pages[0].spans.size() == 1);
    CHECK(pages[0].spans[0].group == 0);
    CHECK(pages[0].spans[0].count == 3);
    CHECK(pages[0].spans[0].height == Approx(90));
    CHECK_FALSE(pages[0].spans[0].continued);
    REQUIRE(pages[1].spans.size() == 2);
    CHECK(pages[1].spans[0].group == 0);
    CHECK(pages[1].spans[0].count == 2);
    CHECK(pages[1].spans[0].continued);  // the topic's name is shown again
    CHECK(pages[1].spans[1].group == 1);
    CHECK_FALSE(pages[1].spans[1].continued);
    CHECK(pages[1].spans[1].top == Approx(60));
}

TEST_CASE("a topic whose name is taller than its rows makes its last row on the page grow", "[pagination]") {
    // One 15-high row under a topic that needs 40: the row grows to 40; the next topic follows.
    const auto pages = paginate({indicator(0, 15, 40), indicator(1, 15, 10), indicator(1, 15, 10)}, {100, 100, true});
    REQUIRE(pages.size() == 1);
    const auto& page = pages[0];
    CHECK(page.rows[0].height == Approx(40));
    CHECK(page.rows[1].top == Approx(40));
    CHECK(page.rows[2].height == Approx(15));
    CHECK(page.spans[0].height == Approx(40));
    CHECK(page.used == Approx(70));
}

TEST_CASE("the room a topic's name needs is counted when deciding what fits", "[pagination]") {
    // 60 of rows, then a new topic with one 10-high row whose name needs 50: 110 > 100, so it moves.
    const auto pages = paginate({indicator(0, 30, 10), indicator(0, 30, 10), indicator(1, 10, 50)}, {100, 100, true});
    REQUIRE(pages.size() == 2);
    CHECK(pages[1].rows[0].index == 2);
    CHECK(pages[1].rows[0].height == Approx(50));
}

TEST_CASE("the streaming paginator hands over each page as soon as it is full", "[pagination]") {
    std::vector<int> seen_after;  // how many rows had been added when each page came out
    int added = 0;
    Paginator paginator({100, 100, false}, [&](const PageLayout&) { seen_after.push_back(added); });
    for (int i = 0; i < 10; ++i) {
        ++added;
        paginator.add(indicator(0, 40));
    }
    // Two rows a page: page k comes out when row 2k+1 arrives, not at the end.
    CHECK(seen_after == std::vector<int>{3, 5, 7, 9});
    paginator.finish();
    CHECK(paginator.pages() == 5);
    CHECK(seen_after.size() == 5);
}

namespace {
RowBox commentary_line(int group, double height, double topic = 0, double repeat = 0) {
    RowBox r = indicator(group, height, topic, repeat);
    r.kind = RowKind::Commentary;
    return r;
}
}  // namespace

TEST_CASE("an indicator row is kept with its commentary's first line; the commentary breaks between lines",
          "[pagination][commentary]") {
    const PageGeometry geometry{100, 100, true};
    std::vector<RowBox> rows{indicator(0, 70, 10)};
    RowBox with = indicator(0, 30, 10);
    with.keep_with_next = true;
    rows.push_back(with);
    for (int k = 0; k < 12; ++k) rows.push_back(commentary_line(0, 10, 10));
    const auto pages = paginate(rows, geometry);
    require_each_row_once(pages, rows.size());
    // 70 + 30 + 10 would not fit: the indicator goes over with its first line, not alone;
    // the lines that do not fit the second page go on to a third, the topic carried on.
    REQUIRE(pages.size() == 3);
    CHECK(pages[0].rows.size() == 1);
    REQUIRE(pages[1].rows.size() == 8);  // 30 + 7 lines
    CHECK(pages[1].rows.front().index == 1);
    CHECK(pages[2].rows.size() == 5);
    REQUIRE(pages[2].spans.size() == 1);
    CHECK(pages[2].spans[0].continued);
    CHECK(pages[2].spans[0].count == 5);
}

TEST_CASE("commentary that carries a group on to a new page gets the group's heading repeated",
          "[pagination][commentary]") {
    const PageGeometry geometry{100, 100, false};
    std::vector<RowBox> rows{heading(0, 10)};
    RowBox with = indicator(0, 20, 0, 10);
    with.keep_with_next = true;
    rows.push_back(with);
    for (int k = 0; k < 10; ++k) rows.push_back(commentary_line(0, 10, 0, 10));
    const auto pages = paginate(rows, geometry);
    require_each_row_once(pages, rows.size());
    REQUIRE(pages.size() == 2);
    CHECK(pages[0].rows.size() == 9);  // 10 + 20 + 7 lines
    CHECK(pages[1].continued_group == 0);
    CHECK(pages[1].continued_height == 10);
    CHECK(pages[1].rows.front().top == 10);
}

TEST_CASE("a commentary line that opens a page gets its cell's top padding back, and the page counts it",
          "[pagination][commentary]") {
    const PageGeometry geometry{100, 100, true};
    RowBox with = indicator(0, 30, 10);
    with.keep_with_next = true;
    std::vector<RowBox> rows{with};
    for (int k = 0; k < 16; ++k) {
        RowBox line = commentary_line(0, 10, 10);
        if (k > 0) line.pad_if_first = 2;  // every line after the first (which has its padding)
        rows.push_back(line);
    }
    const auto pages = paginate(rows, geometry);
    require_each_row_once(pages, rows.size());
    // 30 + 7 lines fill the first page; the second opens with a line 12 tall, so 8 more fit
    // (12 + 70 + 10 = 92), and the ninth (102) would not.
    REQUIRE(pages.size() == 2);
    REQUIRE(pages[0].rows.size() == 8);
    CHECK(pages[0].rows.back().height == Approx(10));  // padded only when it opens a page
    REQUIRE(pages[1].rows.size() == 9);
    CHECK(pages[1].rows[0].height == Approx(12));
    CHECK(pages[1].rows[1].top == Approx(12));
    CHECK(pages[1].used == Approx(92));
    REQUIRE(pages[1].spans.size() == 1);
    CHECK(pages[1].spans[0].height == Approx(92));

    // One more line would fill the second page exactly without the padding (90 + 10); with it
    // (102) that line opens a third page, padded in turn.
    rows.push_back(commentary_line(0, 10, 10));
    rows.back().pad_if_first = 2;
    const auto more = paginate(rows, geometry);
    require_each_row_once(more, rows.size());
    REQUIRE(more.size() == 3);
    CHECK(more[1].rows.size() == 9);
    CHECK(more[1].used <= more[1].room);
    REQUIRE(more[2].rows.size() == 1);
    CHECK(more[2].rows.front().height == Approx(12));
}
