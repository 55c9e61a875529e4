#include "page_tree.hpp"

#include "stages/export/common/export_context.hpp"

namespace scorecard::pdf {

using PoDoFo::PdfArray;
using PoDoFo::PdfName;
using PoDoFo::PdfObject;
using PoDoFo::PdfVariant;

namespace {
void add_to_count(PdfObject& node, int by) {
    PoDoFo::PdfDictionary& dict = node.GetDictionary();
    const PdfObject* count = dict.GetKey("Count");
    const PoDoFo::pdf_int64 now = count && count->IsNumber() ? count->GetNumber() : 0;
    dict.AddKey("Count", PdfVariant(static_cast<PoDoFo::pdf_int64>(now + by)));
}

PdfArray& kids_of(PdfObject& node) {
    PoDoFo::PdfDictionary& dict = node.GetDictionary();
    if (!dict.HasKey("Kids")) dict.AddKey("Kids", PdfArray());
    return dict.GetKey("Kids")->GetArray();
}
}  // namespace

PageTree::PageTree(PoDoFo::PdfDocument& document, PoDoFo::PdfObject& root) : document_(document), root_(root) {
    if (!kids_of(root_).empty()) throw ExportError("the PDF's page tree was not empty when the pages were started");
}

PageTree::NewPage PageTree::add_page(const PoDoFo::PdfRect& size) {
    if (!node_ || in_node_ == kPagesPerNode) {
        node_ = document_.GetObjects()->CreateObject("Pages");
        node_->GetDictionary().AddKey("Kids", PdfArray());
        node_->GetDictionary().AddKey("Count", PdfVariant(static_cast<PoDoFo::pdf_int64>(0)));
        node_->GetDictionary().AddKey("Parent", root_.Reference());
        kids_of(root_).push_back(node_->Reference());
        in_node_ = 0;
        // Nothing else is made between these, so their numbers are consecutive.
        contents_.clear();
        for (int i = 0; i < kPagesPerNode; ++i) contents_.push_back(document_.GetObjects()->CreateObject());
    }
    NewPage made;
    made.page = std::make_unique<PoDoFo::PdfPage>(size, &document_);
    made.contents = contents_[static_cast<std::size_t>(in_node_)];
    contents_[static_cast<std::size_t>(in_node_)] = nullptr;
    PoDoFo::PdfDictionary& dict = made.page->GetObject()->GetDictionary();
    dict.AddKey("Parent", node_->Reference());
    dict.AddKey("Contents", made.contents->Reference());
    kids_of(*node_).push_back(made.page->GetObject()->Reference());
    add_to_count(*node_, 1);
    add_to_count(root_, 1);
    ++in_node_;
    ++pages_;
    return made;
}

void PageTree::finish() {
    for (PdfObject*& unused : contents_) {
        if (!unused) continue;
        // Its number goes back on PoDoFo's free list (to be reused or written as free).
        delete document_.GetObjects()->RemoveObject(unused->Reference());
        unused = nullptr;
    }
    contents_.clear();
}

}  // namespace scorecard::pdf
