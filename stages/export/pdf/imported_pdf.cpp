#include "imported_pdf.hpp"

#include <cmath>
#include <memory>
#include <set>
#include <sstream>

// qpdf 11's headers ask which of its old PointerHolder interfaces a program still uses: none.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFOutlineDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

namespace scorecard::pdf {

namespace {

std::string points(double v) {
    std::ostringstream out;
    out.precision(10);
    out << std::round(v * 100) / 100;
    return out.str();
}

[[noreturn]] void damaged(const std::string& name, const std::string& why) {
    throw PackInputError("pdf-damaged", name, "the PDF is damaged (" + why +
                                            "); open it and save or print it to PDF again, then put that copy in the pack");
}

// The page index a destination (an explicit array, or a name looked up in the document's
// names) goes to, or -1.
int page_of(QPDF& q, QPDFOutlineDocumentHelper& outlines, QPDFObjectHandle dest) {
    if (dest.isName() || dest.isString()) dest = outlines.resolveNamedDest(dest);
    if (dest.isDictionary() && dest.hasKey("/D")) dest = dest.getKey("/D");
    if (!dest.isArray() || dest.getArrayNItems() < 1) return -1;
    QPDFObjectHandle page = dest.getArrayItem(0);
    if (!page.isDictionary()) return -1;
    try {
        return q.findPage(page);
    } catch (const std::exception&) {
        return -1;  // not one of the document's pages
    }
}

class BookmarkReader {
public:
    BookmarkReader(QPDF& q, QPDFOutlineDocumentHelper& outlines) : q_(q), outlines_(outlines) {}

    std::vector<ImportedBookmark> read(std::vector<QPDFOutlineObjectHelper> items, int depth) {
        std::vector<ImportedBookmark> out;
        if (depth > kMaxBookmarkDepth) return out;
        for (QPDFOutlineObjectHelper& item : items) {
            if (++count_ > kMaxBookmarks) return out;
            ImportedBookmark b;
            b.title = item.getTitle();
            QPDFObjectHandle target = item.getDest();  // /Dest, or a GoTo action's /D
            b.page = target.isNull() ? -1 : page_of(q_, outlines_, target);
            b.children = read(item.getKids(), depth + 1);
            out.push_back(std::move(b));
        }
        return out;
    }

private:
    QPDF& q_;
    QPDFOutlineDocumentHelper& outlines_;
    int count_ = 0;
};

// A link to a named destination becomes a link to the page itself: the names live in the
// document's catalog, which the pack does not keep.
void make_link_destinations_explicit(QPDFPageObjectHelper& page, QPDFOutlineDocumentHelper& outlines) {
    for (QPDFAnnotationObjectHelper& annot : page.getAnnotations("/Link")) {
        QPDFObjectHandle a = annot.getObjectHandle();
        auto explicit_dest = [&](QPDFObjectHandle holder, const char* key) {
            QPDFObjectHandle dest = holder.getKey(key);
            if (!dest.isName() && !dest.isString()) return;
            QPDFObjectHandle resolved = outlines.resolveNamedDest(dest);
            if (resolved.isDictionary() && resolved.hasKey("/D")) resolved = resolved.getKey("/D");
            // A copy of the array itself: a link's destination written in place, as viewers expect.
            if (resolved.isArray()) holder.replaceKey(key, resolved.isIndirect() ? resolved.shallowCopy() : resolved);
            else holder.removeKey(key);  // a name the document does not define goes nowhere anyway
        };
        explicit_dest(a, "/Dest");
        QPDFObjectHandle action = a.getKey("/A");
        if (action.isDictionary() && action.getKey("/S").isName() && action.getKey("/S").getName() == "/GoTo")
            explicit_dest(action, "/D");
    }
}

// The page tree as qpdf found it, made one level deep with a true /Count, every page with its
// own /Resources (empty if it had none): a /Count that says more pages than there are,
// attributes inherited from a node, or a page without resources are then nothing PoDoFo's page
// tree, or the pack's stamp on the page, has to cope with.
void flatten_page_tree(QPDF& q, const std::vector<QPDFObjectHandle>& pages) {
    q.pushInheritedAttributesToPage();
    QPDFObjectHandle tree = q.makeIndirectObject(QPDFObjectHandle::newDictionary());
    tree.replaceKey("/Type", QPDFObjectHandle::newName("/Pages"));
    tree.replaceKey("/Kids", QPDFObjectHandle::newArray(pages));
    tree.replaceKey("/Count", QPDFObjectHandle::newInteger(static_cast<long long>(pages.size())));
    for (QPDFObjectHandle page : pages) {
        page.replaceKey("/Parent", tree);
        if (!page.getKey("/Resources").isDictionary()) page.replaceKey("/Resources", QPDFObjectHandle::newDictionary());
    }
    q.getRoot().replaceKey("/Pages", tree);
}

}  // namespace

CheckedPdf check_imported_pdf(const char* data, std::size_t size, const std::string& name) {
    if (size > kMaxImportedBytes)
        throw PackInputError("pdf-too-large", name, "the PDF is larger than the " +
                                                  std::to_string(kMaxImportedBytes >> 20) + " MiB a pack takes");
    CheckedPdf out;
    try {
        QPDF q;
        q.setSuppressWarnings(true);
        q.setAttemptRecovery(false);  // a file that needs repairing is refused, not guessed at
        q.processMemoryFile(name.c_str(), data, size);
        if (q.isEncrypted())
            throw PackInputError("pdf-encrypted", name, "the PDF is encrypted; put an unencrypted copy in the pack");
        if (q.getObjectCount() > kMaxImportedObjects)
            throw PackInputError("pdf-too-large", name, "the PDF has more than " +
                                                      std::to_string(kMaxImportedObjects) + " objects");
        const std::vector<QPDFObjectHandle> pages = q.getAllPages();  // throws on a loop
        if (pages.empty()) throw PackInputError("pdf-no-pages", name, "the PDF has no pages");
        if (pages.size() > static_cast<std::size_t>(kMaxImportedPages))
            throw PackInputError("pdf-too-large", name, "the PDF has " + std::to_string(pages.size()) +
                                                      " pages; a pack takes " + std::to_string(kMaxImportedPages) +
                                                      " at most from one PDF");
        out.pages = static_cast<int>(pages.size());
        QPDFOutlineDocumentHelper outlines(q);
        for (std::size_t i = 0; i < pages.size(); ++i) {
            QPDFPageObjectHelper page(pages[i]);
            QPDFObjectHandle box = page.getMediaBox();
            if (!box.isRectangle()) damaged(name, "page " + std::to_string(i + 1) + " has no page size (/MediaBox)");
            const QPDFObjectHandle::Rectangle r = box.getArrayAsRectangle();
            const double w = std::fabs(r.urx - r.llx), h = std::fabs(r.ury - r.lly);
            if (!std::isfinite(w) || !std::isfinite(h) || w < kMinPageSide || h < kMinPageSide || w > kMaxPageSide ||
                h > kMaxPageSide)
                throw PackInputError("pdf-page-size", name, "page " + std::to_string(i + 1) + " is " + points(w) +
                                                          " by " + points(h) + " points; a page side must be " +
                                                          points(kMinPageSide) + " to " + points(kMaxPageSide) +
                                                          " points (200 inches)");
            make_link_destinations_explicit(page, outlines);
        }
        QPDFObjectHandle root = q.getRoot();
        QPDFObjectHandle tree = root.getKey("/StructTreeRoot");
        out.tagged = tree.isDictionary() && !tree.getKey("/K").isNull();
        QPDFObjectHandle info = q.getTrailer().getKey("/Info");
        if (info.isDictionary() && info.getKey("/Title").isString()) out.title = info.getKey("/Title").getUTF8Value();
        if (outlines.hasOutlines()) out.bookmarks = BookmarkReader(q, outlines).read(outlines.getTopLevelOutlines(), 0);
        // The pack makes one outline of everything; PoDoFo's Append would otherwise build
        // outline items of its own for this one.
        root.removeKey("/Outlines");
        if (root.getKey("/PageMode").isName() && root.getKey("/PageMode").getName() == "/UseOutlines")
            root.removeKey("/PageMode");
        flatten_page_tree(q, pages);

        QPDFWriter w(q);
        w.setOutputMemory();
        w.setDecodeLevel(qpdf_dl_none);  // streams copied as they are: nothing is unpacked here
        w.setCompressStreams(false);
        w.setObjectStreamMode(qpdf_o_disable);
        w.setSuppressOriginalObjectIDs(true);
        w.write();
        if (q.anyWarnings()) {
            const std::vector<QPDFExc> warnings = q.getWarnings();
            damaged(name, warnings.empty() ? "qpdf found problems" : warnings.front().getMessageDetail());
        }
        std::shared_ptr<Buffer> buffer = w.getBufferSharedPointer();
        out.bytes.assign(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
    } catch (const PackInputError&) {
        throw;
    } catch (const QPDFExc& e) {
        if (e.getErrorCode() == qpdf_e_password)
            throw PackInputError("pdf-encrypted", name, "the PDF is encrypted and needs a password to open; put an "
                                                      "unencrypted copy in the pack");
        damaged(name, e.getMessageDetail());
    } catch (const std::exception& e) {
        damaged(name, e.what());
    }
    return out;
}

}  // namespace scorecard::pdf
