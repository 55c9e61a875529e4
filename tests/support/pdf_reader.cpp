#include "pdf_reader.hpp"

#include <podofo/podofo.h>

#include <catch2/catch.hpp>
#include <sstream>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

namespace scorecard::test {

CommandResult run_pdf_tool(const std::string& tool, const std::vector<std::string>& args) {
    INFO("the PDF tests need " << tool << " (Debian: poppler-utils, qpdf)");
    REQUIRE(have_tool(tool));
    return run_command("/usr/bin/env", [&] {
        std::vector<std::string> all{tool};
        all.insert(all.end(), args.begin(), args.end());
        return all;
    }());
}

std::string collapse_whitespace(const std::string& text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

PdfReader::PdfReader(const std::string& path) : path_(path), document_(new PoDoFo::PdfMemDocument()) {
    // PoDoFo's parser prints its findings (the trailer, among others) unless told not to.
    PoDoFo::PdfError::EnableDebug(false);
    PoDoFo::PdfError::EnableLogging(false);
    document_->Load(path.c_str());
}

PdfReader::~PdfReader() = default;

int PdfReader::page_count() const { return document_->GetPageCount(); }

PageSize PdfReader::page_size(int index) const {
    const PoDoFo::PdfRect box = document_->GetPage(index)->GetMediaBox();
    return {box.GetWidth(), box.GetHeight()};
}

std::vector<std::string> PdfReader::page_texts(TextMode mode) const {
    std::vector<std::string> args{"-enc", "UTF-8", path_, "-"};
    if (mode != TextMode::Reading) args.insert(args.begin(), mode == TextMode::Raw ? "-raw" : "-layout");
    CommandResult r = run_pdf_tool("pdftotext", args);
    REQUIRE(r.exit_code == 0);
    std::vector<std::string> pages;
    std::string page;
    for (char c : r.out) {
        if (c == '\f') {
            pages.push_back(std::move(page));
            page.clear();
        } else {
            page += c;
        }
    }
    // pdftotext ends every page, the last included, with a form feed.
    if (!page.empty()) pages.push_back(std::move(page));
    return pages;
}

std::string PdfReader::page_text(int index, TextMode mode) const {
    const auto pages = page_texts(mode);
    REQUIRE(index >= 0);
    REQUIRE(static_cast<std::size_t>(index) < pages.size());
    return pages[static_cast<std::size_t>(index)];
}

std::string PdfReader::text(TextMode mode) const {
    std::string all;
    for (const auto& p : page_texts(mode)) all += p + "\n";
    return all;
}

std::map<std::string, std::string> PdfReader::info() const {
    CommandResult r = run_pdf_tool("pdfinfo", {"-enc", "UTF-8", path_});
    REQUIRE(r.exit_code == 0);
    std::map<std::string, std::string> facts;
    std::istringstream in(r.out);
    std::string line;
    while (std::getline(in, line)) {
        const std::size_t colon = line.find(':');
        if (colon == std::string::npos) continue;
        std::size_t value = line.find_first_not_of(' ', colon + 1);
        facts[line.substr(0, colon)] = value == std::string::npos ? "" : line.substr(value);
    }
    return facts;
}

std::string PdfReader::struct_text() const {
    CommandResult r = run_pdf_tool("pdfinfo", {"-struct-text", path_});
    REQUIRE(r.exit_code == 0);
    return r.out;
}

std::string PdfReader::page_content(int index) const {
    PoDoFo::PdfObject* contents = document_->GetPage(index)->GetContents();
    REQUIRE(contents);
    std::vector<PoDoFo::PdfObject*> streams;
    if (contents->IsArray()) {
        for (auto& item : contents->GetArray())
            streams.push_back(item.IsReference() ? document_->GetObjects().GetObject(item.GetReference()) : &item);
    } else {
        streams.push_back(contents);
    }
    std::string all;
    for (PoDoFo::PdfObject* s : streams) {
        REQUIRE(s);
        REQUIRE(s->HasStream());
        char* buffer = nullptr;
        PoDoFo::pdf_long length = 0;
        s->GetStream()->GetFilteredCopy(&buffer, &length);
        all.append(buffer, static_cast<std::size_t>(length));
        PoDoFo::podofo_free(buffer);
        all += '\n';
    }
    return all;
}

std::vector<PdfFontFacts> PdfReader::fonts() const {
    CommandResult r = run_pdf_tool("pdffonts", {path_});
    REQUIRE(r.exit_code == 0);
    std::vector<PdfFontFacts> fonts;
    std::istringstream in(r.out);
    std::string line;
    // Two heading lines, then one line a font: fixed columns name(37) type(18) encoding(17) emb sub uni ...
    std::getline(in, line);
    std::getline(in, line);
    while (std::getline(in, line)) {
        if (line.size() < 80) continue;
        auto field = [&](std::size_t from, std::size_t length) {
            std::string s = line.substr(from, length);
            while (!s.empty() && s.back() == ' ') s.pop_back();
            return s;
        };
        PdfFontFacts f;
        f.name = field(0, 36);
        f.type = field(37, 17);
        f.encoding = field(55, 16);
        f.embedded = field(72, 3) == "yes";
        f.subset = field(76, 3) == "yes";
        f.unicode = field(80, 3) == "yes";
        fonts.push_back(f);
    }
    return fonts;
}

CommandResult PdfReader::qpdf_check() const { return run_pdf_tool("qpdf", {"--check", path_}); }

std::string PdfReader::catalog_lang() const {
    const PoDoFo::PdfObject* lang = document_->GetCatalog()->GetIndirectKey("Lang");
    if (!lang || !lang->IsString()) return "";
    return lang->GetString().GetStringUtf8();
}

bool PdfReader::display_doc_title() const {
    const PoDoFo::PdfObject* prefs = document_->GetCatalog()->GetIndirectKey("ViewerPreferences");
    if (!prefs || !prefs->IsDictionary()) return false;
    const PoDoFo::PdfObject* show = prefs->GetDictionary().GetKey("DisplayDocTitle");
    return show && show->IsBool() && show->GetBool();
}

std::string PdfReader::trailer_id() const {
    const PoDoFo::PdfObject* id = document_->GetTrailer()->GetDictionary().GetKey("ID");
    if (!id) return "";
    std::string out;
    id->ToString(out);
    return out;
}

namespace {

Poco::JSON::Object::Ptr qpdf_json(const std::string& path, const std::string& key) {
    CommandResult r = run_pdf_tool("qpdf", {"--json=2", "--json-key=" + key, path});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    Poco::JSON::Parser parser;
    return parser.parse(r.out).extract<Poco::JSON::Object::Ptr>();
}

void collect_bookmarks(const Poco::JSON::Array::Ptr& items, int depth, std::vector<PdfReader::Bookmark>& out) {
    if (!items) return;
    for (std::size_t i = 0; i < items->size(); ++i) {
        Poco::JSON::Object::Ptr item = items->getObject(static_cast<unsigned>(i));
        PdfReader::Bookmark b;
        b.title = item->getValue<std::string>("title");
        b.page = item->has("destpageposfrom1") && !item->isNull("destpageposfrom1")
                     ? item->getValue<int>("destpageposfrom1") - 1
                     : -1;
        b.depth = depth;
        out.push_back(b);
        collect_bookmarks(item->getArray("kids"), depth + 1, out);
    }
}

}  // namespace

std::vector<std::string> PdfReader::page_labels() const {
    Poco::JSON::Array::Ptr ranges = qpdf_json(path_, "pagelabels")->getArray("pagelabels");
    std::vector<std::string> labels(static_cast<std::size_t>(page_count()));
    if (!ranges || ranges->size() == 0) return labels;
    for (std::size_t r = 0; r < ranges->size(); ++r) {
        Poco::JSON::Object::Ptr range = ranges->getObject(static_cast<unsigned>(r));
        const int first = range->getValue<int>("index");
        const int next = r + 1 < ranges->size() ? ranges->getObject(static_cast<unsigned>(r + 1))->getValue<int>("index")
                                                : page_count();
        Poco::JSON::Object::Ptr label = range->getObject("label");
        REQUIRE(label->getValue<std::string>("/S") == "/D");
        const long long start = label->has("/St") ? label->getValue<long long>("/St") : 1;
        for (int page = first; page < next && page < page_count(); ++page)
            labels[static_cast<std::size_t>(page)] = std::to_string(start + (page - first));
    }
    return labels;
}

std::vector<PdfReader::Bookmark> PdfReader::bookmarks() const {
    std::vector<Bookmark> out;
    collect_bookmarks(qpdf_json(path_, "outlines")->getArray("outlines"), 0, out);
    return out;
}

}  // namespace scorecard::test
