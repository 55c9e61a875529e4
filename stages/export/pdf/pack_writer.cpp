#include "pack_writer.hpp"

#include <algorithm>
#include <map>
#include <memory>

#include <podofo/podofo.h>

#include "stages/export/common/export_context.hpp"
#include "stages/model/input_file.hpp"
#include "stages/export/common/font_measurer.hpp"
#include "font_set.hpp"
#include "navigation.hpp"
#include "page_canvas.hpp"
#include "page_frame.hpp"
#include "page_rules.hpp"
#include "pdf_document.hpp"
#include "pdf_origin.hpp"
#include "table_painter.hpp"
#include "xmp_metadata.hpp"

namespace scorecard::pdf {

namespace {

using PoDoFo::PdfArray;
using PoDoFo::PdfDictionary;
using PoDoFo::PdfName;
using PoDoFo::PdfObject;
using PoDoFo::PdfReference;
using PoDoFo::PdfVariant;
using PoDoFo::pdf_int64;

// PdfDocument::GetCatalog() is protected in PoDoFo 0.9.8 (see pdf_document.hpp).
class OpenPdf : public PoDoFo::PdfMemDocument {
public:
    PdfObject& catalog() { return *GetCatalog(); }
};

std::string podofo_message(const PoDoFo::PdfError& e) {
    const char* message = PoDoFo::PdfError::ErrorMessage(e.GetError());
    const char* name = PoDoFo::PdfError::ErrorName(e.GetError());
    return std::string(message ? message : "PoDoFo error") + " (" + (name ? name : "unknown") + ")";
}

template <typename Load>
void load_checked(OpenPdf& doc, const std::string& name, Load load) {
    try {
        load();
    } catch (const PoDoFo::PdfError& e) {
        if (e.GetError() == PoDoFo::ePdfError_InvalidPassword)
            throw PackInputError("pdf-encrypted", name, "the PDF is encrypted and needs a password to open; put an "
                                                         "unencrypted copy in the pack");
        throw PackInputError("pdf-unreadable", name, "not a PDF that can be read: " + podofo_message(e));
    }
    if (doc.GetEncrypted())
        throw PackInputError("pdf-encrypted", name, "the PDF is encrypted; put an unencrypted copy in the pack");
    if (doc.GetPageCount() <= 0) throw PackInputError("pdf-no-pages", name, "the PDF has no pages");
}

// The bytes of an imported PDF, checked and rewritten by qpdf (imported_pdf.hpp).
CheckedPdf read_imported(const std::string& path, const std::string& name) {
    const InputFile file = read_input_file(path, kMaxImportedBytes);
    if (file.status == InputFile::Status::TooLarge)
        throw PackInputError("pdf-too-large", name, "the PDF is " + size_in_words(file.size) + "; a pack takes " +
                                                  size_in_words(kMaxImportedBytes) + " at most from one PDF");
    if (!file.ok()) throw PackInputError("pdf-unreadable", name, file.problem);
    return check_imported_pdf(file.bytes.data(), file.bytes.size(), name);
}

// An imported PDF's bookmarks as pack outline entries: its pages start at pack page `first`; a
// bookmark that goes to none of its pages goes to its parent's page.
std::vector<OutlineEntry> outline_of(const std::vector<ImportedBookmark>& bookmarks, int first, int parent_page) {
    std::vector<OutlineEntry> out;
    for (const ImportedBookmark& b : bookmarks) {
        const int page = b.page >= 0 ? first + b.page : parent_page;
        out.push_back(OutlineEntry{b.title, page, outline_of(b.children, first, page)});
    }
    return out;
}

PdfObject* resolve(PoDoFo::PdfVecObjects& objects, PdfObject* object) {
    int depth = 0;
    while (object && object->IsReference() && depth++ < 8) object = objects.GetObject(object->GetReference());
    return object;
}

PdfObject* key_of(PoDoFo::PdfVecObjects& objects, PdfObject* dict, const char* key) {
    if (!dict || !dict->IsDictionary()) return nullptr;
    return resolve(objects, dict->GetDictionary().GetKey(PdfName(key)));
}

bool is_tagged(PoDoFo::PdfVecObjects& objects, PdfObject& catalog) {
    PdfObject* root = key_of(objects, &catalog, "StructTreeRoot");
    return root && root->IsDictionary() && root->GetDictionary().HasKey("K");
}

ImportedPdf facts_of(OpenPdf& doc) {
    ImportedPdf facts;
    facts.pages = doc.GetPageCount();
    facts.tagged = is_tagged(doc.GetObjects(), doc.catalog());
    if (doc.GetInfo()) facts.title = doc.GetInfo()->GetTitle().GetStringUtf8();
    return facts;
}

// A ParentTree (a number tree) as key and value pairs, walked to a bounded depth.
void collect_numbers(PoDoFo::PdfVecObjects& objects, PdfObject* node, int depth,
                     std::vector<std::pair<pdf_int64, PdfObject>>& out) {
    node = resolve(objects, node);
    if (!node || !node->IsDictionary() || depth > 16) return;
    if (PdfObject* nums = key_of(objects, node, "Nums"); nums && nums->IsArray()) {
        const PdfArray& a = nums->GetArray();
        for (std::size_t i = 0; i + 1 < a.size(); i += 2)
            if (a[i].IsNumber()) out.emplace_back(a[i].GetNumber(), a[i + 1]);
    }
    if (PdfObject* kids = key_of(objects, node, "Kids"); kids && kids->IsArray())
        for (const PdfObject& kid : kids->GetArray()) collect_numbers(objects, const_cast<PdfObject*>(&kid), depth + 1, out);
}

// The structure of the whole pack, gathered item by item.
struct PackStructure {
    PdfObject* root = nullptr;      // the StructTreeRoot
    PdfObject* document = nullptr;  // its one Document element
    PdfArray kids;                  // the Document's kids
    std::vector<std::pair<pdf_int64, PdfObject>> numbers;  // the ParentTree
    PdfDictionary role_map;
    pdf_int64 next_key = 0;
};

// Moves one appended item's structure tree under the pack's Document. `difference` is how far
// Append moved its object numbers; `first_page` where its pages start in the pack.
void merge_structure(OpenPdf& item, PoDoFo::PdfMemDocument& pack, int difference, int first_page, PackStructure& s) {
    PoDoFo::PdfVecObjects& objects = pack.GetObjects();
    PdfObject* item_root = key_of(item.GetObjects(), &item.catalog(), "StructTreeRoot");
    if (!item_root) return;
    const PdfReference moved(static_cast<std::uint32_t>(static_cast<int>(item_root->Reference().ObjectNumber()) + difference),
                             item_root->Reference().GenerationNumber());
    PdfObject* root = objects.GetObject(moved);
    if (!root || !root->IsDictionary()) return;
    const std::string lang = [&] {
        PdfObject* l = key_of(item.GetObjects(), &item.catalog(), "Lang");
        return l && l->IsString() ? l->GetString().GetStringUtf8() : std::string();
    }();

    std::vector<PdfObject*> top;
    PdfObject* k = root->GetDictionary().GetKey("K");
    if (k && k->IsArray()) {
        for (const PdfObject& kid : k->GetArray()) top.push_back(resolve(objects, const_cast<PdfObject*>(&kid)));
    } else {
        top.push_back(resolve(objects, k));
    }
    for (PdfObject* element : top) {
        if (!element || !element->IsDictionary() || !element->Reference().IsIndirect()) continue;
        PdfDictionary& d = element->GetDictionary();
        PdfObject* role = d.GetKey("S");
        if (role && role->IsName() && role->GetName() == PdfName("Document")) d.AddKey("S", PdfName("Part"));
        if (!lang.empty() && !d.HasKey("Lang")) d.AddKey("Lang", utf8_string(lang));
        d.AddKey("P", s.document->Reference());
        s.kids.push_back(element->Reference());
    }

    std::vector<std::pair<pdf_int64, PdfObject>> numbers;
    collect_numbers(objects, root->GetDictionary().GetKey("ParentTree"), 0, numbers);
    pdf_int64 next = 0;
    if (PdfObject* n = root->GetDictionary().GetKey("ParentTreeNextKey"); n && n->IsNumber()) next = n->GetNumber();
    for (const auto& [key, value] : numbers) next = std::max(next, key + 1);
    const pdf_int64 offset = s.next_key;
    for (auto& [key, value] : numbers) s.numbers.emplace_back(key + offset, value);
    s.next_key += next;

    // The item's pages and annotations point into the ParentTree by key: move them on too.
    for (int i = 0; i < item.GetPageCount(); ++i) {
        PdfObject* page = pack.GetPage(first_page + i)->GetObject();
        PdfDictionary& d = page->GetDictionary();
        if (PdfObject* sp = d.GetKey("StructParents"); sp && sp->IsNumber())
            d.AddKey("StructParents", PdfVariant(sp->GetNumber() + offset));
        if (PdfObject* annots = key_of(objects, page, "Annots"); annots && annots->IsArray())
            for (PdfObject& a : annots->GetArray())
                if (PdfObject* annot = resolve(objects, &a); annot && annot->IsDictionary())
                    if (PdfObject* sp = annot->GetDictionary().GetKey("StructParent"); sp && sp->IsNumber())
                        annot->GetDictionary().AddKey("StructParent", PdfVariant(sp->GetNumber() + offset));
    }
    if (PdfObject* roles = key_of(objects, root, "RoleMap"); roles && roles->IsDictionary())
        for (const auto& [name, value] : roles->GetDictionary().GetKeys())
            if (!s.role_map.HasKey(name)) s.role_map.AddKey(name, *value);
}

// The name of the page-number stamp in an imported page's XObject resources.
constexpr const char* kStampName = "ScorecardPackPageNumber";

// What the pack draws on its own pages and over imported ones: the template's fonts and
// footer, at the size of the page drawn on.
class PackPainter {
public:
    PackPainter(PoDoFo::PdfMemDocument& pack, const PackSettings& settings)
        : pack_(pack), settings_(settings), layout_(*settings.layout), fonts_(pack, layout_),
          measure_(FontMeasurer::for_template(layout_, GlyphUnits::Utf16Units)), canvas_(pack, fonts_, measure_),
          template_frame_(make_page_frame(layout_, std::string(), measure_)) {}

    void set_last_page(long long last) { last_page_ = last; }

    // A blank page of `width` by `height` points at the end of the pack.
    void add_blank_page(double width, double height, int index) {
        PoDoFo::PdfPage* page = pack_.CreatePage(PoDoFo::PdfRect(0, 0, width, height));
        const PageFrame frame = frame_for(width, height);
        PageCanvas canvas(*page, *page->GetContents(), canvas_, height, scratch_);
        const PlaceholderValues values = values_for(index);
        if (layout_.blank_page_rule != BlankPageRule::Off || !layout_.blank_page_text.empty()) {
            const std::string text = fill_placeholders(layout_.blank_page_text, values);
            const TextStyle style{FontStyle::Regular, frame.footer_style.size * 1.5};
            const double centre = (frame.top + frame.bottom) / 2;
            const double glyphs = measure_.ascent(style) - measure_.descent(style);
            canvas.begin_pagination(nullptr);
            Marked marked(canvas);
            canvas.text((frame.width - measure_.width(text, style)) / 2, centre + glyphs / 2, text, style, layout_.text);
        }
        paint_footer(canvas, frame, measure_, layout_.text, footer_text(layout_.pdf_footer, values, index));
        canvas.finish();
        // Artifacts only: the page has no key in the ParentTree.
        page->GetObject()->GetDictionary().RemoveKey("StructParents");
    }

    // The pack's page number over an imported page, in the footer area. The number is a form
    // XObject with resources of its own, so its font names cannot clash with the page's (a
    // page's fonts and ours may both be called /Ft5), and the page's own content runs inside
    // q ... Q, so whatever graphics state it leaves does not move the number.
    void stamp(PoDoFo::PdfPage& page, int index) {
        const PoDoFo::PdfRect box = page.GetMediaBox();
        const double width = box.GetWidth(), height = box.GetHeight();
        const PageFrame frame = frame_for(width, height);
        PoDoFo::PdfVecObjects& objects = pack_.GetObjects();
        PdfObject* form = objects.CreateObject("XObject");
        PdfDictionary& form_dict = form->GetDictionary();
        form_dict.AddKey("Subtype", PdfName("Form"));
        PdfArray bbox;
        for (const double v : {0.0, 0.0, width, height}) bbox.push_back(PdfVariant(v));
        form_dict.AddKey("BBox", bbox);
        {
            // PageCanvas draws on a page: a scratch page outside the page tree collects the
            // stamp's font resources, which the form takes; then the scratch page goes.
            auto scratch = std::make_unique<PoDoFo::PdfPage>(PoDoFo::PdfRect(0, 0, width, height), &objects);
            const PdfReference scratch_page = scratch->GetObject()->Reference();
            const PdfReference scratch_contents = scratch->GetContents()->Reference();
            {
                PageCanvas canvas(*scratch, *form, canvas_, height, scratch_);
                paint_footer(canvas, frame, measure_, layout_.text,
                             footer_text(layout_.pdf_footer, values_for(index), index));
                canvas.finish();
            }
            form_dict.AddKey("Resources", *scratch->GetResources());
            scratch.reset();
            delete objects.RemoveObject(scratch_page);
            delete objects.RemoveObject(scratch_contents);
        }
        page.AddResource(PdfName(kStampName), form->Reference(), PdfName("XObject"));

        PdfDictionary& dict = page.GetObject()->GetDictionary();
        PdfArray contents;
        contents.push_back(stream_object("q\n")->Reference());
        PdfObject* own = resolve(objects, dict.GetKey("Contents"));
        if (own && own->IsArray()) {
            for (const PdfObject& part : own->GetArray()) contents.push_back(part);
        } else if (PdfObject* direct = dict.GetKey("Contents"); direct && direct->IsReference()) {
            contents.push_back(*direct);
        }
        contents.push_back(stream_object("\nQ\nq 1 0 0 1 " + std::to_string(box.GetLeft()) + " " +
                                         std::to_string(box.GetBottom()) + " cm /" + kStampName + " Do Q\n")
                               ->Reference());
        dict.AddKey("Contents", contents);
    }

    // Compresses what is still queued; before the pack is written.
    void finish() {
        canvas_.deflater.finish();
        canvas_.shaped.finish();  // the fonts of shaped text, now that every glyph is known
    }

private:
    PdfObject* stream_object(const std::string& text) {
        PdfObject* object = pack_.GetObjects().CreateObject();
        object->GetStream()->Set(text.data(), static_cast<PoDoFo::pdf_long>(text.size()), PoDoFo::TVecFilters());
        return object;
    }

    // The template's margins on a page of another size: the footer keeps its place above the
    // bottom edge and is centred on the page.
    PageFrame frame_for(double width, double height) const {
        PageFrame f = template_frame_;
        const double dy = height - f.height;
        f.right = width - (f.width - f.right);
        f.top = std::min(f.top, height / 2);
        f.bottom += dy;
        f.footer_baseline += dy;
        f.width = width;
        f.height = height;
        return f;
    }

    PlaceholderValues values_for(int index) const {
        PlaceholderValues v = layout_.placeholder_values(settings_.period, settings_.first_page);
        if (!settings_.title.empty()) v.title = settings_.title;
        v.first_page = settings_.first_page;
        v.page = settings_.first_page + index;
        v.pages = last_page_;
        return v;
    }

    PoDoFo::PdfMemDocument& pack_;
    const PackSettings& settings_;
    const OutputTemplate& layout_;
    FontSet fonts_;
    FontMeasurer measure_;
    CanvasResources canvas_;
    PageFrame template_frame_;
    StructureTree scratch_;  // the pack's own drawing is artifacts only
    long long last_page_ = 0;
};

void write_metadata(OpenPdf& pack, const PackSettings& settings, bool tagged) {
    DocumentMetadata m;
    m.title = settings.title;
    m.author = settings.layout->author;
    m.subject = settings.layout->subject;
    m.keywords = settings.layout->keywords;
    const std::string version = settings.version.empty() ? "" : " " + settings.version;
    m.creator = kProducerPrefix + version;
    m.producer = kProducerPrefix + version + " (PoDoFo " + std::to_string(PODOFO_VERSION_MAJOR) + "." +
                 std::to_string(PODOFO_VERSION_MINOR) + "." + std::to_string(PODOFO_VERSION_PATCH) + ")";
    m.language = settings.layout->language;
    m.created = settings.created;
    m.pdf_ua = tagged;
    PdfDictionary& info = pack.GetInfo()->GetObject()->GetDictionary();
    info.AddKey("Title", utf8_string(m.title));
    if (!m.author.empty()) info.AddKey("Author", utf8_string(m.author));
    if (!m.subject.empty()) info.AddKey("Subject", utf8_string(m.subject));
    if (!m.keywords.empty()) info.AddKey("Keywords", utf8_string(m.keywords));
    info.AddKey("Creator", utf8_string(m.creator));
    info.AddKey("Producer", utf8_string(m.producer));
    info.AddKey("CreationDate", PoDoFo::PdfString(pdf_date(m.created)));
    info.AddKey("ModDate", PoDoFo::PdfString(pdf_date(m.created)));

    PdfDictionary& catalog = pack.catalog().GetDictionary();
    PdfObject* xmp = pack.GetObjects().CreateObject("Metadata");
    xmp->GetDictionary().AddKey("Subtype", PdfName("XML"));
    const std::string packet = xmp_packet(m);
    xmp->GetStream()->Set(packet.data(), static_cast<PoDoFo::pdf_long>(packet.size()), PoDoFo::TVecFilters());
    catalog.AddKey("Metadata", xmp->Reference());
    if (!m.language.empty()) catalog.AddKey("Lang", utf8_string(m.language));
    PdfDictionary viewer;
    viewer.AddKey("DisplayDocTitle", PdfVariant(true));
    catalog.AddKey("ViewerPreferences", viewer);
    PdfDictionary mark;
    mark.AddKey("Marked", PdfVariant(tagged));
    catalog.AddKey("MarkInfo", mark);
}

// PoDoFo logs what it repairs and renumbers (Append prints a line per object) to standard
// error unless told not to; the user is told what matters through the pack's own messages.
void quiet_podofo() {
    PoDoFo::PdfError::EnableDebug(false);
    PoDoFo::PdfError::EnableLogging(false);
}

// What PoDoFo makes of qpdf's rewrite: the pack reads it so, so the check does too.
ImportedPdf inspect_checked(const CheckedPdf& checked, const std::string& name) {
    quiet_podofo();
    OpenPdf doc;
    load_checked(doc, name, [&] { doc.LoadFromBuffer(checked.bytes.data(), static_cast<long>(checked.bytes.size())); });
    ImportedPdf facts = facts_of(doc);
    if (facts.pages != checked.pages)
        throw PackInputError("pdf-unreadable", name, "PoDoFo finds " + std::to_string(facts.pages) +
                                                   " pages where qpdf finds " + std::to_string(checked.pages));
    return facts;
}

}  // namespace

ImportedPdf inspect_pdf(const std::string& path, const std::string& name) {
    return inspect_checked(read_imported(path, name), name);
}

ImportedPdf inspect_pdf_bytes(const char* data, std::size_t size, const std::string& name) {
    return inspect_checked(check_imported_pdf(data, size, name), name);
}

int blank_pages_before_next(long long number, int pages, bool right_hand) {
    if (!right_hand) return 0;
    return (number + pages) % 2 == 0 ? 1 : 0;
}

PackSummary write_pack(const std::vector<PackItem>& items, const PackSettings& settings, const std::string& path) {
    PackSummary summary;
    quiet_podofo();
    try {
        OpenPdf pack;
        pack.SetPdfVersion(PoDoFo::ePdfVersion_1_7);
        PackPainter painter(pack, settings);
        long long last = settings.first_page - 1;
        // The last page's number, for {pages}: every item's pages and the blank pages after it.
        // Scorecards are scorecard's own files, read as they are; an imported PDF is read
        // through qpdf's check and rewrite, and keeps its bookmarks.
        std::vector<std::unique_ptr<OpenPdf>> loaded;
        std::vector<std::vector<ImportedBookmark>> bookmarks(items.size());
        for (std::size_t n = 0; n < items.size(); ++n) {
            const PackItem& item = items[n];
            auto doc = std::make_unique<OpenPdf>();
            OpenPdf& d = *doc;
            if (item.kind == PackItemKind::Imported) {
                CheckedPdf checked = read_imported(item.pdf_path, item.name);
                load_checked(d, item.name,
                             [&] { d.LoadFromBuffer(checked.bytes.data(), static_cast<long>(checked.bytes.size())); });
                bookmarks[n] = std::move(checked.bookmarks);
            } else {
                load_checked(d, item.name, [&] { d.Load(item.pdf_path.c_str()); });
            }
            // The pack makes one outline of everything. Left in, an item's /Outlines would have
            // PoDoFo's Append build outline items of its own that nothing frees once the pack's
            // outline replaces them.
            d.catalog().GetDictionary().RemoveKey("Outlines");
            last += d.GetPageCount() + item.blank_pages_after;
            loaded.push_back(std::move(doc));
        }
        painter.set_last_page(last);

        PackStructure structure;
        structure.root = pack.GetObjects().CreateObject("StructTreeRoot");
        structure.document = pack.GetObjects().CreateObject("StructElem");
        structure.document->GetDictionary().AddKey("S", PdfName("Document"));
        structure.document->GetDictionary().AddKey("P", structure.root->Reference());
        if (!settings.title.empty()) structure.document->GetDictionary().AddKey("T", utf8_string(settings.title));

        std::vector<OutlineEntry> outline;
        bool all_tagged = true;
        for (std::size_t n = 0; n < items.size(); ++n) {
            const PackItem& item = items[n];
            OpenPdf& doc = *loaded[n];
            const int first = pack.GetPageCount();
            summary.item_first_page.push_back(first);
            const bool tagged = is_tagged(doc.GetObjects(), doc.catalog());
            pack.Append(doc, true);
            const int difference = static_cast<int>(pack.GetPage(first)->GetObject()->Reference().ObjectNumber()) -
                                   static_cast<int>(doc.GetPage(0)->GetObject()->Reference().ObjectNumber());
            // Append copies every object of the item, its Info dictionary too, which nothing in
            // the pack refers to: it goes, so the pack has one Info, its own (and a later run
            // knows the pack as scorecard's by it, pdf_origin.hpp).
            if (PoDoFo::PdfInfo* info = doc.GetInfo()) {
                const PdfReference copied(
                    static_cast<std::uint32_t>(static_cast<int>(info->GetObject()->Reference().ObjectNumber()) + difference),
                    info->GetObject()->Reference().GenerationNumber());
                if (copied != pack.GetInfo()->GetObject()->Reference()) delete pack.GetObjects().RemoveObject(copied);
            }
            if (tagged) {
                merge_structure(doc, pack, difference, first, structure);
            } else {
                all_tagged = false;
                summary.untagged.push_back(item.name);
            }
            if (item.kind == PackItemKind::Imported && settings.stamp)
                for (int i = 0; i < doc.GetPageCount(); ++i) painter.stamp(*pack.GetPage(first + i), first + i);

            OutlineEntry entry{item.title, first, outline_of(bookmarks[n], first, first)};
            for (const PdfSection& section : item.sections) entry.children.push_back(OutlineEntry{section.title, first + section.page, {}});
            outline.push_back(std::move(entry));

            const PoDoFo::PdfRect last_box = pack.GetPage(pack.GetPageCount() - 1)->GetMediaBox();
            for (int b = 0; b < item.blank_pages_after; ++b) {
                painter.add_blank_page(last_box.GetWidth(), last_box.GetHeight(), pack.GetPageCount());
                ++summary.blank_pages;
            }
            loaded[n].reset();  // its objects are the pack's now
        }
        painter.finish();
        summary.pages = pack.GetPageCount();

        PdfDictionary& catalog = pack.catalog().GetDictionary();
        catalog.RemoveKey("StructTreeRoot");
        std::vector<PdfReference> pages;
        pages.reserve(static_cast<std::size_t>(summary.pages));
        for (int i = 0; i < summary.pages; ++i) pages.push_back(pack.GetPage(i)->GetObject()->Reference());
        add_outlines(pack.GetObjects(), catalog, outline, pages);
        set_page_labels(catalog, {PageLabelRange{0, settings.first_page}});

        if (structure.kids.size() > 0) {
            structure.document->GetDictionary().AddKey("K", structure.kids);
            PdfDictionary& root = structure.root->GetDictionary();
            root.AddKey("K", structure.document->Reference());
            std::sort(structure.numbers.begin(), structure.numbers.end(),
                      [](const auto& a, const auto& b) { return a.first < b.first; });
            PdfArray nums;
            for (const auto& [key, value] : structure.numbers) {
                nums.push_back(PdfVariant(key));
                nums.push_back(value);
            }
            PdfObject* parent_tree = pack.GetObjects().CreateObject();
            parent_tree->GetDictionary().AddKey("Nums", nums);
            root.AddKey("ParentTree", parent_tree->Reference());
            root.AddKey("ParentTreeNextKey", PdfVariant(structure.next_key));
            if (!structure.role_map.GetKeys().empty()) root.AddKey("RoleMap", structure.role_map);
            catalog.AddKey("StructTreeRoot", structure.root->Reference());
        }
        write_metadata(pack, settings, all_tagged && !structure.kids.empty());
        pack.Write(path.c_str());
    } catch (const PackInputError&) {
        throw;
    } catch (const PoDoFo::PdfError& e) {
        throw ExportError("cannot write the pack " + path + ": " + podofo_message(e));
    }
    return summary;
}

}  // namespace scorecard::pdf
