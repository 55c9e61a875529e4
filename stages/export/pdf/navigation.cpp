#include "navigation.hpp"

#include <algorithm>

#include "pdf_document.hpp"

namespace scorecard::pdf {

namespace {

using PoDoFo::PdfArray;
using PoDoFo::PdfDictionary;
using PoDoFo::PdfName;
using PoDoFo::PdfObject;
using PoDoFo::PdfReference;
using PoDoFo::PdfVariant;

// Makes the items of one level under `parent`, linked to each other; returns the number of
// items visible when the level is open (the /Count of its parent, ISO 32000-1 12.3.3). Items
// with children are closed, so only this level counts.
long long add_level(PoDoFo::PdfVecObjects& objects, PdfObject& parent, const std::vector<OutlineEntry>& entries,
                    const std::vector<PdfReference>& pages) {
    std::vector<PdfObject*> items;
    long long visible = 0;
    for (const OutlineEntry& entry : entries) {
        PdfObject* item = objects.CreateObject();
        PdfDictionary& d = item->GetDictionary();
        d.AddKey("Title", utf8_string(entry.title));
        d.AddKey("Parent", parent.Reference());
        PdfArray destination;
        const std::size_t page = static_cast<std::size_t>(std::max(0, entry.page));
        destination.push_back(pages.at(std::min(page, pages.size() - 1)));
        destination.push_back(PdfName("Fit"));
        d.AddKey("Dest", destination);
        if (!items.empty()) {
            d.AddKey("Prev", items.back()->Reference());
            items.back()->GetDictionary().AddKey("Next", item->Reference());
        }
        items.push_back(item);
        ++visible;
        if (!entry.children.empty()) {
            const long long below = add_level(objects, *item, entry.children, pages);
            // A closed item's /Count is minus the descendants it would show.
            d.AddKey("Count", PdfVariant(static_cast<PoDoFo::pdf_int64>(-below)));
        }
    }
    if (!items.empty()) {
        parent.GetDictionary().AddKey("First", items.front()->Reference());
        parent.GetDictionary().AddKey("Last", items.back()->Reference());
    }
    return visible;
}

}  // namespace

void set_page_labels(PoDoFo::PdfDictionary& catalog, const std::vector<PageLabelRange>& ranges) {
    PdfArray nums;
    for (const PageLabelRange& range : ranges) {
        PdfDictionary label;
        label.AddKey("S", PdfName("D"));
        label.AddKey("St", PdfVariant(static_cast<PoDoFo::pdf_int64>(range.first_number)));
        nums.push_back(PdfVariant(static_cast<PoDoFo::pdf_int64>(range.first_page)));
        nums.push_back(label);
    }
    PdfDictionary labels;
    labels.AddKey("Nums", nums);
    catalog.AddKey("PageLabels", labels);
}

void add_outlines(PoDoFo::PdfVecObjects& objects, PoDoFo::PdfDictionary& catalog,
                  const std::vector<OutlineEntry>& entries, const std::vector<PoDoFo::PdfReference>& pages) {
    if (entries.empty() || pages.empty()) return;
    PdfObject* root = objects.CreateObject("Outlines");
    const long long visible = add_level(objects, *root, entries, pages);
    root->GetDictionary().AddKey("Count", PdfVariant(static_cast<PoDoFo::pdf_int64>(visible)));
    catalog.AddKey("Outlines", root->Reference());
    catalog.AddKey("PageMode", PdfName("UseOutlines"));
}

}  // namespace scorecard::pdf
