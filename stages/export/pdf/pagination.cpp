#include "pagination.hpp"

#include <algorithm>

namespace scorecard::pdf {

namespace {
// Heights are sums of decimals: allow for rounding when a page is filled exactly.
constexpr double kEpsilon = 1e-6;

// Rows of a group that sit beside its topic (flat layout) and carry the group on to a new page.
bool in_group_body(RowKind kind) { return kind == RowKind::Indicator || kind == RowKind::Commentary; }
}  // namespace

Paginator::Paginator(const PageGeometry& geometry, Sink sink) : geometry_(geometry), sink_(std::move(sink)) {}

// Height the rows take on a page, with each topic segment at least as tall as its topic.
double Paginator::stacked(const std::vector<Entry>& rows, const std::vector<Entry>* more) const {
    double total = continued_height_;
    double segment = 0, segment_topic = 0;
    int segment_group = -1;
    bool open = false;
    auto close = [&] {
        if (open) total += std::max(segment, segment_topic);
        open = false;
    };
    bool first = true;
    auto visit = [&](const Entry& e) {
        const double height = e.box.height + (first ? e.box.pad_if_first : 0);
        first = false;
        if (geometry_.topic_spans && in_group_body(e.box.kind)) {
            if (open && segment_group == e.box.group) {
                segment += height;
            } else {
                close();
                open = true;
                segment_group = e.box.group;
                segment = height;
                segment_topic = e.box.topic_height;
            }
        } else {
            close();
            total += height;
        }
    };
    for (const Entry& e : rows) visit(e);
    if (more)
        for (const Entry& e : *more) visit(e);
    close();
    return total;
}

void Paginator::place(std::vector<Entry> unit) {
    const double room = pages_ == 0 ? geometry_.first_body : geometry_.body;
    if (!page_.empty() && stacked(page_, &unit) > room + kEpsilon) {
        emit(false);
    }
    if (page_.empty()) {
        // A new page: a group that carries on from the last page gets its heading again.
        const Entry& first = unit.front();
        continued_group_ = -1;
        continued_height_ = 0;
        if (in_group_body(first.box.kind) && first.box.group == previous_group_ && first.box.repeat_height > 0) {
            continued_group_ = first.box.group;
            continued_height_ = first.box.repeat_height;
        }
    }
    page_.insert(page_.end(), unit.begin(), unit.end());
}

void Paginator::emit(bool last) {
    PageLayout page;
    page.index = pages_;
    page.room = pages_ == 0 ? geometry_.first_body : geometry_.body;
    page.continued_group = continued_group_;
    page.continued_height = continued_height_;
    page.last = last;

    // Heights first (with topic growth on the last row of each short segment), then tops.
    page.rows.reserve(page_.size());
    for (const Entry& e : page_) page.rows.push_back(PlacedRow{e.index, 0, e.box.height});
    if (!page_.empty()) page.rows.front().height += page_.front().box.pad_if_first;
    if (geometry_.topic_spans) {
        std::size_t i = 0;
        while (i < page_.size()) {
            if (!in_group_body(page_[i].box.kind)) {
                ++i;
                continue;
            }
            TopicSpan span;
            span.group = page_[i].box.group;
            span.first = i;
            double sum = 0;
            std::size_t j = i;
            while (j < page_.size() && in_group_body(page_[j].box.kind) && page_[j].box.group == span.group) {
                sum += page.rows[j].height;
                ++j;
            }
            span.count = j - i;
            if (sum < page_[i].box.topic_height) page.rows[j - 1].height += page_[i].box.topic_height - sum;
            span.continued = page.spans.empty() && i == 0 && span.group == previous_group_;
            page.spans.push_back(span);
            i = j;
        }
    }
    double y = continued_height_;
    for (PlacedRow& r : page.rows) {
        r.top = y;
        y += r.height;
    }
    for (TopicSpan& s : page.spans) {
        s.top = page.rows[s.first].top;
        s.height = 0;
        for (std::size_t k = s.first; k < s.first + s.count; ++k) s.height += page.rows[k].height;
    }
    page.used = y;

    // Remember which group was running when the page ended, for the next page's continuation.
    previous_group_ = -1;
    if (!page_.empty() && in_group_body(page_.back().box.kind)) previous_group_ = page_.back().box.group;
    if (!page_.empty() && page_.back().box.kind == RowKind::GroupHeading) previous_group_ = page_.back().box.group;

    page_.clear();
    continued_group_ = -1;
    continued_height_ = 0;
    ++pages_;
    sink_(page);
}

void Paginator::add(const RowBox& row) {
    Entry e{next_index_++, row};
    if (!waiting_.empty()) {
        const Entry& before = waiting_.back();
        // A heading joins its group's first indicator; an indicator kept with its next row
        // joins it. Anything else places what waited (a heading with no indicators stands alone).
        const bool joins = before.box.kind == RowKind::GroupHeading
                               ? row.kind == RowKind::Indicator && row.group == before.box.group
                               : before.box.keep_with_next;
        if (!joins) {
            place(std::move(waiting_));
            waiting_.clear();
        }
    }
    waiting_.push_back(e);
    if (row.kind == RowKind::GroupHeading || row.keep_with_next) return;
    place(std::move(waiting_));
    waiting_.clear();
}

void Paginator::finish() {
    if (!waiting_.empty()) place(std::move(waiting_));
    waiting_.clear();
    if (!page_.empty()) emit(true);
}

std::vector<PageLayout> paginate(const std::vector<RowBox>& rows, const PageGeometry& geometry) {
    std::vector<PageLayout> pages;
    Paginator paginator(geometry, [&](const PageLayout& page) { pages.push_back(page); });
    for (const RowBox& row : rows) paginator.add(row);
    paginator.finish();
    return pages;
}

}  // namespace scorecard::pdf
