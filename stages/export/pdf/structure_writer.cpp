#include "structure_writer.hpp"

#include <cstdio>
#include <Poco/DigestEngine.h>
#include <Poco/MD5Engine.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <fstream>

#include "stages/export/common/export_context.hpp"
#include "deflate_queue.hpp"
#include "pdf_document.hpp"
#include "pdf_syntax.hpp"
#include "stages/export/pdf/fast_path/podofo_version.hpp"

namespace scorecard::pdf {

namespace {

constexpr std::uint32_t kContentBit = 0x80000000u;

// An object stream is also closed at this many bytes of objects, so a ParentTree leaf (a few
// kilobytes per page) cannot make one large.
constexpr std::size_t kMaxStreamBytes = 1 << 16;

// The update's least length (kMinUpdateBytes) is in fast_path/podofo_version.hpp: it is for
// PoDoFo 0.9.8's parser.

template <typename Out>
void append_ref(Out& out, long long number) {
    append_integer(out, number);
    out += " 0 R";
}

template <typename Out>
void append_ref(Out& out, const PoDoFo::PdfReference& r) {
    append_integer(out, r.ObjectNumber());
    out += ' ';
    append_integer(out, r.GenerationNumber());
    out += " R";
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
    // Counts go in start[p + 1]; the running sums then make start[p] each element's first
    // slot, used as its fill cursor, which leaves it at the next element's first slot: one
    // shift back restores the starts, without a second array of cursors.
    kids.start.assign(elements.size() + 1, 0);
    for (std::size_t i = 1; i < elements.size(); ++i) ++kids.start[static_cast<std::size_t>(elements[i].parent) + 1];
    for (const auto& c : contents) ++kids.start[static_cast<std::size_t>(c.element) + 1];
    for (std::size_t i = 1; i < kids.start.size(); ++i) kids.start[i] += kids.start[i - 1];
    kids.all.resize(kids.start.back());
    // Both lists are already in recording order: merge them.
    std::size_t e = 1, c = 0;
    while (e < elements.size() || c < contents.size()) {
        const bool take_element =
            c == contents.size() || (e < elements.size() && elements[e].order < contents[c].order);
        if (take_element) {
            kids.all[kids.start[static_cast<std::size_t>(elements[e].parent)]++] = static_cast<std::uint32_t>(e);
            ++e;
        } else {
            kids.all[kids.start[static_cast<std::size_t>(contents[c].element)]++] = static_cast<std::uint32_t>(c) | kContentBit;
            ++c;
        }
    }
    for (std::size_t i = kids.start.size() - 1; i > 0; --i) kids.start[i] = kids.start[i - 1];
    kids.start[0] = 0;
    return kids;
}

// The file, reopened at its end. Everything but the cross-reference stream goes into the MD5
// that becomes the update's /ID.
class UpdateWriter {
public:
    UpdateWriter(const std::string& path, long long start)
        : path_(path), out_(path, std::ios::in | std::ios::out | std::ios::binary), start_(start), offset_(start) {
        if (!out_) throw ExportError("cannot reopen the PDF to add its structure tree: " + path);
        out_.seekp(0, std::ios::end);
        if (static_cast<long long>(out_.tellp()) != start) throw ExportError("the PDF changed while it was written: " + path);
    }

    long long offset() const { return offset_; }
    long long written() const { return offset_ - start_; }

    void write(const std::string& bytes) {
        md5_.update(bytes.data(), static_cast<unsigned>(bytes.size()));
        write_raw(bytes);
    }
    void write_raw(const std::string& bytes) {
        out_.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        offset_ += static_cast<long long>(bytes.size());
        if (!out_) throw ExportError("cannot write the PDF's structure tree: " + path_);
    }

    std::string digest_hex() {
        std::string id = Poco::DigestEngine::digestToHex(md5_.digest());
        std::transform(id.begin(), id.end(), id.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
        return id;
    }

    void close() {
        out_.flush();
        if (!out_) throw ExportError("cannot write the PDF's structure tree: " + path_);
    }

private:
    std::string path_;
    std::fstream out_;
    long long start_ = 0;
    long long offset_ = 0;
    Poco::MD5Engine md5_;
};

// Collects objects into object streams of kObjectsPerStream (fewer when a stream reaches
// kMaxStreamBytes) and queues each for writing when it is full. The queued writes refer to
// this object: when an exception leaves append_structure_tree, the queue must be dropped
// unfinished (as the PDF writer does, abandoning the document), not finished. The objects come in a fixed
// order, the StructTreeRoot and then consecutive numbers from `base`, so where each one went
// follows from where each stream starts: nothing is kept per object (a million entries).
class ObjectStreams {
public:
    ObjectStreams(UpdateWriter& out, DeflateQueue& queue, long long root, long long base)
        : out_(out), queue_(queue), root_(root), base_(base) {}

    // Starts object `number`: its body is appended to the buffer returned, then end() is called.
    PdfOut& begin(long long number) {
        const long long expected = placed_ == 0 ? root_ : base_ + static_cast<long long>(placed_ - 1);
        if (number != expected) throw ExportError("structure objects written out of order");
        if (count_ == static_cast<std::size_t>(kObjectsPerStream) || body_.size() >= kMaxStreamBytes) flush();
        if (count_ == 0) starts_.push_back(placed_);
        append_integer(header_, number);
        header_ += ' ';
        append_integer(header_, static_cast<long long>(body_.size()));
        header_ += ' ';
        ++count_;
        ++placed_;
        return body_;
    }
    void end() { body_ += '\n'; }

    // Queues the stream being filled for compression, as object `first_stream + ordinal`; the
    // first stream's number is only known once every object is placed, so streams are
    // numbered after them. It is written (and its offset noted) when compressed, in order.
    void flush() {
        if (count_ == 0) return;
        PdfOut data(queue_.take_buffer());
        data.put(header_.data(), header_.size());
        data.put(body_.data(), body_.size());
        const long long number = first_stream_ + ordinal_;
        const long long first = static_cast<long long>(header_.size());
        const long long objects = static_cast<long long>(count_);
        queue_.submit(data.release(), [this, number, first, objects](const std::string& compressed) {
            offsets_.push_back(out_.offset());
            text_.clear();
            append_integer(text_, number);
            text_ += " 0 obj\n<</Type/ObjStm/N ";
            append_integer(text_, objects);
            text_ += "/First ";
            append_integer(text_, first);
            text_ += "/Filter/FlateDecode/Length ";
            append_integer(text_, static_cast<long long>(compressed.size()));
            text_ += ">>\nstream\n";
            out_.write(text_);
            out_.write(compressed);
            out_.write("\nendstream\nendobj\n");
        });
        ++ordinal_;
        count_ = 0;
        header_.clear();
        body_.clear();
    }
    // Writes every stream still queued.
    void finish() {
        flush();
        queue_.finish();
    }

    // Streams are numbered from here; set before the first flush.
    void number_streams_from(long long first_stream) { first_stream_ = first_stream; }
    std::uint32_t streams() const { return ordinal_; }
    long long stream_offset(std::uint32_t ordinal) const { return offsets_[ordinal]; }
    // Objects placed: the StructTreeRoot and then base, base + 1, ... base + placed() - 2.
    std::uint32_t placed() const { return placed_; }
    // For each object in the order placed, its stream's ordinal and its index in the stream.
    template <typename Visit>
    void each_placement(Visit visit) const {
        std::size_t s = 0;
        for (std::uint32_t seq = 0; seq < placed_; ++seq) {
            while (s + 1 < starts_.size() && starts_[s + 1] <= seq) ++s;
            visit(static_cast<std::uint32_t>(s), seq - starts_[s]);
        }
    }

private:
    UpdateWriter& out_;
    DeflateQueue& queue_;
    long long root_, base_;
    long long first_stream_ = 0;
    std::uint32_t placed_ = 0;             // objects placed so far
    std::vector<std::uint32_t> starts_;    // per stream: the place of its first object
    std::vector<long long> offsets_;       // per stream: its file offset
    PdfOut header_, body_;
    std::string text_;
    std::size_t count_ = 0;
    std::uint32_t ordinal_ = 0;
};

int bytes_for(unsigned long long v) {
    int n = 1;
    while (v > 0xFF) {
        v >>= 8;
        ++n;
    }
    return n;
}

}  // namespace

void append_structure_tree(const std::string& path, const StructureTree& tree, const StructureTargets& targets,
                           const TrailerFacts& trailer, DeflateQueue& queue) {
    const auto& elements = tree.elements();
    const auto& contents = tree.contents();
    const long long base = trailer.size;  // element i is object base + i
    const long long element_count = static_cast<long long>(elements.size());
    auto element_number = [&](std::size_t i) { return base + static_cast<long long>(i); };
    // An element's /ID as a PDF string: its index, zero-padded so the IDTree's keys sort.
    auto element_id = [](std::size_t i) {
        char id[24];
        std::snprintf(id, sizeof id, "(h%010zu)", i);
        return std::string(id);
    };
    auto page_ref = [&](PdfOut& out, int page) {
        if (page < 0 || static_cast<std::size_t>(page) >= targets.pages.size())
            throw ExportError("marked content on a page the PDF does not have");
        append_ref(out, targets.pages[static_cast<std::size_t>(page)]);
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
    const long long first_stream = first_leaf + leaves;  // the object streams, then the xref stream

    ObjectStreams streams(out, queue, targets.struct_tree_root.ObjectNumber(), base);
    streams.number_streams_from(first_stream);

    // StructTreeRoot, under the number PoDoFo reserved.
    {
        PdfOut& body = streams.begin(targets.struct_tree_root.ObjectNumber());
        body += "<</Type/StructTreeRoot/K[";
        append_ref(body, element_number(0));
        body += "]/ParentTree ";
        append_ref(body, parent_tree_root);
        body += "/ParentTreeNextKey ";
        append_integer(body, pages);
        // The headings cells name in /Headers, by their /ID: one name tree node, its keys in
        // element order, which their zero-padded numbers sort in.
        bool any_id = false;
        for (std::size_t i = 0; i < elements.size(); ++i) {
            if (!elements[i].has_id) continue;
            body += any_id ? " " : "/IDTree<</Names[";
            any_id = true;
            body += element_id(i);
            body += ' ';
            append_ref(body, element_number(i));
        }
        if (any_id) body += "]>>";
        body += ">>";
        streams.end();
    }

    const Kids kids = collect_kids(tree);
    for (std::size_t i = 0; i < elements.size(); ++i) {
        const auto& e = elements[i];
        PdfOut& body = streams.begin(element_number(i));
        body += "<</Type/StructElem/S/";
        body += role_name(e.role);
        body += "/P ";
        if (e.parent < 0)
            append_ref(body, targets.struct_tree_root);
        else
            append_ref(body, element_number(static_cast<std::size_t>(e.parent)));
        // /Pg names the page of the element's marked content; content on another page (a
        // commentary that carries on over a page break) is referred to with its own page.
        int pg = -1;
        for (std::uint32_t s = kids.start[i]; s < kids.start[i + 1]; ++s) {
            const std::uint32_t kid = kids.all[s];
            if (kid & kContentBit) {
                pg = contents[kid & ~kContentBit].page;
                break;
            }
        }
        if (pg >= 0) {
            body += "/Pg ";
            page_ref(body, pg);
        }
        if (kids.start[i] != kids.start[i + 1]) {
            body += "/K[";
            for (std::uint32_t s = kids.start[i]; s < kids.start[i + 1]; ++s) {
                const std::uint32_t kid = kids.all[s];
                if (s != kids.start[i]) body += ' ';
                if (kid & kContentBit) {
                    const auto& c = contents[kid & ~kContentBit];
                    if (c.page == pg) {
                        append_integer(body, c.mcid);
                    } else {
                        body += "<</Type/MCR/Pg ";
                        page_ref(body, c.page);
                        body += "/MCID ";
                        append_integer(body, c.mcid);
                        body += ">>";
                    }
                } else {
                    append_ref(body, element_number(kid));
                }
            }
            body += ']';
        }
        if (e.has_id) {
            body += "/ID";
            body += element_id(i);
        }
        const bool headed = e.headers[0] >= 0 || e.headers[1] >= 0;
        if (e.scope != HeaderScope::None || e.row_span > 1 || e.col_span > 1 || headed) {
            body += "/A<</O/Table";
            if (headed) {
                body += "/Headers[";
                for (std::int32_t h : e.headers)
                    if (h >= 0) body += element_id(static_cast<std::size_t>(h));
                body += ']';
            }
            if (e.scope == HeaderScope::Column) body += "/Scope/Column";
            if (e.scope == HeaderScope::Row) body += "/Scope/Row";
            if (e.row_span > 1) {
                body += "/RowSpan ";
                append_integer(body, e.row_span);
            }
            if (e.col_span > 1) {
                body += "/ColSpan ";
                append_integer(body, e.col_span);
            }
            body += ">>";
        }
        if (e.alt >= 0) {
            body += "/Alt";
            body += pdf_text(tree.alt_texts()[static_cast<std::size_t>(e.alt)]);
        }
        if (e.expansion >= 0) {
            body += "/E";
            body += pdf_text(tree.alt_texts()[static_cast<std::size_t>(e.expansion)]);
        }
        body += ">>";
        streams.end();
    }

    // The ParentTree's root, when it has leaves under it (numbered just before them, so it
    // comes first).
    if (leaves > 1) {
        PdfOut& body = streams.begin(parent_tree_root);
        body += "<</Kids[";
        for (int leaf = 0; leaf < leaves; ++leaf) {
            if (leaf) body += ' ';
            append_ref(body, first_leaf + leaf);
        }
        body += "]>>";
        streams.end();
    }

    // Each page's entry: its marked content's elements, by MCID (content is recorded page by
    // page, MCIDs counting up, so each page's run is contiguous and in order).
    std::size_t c = 0;
    for (int leaf = 0; leaf < leaves; ++leaf) {
        const int first = leaf * kParentTreeLeafPages;
        const int last = std::min(pages, first + kParentTreeLeafPages) - 1;
        PdfOut& body = streams.begin(first_leaf + leaf);
        body += "<<";
        if (leaves > 1) {
            body += "/Limits[";
            append_integer(body, first);
            body += ' ';
            append_integer(body, std::max(first, last));
            body += ']';
        }
        body += "/Nums[";
        for (int page = first; page <= last; ++page) {
            append_integer(body, page);
            body += '[';
            bool any = false;
            while (c < contents.size() && contents[c].page == page) {
                if (any) body += ' ';
                append_ref(body, element_number(static_cast<std::size_t>(contents[c].element)));
                any = true;
                ++c;
            }
            body += "]\n";
        }
        body += "]>>";
        streams.end();
    }
    if (c != contents.size()) throw ExportError("marked content recorded for a page that was not written");
    streams.finish();

    const long long xref_number = first_stream + static_cast<long long>(streams.streams());
    const long long size = xref_number + 1;
    if (out.written() < kMinUpdateBytes) {
        std::string padding = "%";
        padding.append(static_cast<std::size_t>(kMinUpdateBytes - out.written()), ' ');
        padding += '\n';
        out.write(padding);
    }
    const std::string second_id = out.digest_hex();
    const long long xref_offset = out.offset();

    // The cross-reference stream: the StructTreeRoot's entry, then every number from base up
    // to and including the stream itself. Type 2 entries name an object stream and a position
    // in it; type 1 entries (the object streams, this stream) a file offset.
    const int w2 = std::max(bytes_for(static_cast<unsigned long long>(xref_offset)),
                            bytes_for(static_cast<unsigned long long>(xref_number)));
    const int w3 = bytes_for(static_cast<unsigned long long>(kObjectsPerStream - 1));
    const std::size_t row = 1 + static_cast<std::size_t>(w2) + static_cast<std::size_t>(w3);
    // Compressed as the rows are made, a block at a time: a million entries are megabytes
    // before compression and almost nothing after.
    Deflater deflater(kFlateLevel);
    deflater.start();
    std::string rows, compressed;
    std::string previous(row, '\0'), current(row, '\0');
    auto add_row = [&](int type, unsigned long long f2, unsigned long long f3) {
        current[0] = static_cast<char>(type);
        for (int k = 0; k < w2; ++k) current[1 + static_cast<std::size_t>(k)] = static_cast<char>(f2 >> (8 * (w2 - 1 - k)));
        for (int k = 0; k < w3; ++k) current[1 + static_cast<std::size_t>(w2) + static_cast<std::size_t>(k)] = static_cast<char>(f3 >> (8 * (w3 - 1 - k)));
        // PNG "Up" filter (predictor 12): each byte less the byte above it.
        rows += '\x02';
        for (std::size_t k = 0; k < row; ++k)
            rows += static_cast<char>(static_cast<unsigned char>(current[k]) - static_cast<unsigned char>(previous[k]));
        std::swap(previous, current);
        if (rows.size() >= (1 << 16)) {
            deflater.add(rows.data(), rows.size(), compressed);
            rows.clear();
        }
    };
    // In the order placed, which is the order of the entries: the StructTreeRoot, then base on.
    if (static_cast<long long>(streams.placed()) != 1 + (first_stream - base))
        throw ExportError("a structure object was not written");
    streams.each_placement([&](std::uint32_t stream, std::uint32_t index) {
        add_row(2, static_cast<unsigned long long>(first_stream + stream), index);
    });
    for (std::uint32_t s = 0; s < streams.streams(); ++s)
        add_row(1, static_cast<unsigned long long>(streams.stream_offset(s)), 0);
    add_row(1, static_cast<unsigned long long>(xref_offset), 0);
    deflater.add(rows.data(), rows.size(), compressed);
    deflater.finish(compressed);

    std::string text;
    append_integer(text, xref_number);
    text += " 0 obj\n<</Type/XRef/Size ";
    append_integer(text, size);
    text += "/Index[";
    append_integer(text, targets.struct_tree_root.ObjectNumber());
    text += " 1 ";
    append_integer(text, base);
    text += ' ';
    append_integer(text, size - base);
    text += "]/W[1 ";
    append_integer(text, w2);
    text += ' ';
    append_integer(text, w3);
    text += "]/Root ";
    append_ref(text, targets.catalog);
    text += "/Info ";
    append_ref(text, targets.info);
    text += "/Prev ";
    append_integer(text, trailer.startxref);
    text += "/ID[<" + trailer.id + "><" + second_id + ">]";
    text += "/Filter/FlateDecode/DecodeParms<</Columns ";
    append_integer(text, static_cast<long long>(row));
    text += "/Predictor 12>>/Length ";
    append_integer(text, static_cast<long long>(compressed.size()));
    text += ">>\nstream\n";
    text += compressed;
    text += "\nendstream\nendobj\nstartxref\n";
    append_integer(text, xref_offset);
    text += "\n%%EOF\n";
    out.write_raw(text);
    out.close();
}

}  // namespace scorecard::pdf
