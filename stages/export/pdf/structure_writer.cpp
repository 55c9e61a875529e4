#include "structure_writer.hpp"

#include <Poco/DigestEngine.h>
#include <Poco/MD5Engine.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>

#include "../common/export_context.hpp"
#include "pdf_document.hpp"

namespace scorecard::pdf {

namespace {

constexpr std::uint32_t kContentBit = 0x80000000u;

std::string ref(long long number) { return std::to_string(number) + " 0 R"; }
std::string ref(const PoDoFo::PdfReference& r) {
    return std::to_string(r.ObjectNumber()) + " " + std::to_string(r.GenerationNumber()) + " R";
}

// A text string in PDF syntax, escaped by PoDoFo (UTF-16 with a byte-order mark when needed).
std::string pdf_text(const std::string& utf8) {
    std::string out;
    PoDoFo::PdfVariant(utf8_string(utf8)).ToString(out);
    return out;
}

// Children of each element in recording order, as one flat array (CSR): element kids by
// index, marked content by index with the top bit set.
struct Kids {
    std::vector<std::uint32_t> start;  // per element, into `all`; one more at the end
    std::vector<std::uint32_t> all;
};

Kids collect_kids(const StructureTree& tree) {
    const auto& elements = tree.elements();
    const auto& contents = tree.contents();
    Kids kids;
    kids.start.assign(elements.size() + 1, 0);
    for (std::size_t i = 1; i < elements.size(); ++i) ++kids.start[static_cast<std::size_t>(elements[i].parent) + 1];
    for (const auto& c : contents) ++kids.start[static_cast<std::size_t>(c.element) + 1];
    for (std::size_t i = 1; i < kids.start.size(); ++i) kids.start[i] += kids.start[i - 1];
    kids.all.resize(kids.start.back());
    std::vector<std::uint32_t> fill(kids.start.begin(), kids.start.end() - 1);
    // Both lists are already in recording order: merge them.
    std::size_t e = 1, c = 0;
    while (e < elements.size() || c < contents.size()) {
        const bool take_element =
            c == contents.size() || (e < elements.size() && elements[e].order < contents[c].order);
        if (take_element) {
            kids.all[fill[static_cast<std::size_t>(elements[e].parent)]++] = static_cast<std::uint32_t>(e);
            ++e;
        } else {
            kids.all[fill[static_cast<std::size_t>(contents[c].element)]++] = static_cast<std::uint32_t>(c) | kContentBit;
            ++c;
        }
    }
    return kids;
}

class UpdateWriter {
public:
    UpdateWriter(const std::string& path, long long start) : path_(path), out_(path, std::ios::in | std::ios::out | std::ios::binary) {
        if (!out_) throw ExportError("cannot reopen the PDF to add its structure tree: " + path);
        out_.seekp(0, std::ios::end);
        offset_ = start;
        if (static_cast<long long>(out_.tellp()) != start) throw ExportError("the PDF changed while it was written: " + path);
    }

    void reserve(std::size_t objects) { offsets_.reserve(objects); }

    void object(long long number, const std::string& body) {
        offsets_.emplace_back(number, offset_);
        write(std::to_string(number) + " 0 obj\n" + body + "\nendobj\n");
    }

    // The cross-reference section (one subsection per run of consecutive numbers) and trailer.
    void finish(const std::string& trailer_without_id, const std::string& first_id) {
        std::sort(offsets_.begin(), offsets_.end());
        const long long xref = offset_;
        std::string text = "xref\n";
        std::size_t i = 0;
        while (i < offsets_.size()) {
            std::size_t j = i + 1;
            while (j < offsets_.size() && offsets_[j].first == offsets_[j - 1].first + 1) ++j;
            text += std::to_string(offsets_[i].first) + " " + std::to_string(j - i) + "\n";
            for (std::size_t k = i; k < j; ++k) {
                char entry[32];
                std::snprintf(entry, sizeof entry, "%010lld 00000 n \n", offsets_[k].second);
                text += entry;
                // Written in blocks: a million-entry table is 20 MB of text.
                if (text.size() > (1 << 16)) {
                    write(text);
                    text.clear();
                }
            }
            write(text);
            text.clear();
            i = j;
        }
        std::string id = Poco::DigestEngine::digestToHex(md5_.digest());
        std::transform(id.begin(), id.end(), id.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
        write_raw("trailer\n<<" + trailer_without_id + " /ID [<" + first_id + "> <" + id + ">] >>\nstartxref\n" +
                  std::to_string(xref) + "\n%%EOF\n");
        out_.flush();
        if (!out_) throw ExportError("cannot write the PDF's structure tree: " + path_);
    }

private:
    // Everything before the trailer goes into the MD5 that becomes the update's /ID.
    void write(const std::string& bytes) {
        md5_.update(bytes.data(), static_cast<unsigned>(bytes.size()));
        write_raw(bytes);
    }
    void write_raw(const std::string& bytes) {
        out_.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        offset_ += static_cast<long long>(bytes.size());
        if (!out_) throw ExportError("cannot write the PDF's structure tree: " + path_);
    }

    std::string path_;
    std::fstream out_;
    long long offset_ = 0;
    std::vector<std::pair<long long, long long>> offsets_;
    Poco::MD5Engine md5_;
};

}  // namespace

void append_structure_tree(const std::string& path, const StructureTree& tree, const StructureTargets& targets,
                           const TrailerFacts& trailer) {
    const auto& elements = tree.elements();
    const auto& contents = tree.contents();
    const long long base = trailer.size;  // element i is object base + i
    const long long element_count = static_cast<long long>(elements.size());
    auto element_number = [&](std::size_t i) { return base + static_cast<long long>(i); };
    auto page_ref = [&](int page) {
        if (page < 0 || static_cast<std::size_t>(page) >= targets.pages.size())
            throw ExportError("marked content on a page the PDF does not have");
        return ref(targets.pages[static_cast<std::size_t>(page)]);
    };

    std::ifstream probe(path, std::ios::binary | std::ios::ate);
    const long long start = static_cast<long long>(probe.tellg());
    probe.close();
    UpdateWriter out(path, start);

    // The ParentTree: one leaf per kParentTreeLeafPages pages, under one root when there are
    // several, so no single object grows with the length of the document.
    const int pages = static_cast<int>(targets.pages.size());
    const int leaves = std::max(1, (pages + kParentTreeLeafPages - 1) / kParentTreeLeafPages);
    const long long parent_tree_root = base + element_count;
    const long long first_leaf = leaves == 1 ? parent_tree_root : parent_tree_root + 1;
    out.reserve(elements.size() + static_cast<std::size_t>(leaves) + 2);

    // StructTreeRoot, under the number PoDoFo reserved.
    out.object(targets.struct_tree_root.ObjectNumber(),
               "<< /Type /StructTreeRoot /K [" + ref(element_number(0)) + "] /ParentTree " + ref(parent_tree_root) +
                   " /ParentTreeNextKey " + std::to_string(pages) + " >>");

    const Kids kids = collect_kids(tree);
    for (std::size_t i = 0; i < elements.size(); ++i) {
        const auto& e = elements[i];
        std::string body = "<< /Type /StructElem /S /";
        body += role_name(e.role);
        body += " /P " + (e.parent < 0 ? ref(targets.struct_tree_root) : ref(element_number(static_cast<std::size_t>(e.parent))));
        // /Pg names the page of the element's marked content; content on another page (none in
        // this document, as no cell spans pages) is referred to with its own page.
        int pg = -1;
        std::string k;
        for (std::uint32_t s = kids.start[i]; s < kids.start[i + 1]; ++s) {
            const std::uint32_t kid = kids.all[s];
            if (!k.empty()) k += ' ';
            if (kid & kContentBit) {
                const auto& c = contents[kid & ~kContentBit];
                if (pg < 0) pg = c.page;
                if (c.page == pg)
                    k += std::to_string(c.mcid);
                else
                    k += "<< /Type /MCR /Pg " + page_ref(c.page) + " /MCID " + std::to_string(c.mcid) + " >>";
            } else {
                k += ref(element_number(kid));
            }
        }
        if (pg >= 0) body += " /Pg " + page_ref(pg);
        if (!k.empty()) body += " /K [" + k + "]";
        if (e.scope != HeaderScope::None || e.row_span > 1 || e.col_span > 1) {
            body += " /A << /O /Table";
            if (e.scope == HeaderScope::Column) body += " /Scope /Column";
            if (e.scope == HeaderScope::Row) body += " /Scope /Row";
            if (e.row_span > 1) body += " /RowSpan " + std::to_string(e.row_span);
            if (e.col_span > 1) body += " /ColSpan " + std::to_string(e.col_span);
            body += " >>";
        }
        if (e.alt >= 0) body += " /Alt " + pdf_text(tree.alt_texts()[static_cast<std::size_t>(e.alt)]);
        body += " >>";
        out.object(element_number(i), body);
    }

    // Each page's entry: its marked content's elements, by MCID (content is recorded page by
    // page, MCIDs counting up, so each page's run is contiguous and in order).
    std::size_t c = 0;
    for (int leaf = 0; leaf < leaves; ++leaf) {
        const int first = leaf * kParentTreeLeafPages;
        const int last = std::min(pages, first + kParentTreeLeafPages) - 1;
        std::string nums;
        for (int page = first; page <= last; ++page) {
            nums += std::to_string(page) + " [";
            bool any = false;
            while (c < contents.size() && contents[c].page == page) {
                if (any) nums += ' ';
                nums += ref(element_number(static_cast<std::size_t>(contents[c].element)));
                any = true;
                ++c;
            }
            nums += "] ";
        }
        std::string body = "<<";
        if (leaves > 1) body += " /Limits [" + std::to_string(first) + " " + std::to_string(std::max(first, last)) + "]";
        body += " /Nums [" + nums + "] >>";
        out.object(first_leaf + leaf, body);
    }
    if (leaves > 1) {
        std::string kids_refs;
        for (int leaf = 0; leaf < leaves; ++leaf) kids_refs += (leaf ? " " : "") + ref(first_leaf + leaf);
        out.object(parent_tree_root, "<< /Kids [" + kids_refs + "] >>");
    }
    if (c != contents.size()) throw ExportError("marked content recorded for a page that was not written");

    const long long size = first_leaf + leaves;
    out.finish(" /Size " + std::to_string(size) + " /Root " + ref(targets.catalog) + " /Info " + ref(targets.info) +
                   " /Prev " + std::to_string(trailer.startxref),
               trailer.id);
}

}  // namespace scorecard::pdf
