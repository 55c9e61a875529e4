#include "page_maker.hpp"

#include "stages/export/pdf/fast_path/document_id.hpp"
#include "stages/export/pdf/fast_path/page_tree.hpp"

namespace scorecard::pdf {

namespace {

class FastPages : public PageMaker {
public:
    FastPages(PoDoFo::PdfDocument& document, PoDoFo::PdfObject& root) : tree_(document, root) {}

    NewPage add_page(const PoDoFo::PdfRect& size) override {
        PageTree::NewPage made = tree_.add_page(size);
        NewPage page;
        page.page = made.page.get();
        page.contents = made.contents;
        page.owned = std::move(made.page);
        return page;
    }
    void finish() override { tree_.finish(); }
    TrailerFacts finish_file(const std::string& path) override { return make_document_id_reproducible(path); }

private:
    PageTree tree_;
};

// PoDoFo's public calls only.
class PlainPages : public PageMaker {
public:
    explicit PlainPages(PoDoFo::PdfDocument& document) : document_(document) {}

    NewPage add_page(const PoDoFo::PdfRect& size) override {
        NewPage page;
        page.page = document_.CreatePage(size);  // the document keeps the wrapper
        page.contents = page.page->GetContents();
        return page;
    }
    void finish() override {}
    TrailerFacts finish_file(const std::string& path) override { return read_trailer_facts(path); }

private:
    PoDoFo::PdfDocument& document_;
};

}  // namespace

std::unique_ptr<PageMaker> make_page_maker(bool fast_path, PoDoFo::PdfDocument& document, PoDoFo::PdfObject& root) {
    if (fast_path) return std::make_unique<FastPages>(document, root);
    return std::make_unique<PlainPages>(document);
}

}  // namespace scorecard::pdf
