// The PDF's fast path (stages/export/pdf/fast_path/: a page tree built by hand, the /ID rewritten
// in place; page_maker.hpp) against the plain path (PoDoFo's public calls only). Both must give
// the same document: every page's dictionary, content, resources and fonts, the structure tree,
// the outline, the page labels, the metadata. Read with qpdf's JSON (streams decoded) into a
// canonical text: objects numbered in the order they are first reached from the pages, the
// catalog and the Info dictionary, so object numbers do not matter; left out are the page tree's
// nodes (/Parent, the catalog's /Pages: the one place the paths differ on purpose) and the
// trailer's /ID. PoDoFo names a font resource after its object number (/Ft18), so a page's font
// names, in its /Resources and its content stream, are replaced by the font's canonical number.
// (The fast path's output is also byte for byte reproducible, /ID included:
// pdf_output_test.cpp; the plain path's /ID comes from the time.)
#include <catch2/catch.hpp>

#include <Poco/Base64Decoder.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <cctype>
#include <iterator>
#include <map>
#include <regex>
#include <sstream>

#include "pdf_test_support.hpp"
#include "support/pdf_reader.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"

using namespace scorecard;
using namespace scorecard::test;

namespace {

// The document as canonical text, one line per object reached.
class CanonicalPdf {
public:
    explicit CanonicalPdf(const std::string& path) {
        const CommandResult r = run_pdf_tool("qpdf", {"--json=2", "--json-key=pages", "--json-key=qpdf",
                                                      "--json-stream-data=inline", "--decode-level=generalized", path});
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        Poco::JSON::Parser parser;
        const auto root = parser.parse(r.out).extract<Poco::JSON::Object::Ptr>();
        objects_ = root->getArray("qpdf")->getObject(1);
        const auto pages = root->getArray("pages");
        for (std::size_t i = 0; i < pages->size(); ++i)
            lines_.push_back("page " + std::to_string(i) + ": " +
                             reference(pages->getObject(static_cast<unsigned>(i))->getValue<std::string>("object")));
        const auto trailer = objects_->getObject("trailer")->getObject("value");
        lines_.push_back("catalog: " + reference(trailer->getValue<std::string>("/Root")));
        lines_.push_back("info: " + reference(trailer->getValue<std::string>("/Info")));
        for (std::size_t n = 0; n < bodies_.size(); ++n) lines_.push_back("@" + std::to_string(n) + " = " + bodies_[n]);
    }
    const std::vector<std::string>& lines() const { return lines_; }
    int pages() const { return pages_; }

private:
    std::string reference(const std::string& ref) {
        if (auto it = seen_.find(ref); it != seen_.end()) return "@" + std::to_string(it->second);
        const std::size_t n = bodies_.size();
        seen_[ref] = n;
        bodies_.emplace_back();
        const auto entry = objects_->getObject("obj:" + ref);
        std::string body;
        if (!entry) {
            body = "missing";
        } else if (entry->has("stream")) {
            const auto stream = entry->getObject("stream");
            body = "stream " + value(stream->get("dict")) + " " + renamed(decoded(stream->getValue<std::string>("data")));
        } else {
            const auto v = entry->get("value");
            if (v.type() == typeid(Poco::JSON::Object::Ptr) &&
                v.extract<Poco::JSON::Object::Ptr>()->has("/Type") &&
                v.extract<Poco::JSON::Object::Ptr>()->getValue<std::string>("/Type") == "/Page") {
                ++pages_;
                name_fonts(v.extract<Poco::JSON::Object::Ptr>());
                body = value(v);
                font_names_.clear();
            } else {
                body = value(v);
            }
        }
        bodies_[n] = body;
        return "@" + std::to_string(n);
    }

    static std::string decoded(const std::string& base64) {
        std::istringstream in(base64);
        Poco::Base64Decoder decoder(in);
        return std::string(std::istreambuf_iterator<char>(decoder), std::istreambuf_iterator<char>());
    }

    Poco::JSON::Object::Ptr dictionary(const Poco::Dynamic::Var& v) {
        if (v.type() == typeid(Poco::JSON::Object::Ptr)) return v.extract<Poco::JSON::Object::Ptr>();
        if (v.isString()) {
            const auto entry = objects_->getObject("obj:" + v.extract<std::string>());
            if (entry && entry->has("value")) return dictionary(entry->get("value"));
        }
        return nullptr;
    }

    // The page's font resource names, each for its font's canonical number.
    void name_fonts(const Poco::JSON::Object::Ptr& page) {
        const auto resources = page->has("/Resources") ? dictionary(page->get("/Resources")) : nullptr;
        const auto fonts = resources && resources->has("/Font") ? dictionary(resources->get("/Font")) : nullptr;
        if (!fonts) return;
        std::vector<std::string> names;
        fonts->getNames(names);
        // In the order of the fonts' own names (each subset's tag is unique), not of the
        // resource names, which follow the object numbers.
        std::vector<std::pair<std::string, std::string>> by_font;
        for (const std::string& name : names) {
            const auto font = dictionary(fonts->get(name));
            by_font.emplace_back(font && font->has("/BaseFont") ? font->getValue<std::string>("/BaseFont") : name, name);
        }
        std::sort(by_font.begin(), by_font.end());
        for (const auto& [base_font, name] : by_font)
            if (fonts->get(name).isString()) font_names_[name] = "/Font" + value(fonts->get(name));
    }

    // A content stream with the page's font names replaced.
    std::string renamed(const std::string& data) const {
        if (font_names_.empty()) return data;
        std::string out;
        for (std::size_t i = 0; i < data.size();) {
            std::size_t end = i + 1;
            if (data[i] == '/') {
                while (end < data.size() && std::isalnum(static_cast<unsigned char>(data[end]))) ++end;
                if (auto it = font_names_.find(data.substr(i, end - i)); it != font_names_.end()) {
                    out += it->second;
                    i = end;
                    continue;
                }
            }
            out += data[i];
            i = i + 1;
        }
        return out;
    }

    std::string value(const Poco::Dynamic::Var& v) {
        static const std::regex is_reference("[0-9]+ [0-9]+ R");
        if (v.type() == typeid(Poco::JSON::Object::Ptr)) {
            const auto o = v.extract<Poco::JSON::Object::Ptr>();
            std::vector<std::string> names;
            o->getNames(names);
            std::vector<std::pair<std::string, std::string>> keys;  // as shown, as in the file
            for (const std::string& key : names) {
                const auto font = font_names_.find(key);
                keys.emplace_back(font != font_names_.end() ? font->second : key, key);
            }
            std::sort(keys.begin(), keys.end());
            std::string out = "<<";
            for (const auto& [shown, key] : keys) {
                if (key == "/Parent" || key == "/Pages") continue;  // the page tree
                out += " " + shown + " " + value(o->get(key));
            }
            return out + " >>";
        }
        if (v.type() == typeid(Poco::JSON::Array::Ptr)) {
            const auto a = v.extract<Poco::JSON::Array::Ptr>();
            std::string out = "[";
            for (std::size_t i = 0; i < a->size(); ++i) out += " " + value(a->get(static_cast<unsigned>(i)));
            return out + " ]";
        }
        if (v.isString()) {
            const std::string s = v.extract<std::string>();
            if (std::regex_match(s, is_reference)) return reference(s);
            return s;
        }
        return v.convert<std::string>();
    }

    Poco::JSON::Object::Ptr objects_;
    std::map<std::string, std::size_t> seen_;
    std::vector<std::string> bodies_;
    std::vector<std::string> lines_;
    std::map<std::string, std::string> font_names_;  // while a page is read: /Ft18 -> /Font@2
    int pages_ = 0;
};

std::string write(const Scorecard& scorecard, const OutputTemplate& layout, const std::string& path, bool fast_path) {
    PdfOptions options;
    options.fast_path = fast_path;
    write_pdf(scorecard, layout, test_context(37), path, {}, options);
    return path;
}

void require_same(const std::string& fast, const std::string& plain) {
    const CanonicalPdf a(fast), b(plain);
    REQUIRE(a.pages() > 0);
    CHECK(a.pages() == b.pages());
    // The first line that differs, not a wall of text.
    const std::size_t n = std::min(a.lines().size(), b.lines().size());
    for (std::size_t i = 0; i < n; ++i) {
        if (a.lines()[i] == b.lines()[i]) continue;
        INFO("fast:  " << a.lines()[i].substr(0, 600) << "\nplain: " << b.lines()[i].substr(0, 600));
        CHECK(a.lines()[i] == b.lines()[i]);
        break;
    }
    CHECK(a.lines().size() == b.lines().size());
    const PdfReader fast_pdf(fast), plain_pdf(plain);
    CHECK(fast_pdf.struct_text() == plain_pdf.struct_text());
    CHECK(fast_pdf.page_labels() == plain_pdf.page_labels());
    CHECK(fast_pdf.qpdf_check().exit_code == 0);
    CHECK(plain_pdf.qpdf_check().exit_code == 0);
}

}  // namespace

TEST_CASE("fast path: the same pages, structure and outline as PoDoFo's public calls give", "[pdf][fast-path]") {
    if (!tool_or_skip("qpdf", "qpdf") || !tool_or_skip("pdfinfo", "poppler-utils")) return;
    ScratchDir dir("pdf-fast-path");
    SECTION("both seeds, and the multi-script table (the fonts the writer subsets itself)") {
        for (const char* fixture : {"children-families-2022-23-q3.txt", "children-families-2019-20-q3.txt",
                                    "made-up-multi-script.txt"}) {
            INFO(fixture);
            const FixtureScorecard f = read_fixture(fixture);
            require_same(write(f.scorecard, f.layout, dir.file("fast.pdf"), true),
                         write(f.scorecard, f.layout, dir.file("plain.pdf"), false));
        }
    }
    SECTION("more pages than one node of the fast path's page tree holds") {
        const Scorecard s = made_up_scorecard(5, 160);
        const OutputTemplate layout = named_template("flat-2022-23");
        const std::string fast = write(s, layout, dir.file("fast.pdf"), true);
        require_same(fast, write(s, layout, dir.file("plain.pdf"), false));
        CHECK(PdfReader(fast).page_count() > 32);
    }
}
