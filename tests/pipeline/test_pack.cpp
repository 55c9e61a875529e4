// `scorecard pack`: tables and PDFs in one agenda pack, read back with qpdf's JSON, pdftotext,
// pdfinfo and PoDoFo.
#include <catch2/catch.hpp>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include <podofo/podofo.h>

#include "support/pdf_reader.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"

using namespace scorecard::test;

namespace {

const std::map<std::string, std::string> kFixedTime{{"SOURCE_DATE_EPOCH", "1675166400"}};

// An untagged PDF of `pages` pages, as a word processor without tagging would write it.
void write_plain_pdf(const std::string& path, int pages, const std::string& title) {
    PoDoFo::PdfMemDocument doc;
    PoDoFo::PdfFont* font = doc.CreateFont("Helvetica");
    for (int i = 0; i < pages; ++i) {
        PoDoFo::PdfPage* page = doc.CreatePage(PoDoFo::PdfPage::CreateStandardPageSize(PoDoFo::ePdfPageSize_A4));
        PoDoFo::PdfPainter painter;
        painter.SetPage(page);
        font->SetFontSize(14);
        painter.SetFont(font);
        painter.DrawText(72, 700, ("Covering report, its page " + std::to_string(i + 1)).c_str());
        painter.FinishPage();
    }
    doc.GetInfo()->SetTitle(PoDoFo::PdfString(title.c_str()));
    doc.Write(path.c_str());
}

// A PDF of four pages with bookmarks (Part A on page 1; Part B on page 3 with B.1 on page 4
// below it; a bookmark to a web address) and two links: on page 1 to page 4 by an explicit
// destination, on page 2 to page 3 by a named one.
void write_pdf_with_bookmarks(const std::string& path) {
    PoDoFo::PdfMemDocument doc;
    PoDoFo::PdfFont* font = doc.CreateFont("Helvetica");
    for (int i = 0; i < 4; ++i) {
        PoDoFo::PdfPage* page = doc.CreatePage(PoDoFo::PdfPage::CreateStandardPageSize(PoDoFo::ePdfPageSize_A4));
        PoDoFo::PdfPainter painter;
        painter.SetPage(page);
        font->SetFontSize(14);
        painter.SetFont(font);
        painter.DrawText(72, 700, ("Appendix, its page " + std::to_string(i + 1)).c_str());
        painter.FinishPage();
    }
    std::vector<PoDoFo::PdfPage*> pages;
    for (int i = 0; i < 4; ++i) pages.push_back(doc.GetPage(i));
    PoDoFo::PdfOutlineItem* a = doc.GetOutlines()->CreateRoot(PoDoFo::PdfString("Part A"));
    a->SetDestination(PoDoFo::PdfDestination(pages[0]));
    PoDoFo::PdfOutlineItem* b = a->CreateNext(PoDoFo::PdfString("Part B"), PoDoFo::PdfDestination(pages[2]));
    b->CreateChild(PoDoFo::PdfString("B.1"), PoDoFo::PdfDestination(pages[3]));
    PoDoFo::PdfOutlineItem* web = b->CreateNext(PoDoFo::PdfString("The council's web site"), PoDoFo::PdfDestination(pages[0]));
    web->GetObject()->GetDictionary().RemoveKey("Dest");
    PoDoFo::PdfDictionary uri;
    uri.AddKey("S", PoDoFo::PdfName("URI"));
    uri.AddKey("URI", PoDoFo::PdfString("https://example.org/"));
    web->GetObject()->GetDictionary().AddKey("A", uri);

    PoDoFo::PdfAnnotation* to_b1 = pages[0]->CreateAnnotation(PoDoFo::ePdfAnnotation_Link, PoDoFo::PdfRect(72, 600, 200, 20));
    to_b1->SetDestination(PoDoFo::PdfDestination(pages[3]));
    doc.AddNamedDestination(PoDoFo::PdfDestination(pages[2]), PoDoFo::PdfString("part-b"));
    PoDoFo::PdfAnnotation* to_b = pages[1]->CreateAnnotation(PoDoFo::ePdfAnnotation_Link, PoDoFo::PdfRect(72, 600, 200, 20));
    to_b->GetObject()->GetDictionary().AddKey("Dest", PoDoFo::PdfString("part-b"));
    doc.GetInfo()->SetTitle(PoDoFo::PdfString("Appendix with bookmarks"));
    doc.Write(path.c_str());
}

// Each link annotation of the PDF as (the page it is on, the page its destination is), both
// indices from 0, read from qpdf's JSON: -1 for a destination that is not one of its pages.
std::vector<std::pair<int, int>> links_of(const std::string& pdf) {
    const CommandResult r = run_command("qpdf", {"--json=2", "--json-key=pages", "--json-key=qpdf", pdf});
    REQUIRE(r.exit_code == 0);
    Poco::JSON::Parser parser;
    const auto root = parser.parse(r.out).extract<Poco::JSON::Object::Ptr>();
    const auto pages = root->getArray("pages");
    const auto objects = root->getArray("qpdf")->getObject(1);
    std::map<std::string, int> page_index;
    for (std::size_t i = 0; i < pages->size(); ++i)
        page_index[pages->getObject(static_cast<unsigned>(i))->getValue<std::string>("object")] = static_cast<int>(i);
    std::vector<std::pair<int, int>> links;
    for (std::size_t i = 0; i < pages->size(); ++i) {
        const std::string page = pages->getObject(static_cast<unsigned>(i))->getValue<std::string>("object");
        const auto annotations = objects->getObject("obj:" + page)->getObject("value")->getArray("/Annots");
        for (std::size_t k = 0; annotations && k < annotations->size(); ++k) {
            const auto annot = objects->getObject("obj:" + annotations->getElement<std::string>(static_cast<unsigned>(k)))
                                   ->getObject("value");
            if (!annot->has("/Subtype") || annot->getValue<std::string>("/Subtype") != "/Link") continue;
            const auto dest = annot->getArray("/Dest");
            REQUIRE(dest);  // explicit: a named destination's names are not the pack's
            const std::string target = dest->getElement<std::string>(0);
            links.emplace_back(static_cast<int>(i), page_index.count(target) ? page_index[target] : -1);
        }
    }
    return links;
}

// The number each page's footer prints ("Page 37"), from pdftotext; "" for none.
std::vector<std::string> printed_numbers(const PdfReader& pdf) {
    std::vector<std::string> numbers;
    const std::regex footer("Page ([0-9]+)");
    for (const std::string& text : pdf.page_texts()) {
        std::string last;
        for (auto it = std::sregex_iterator(text.begin(), text.end(), footer); it != std::sregex_iterator(); ++it)
            last = (*it)[1];
        numbers.push_back(last);
    }
    return numbers;
}

}  // namespace

TEST_CASE("a pack of three scorecards and a PDF numbers on from 37, each item on a right-hand page", "[pack]") {
    if (!tool_or_skip("qpdf", "qpdf") || !tool_or_skip("pdftotext", "poppler-utils")) return;
    ScratchDir dir("pack");
    const std::string report = dir.file("covering-report.pdf");
    write_plain_pdf(report, 3, "Covering report");
    const std::string pack = dir.file("agenda.pdf");
    const CommandResult r = run_scorecard({"pack", fixture_path("children-families-2022-23-q3.txt"), report,
                                           fixture_path("children-families-2019-20-q3.txt"),
                                           fixture_path("made-up-one-page.txt"), "-o", pack, "--first-page", "37",
                                           "--title", "Children and Families Committee, 14 March 2023"},
                                          kFixedTime);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    // The covering report has no tags: the pack says it is not fully tagged.
    CHECK(r.err.find("covering-report.pdf: warning: the PDF has no tag structure") != std::string::npos);

    PdfReader pdf(pack);
    CHECK(pdf.qpdf_check().exit_code == 0);
    const int pages = pdf.page_count();
    const std::vector<std::string> printed = printed_numbers(pdf);
    REQUIRE(printed.size() == static_cast<std::size_t>(pages));
    // Every page prints its number, imported pages too (stamped), running on from 37.
    for (int i = 0; i < pages; ++i) CHECK(printed[static_cast<std::size_t>(i)] == std::to_string(37 + i));
    CHECK(pdf.page_labels() == printed);

    // One bookmark per item, at a right-hand page, with the scorecards' topics below them.
    const auto marks = pdf.bookmarks();
    std::vector<PdfReader::Bookmark> items;
    for (const auto& m : marks)
        if (m.depth == 0) items.push_back(m);
    REQUIRE(items.size() == 4);
    CHECK(items[0].title == "Children and Families Performance FY2022/23 Q3");
    CHECK(items[1].title == "Covering report");
    for (const auto& item : items) {
        INFO(item.title);
        CHECK((37 + item.page) % 2 == 1);
        CHECK(pdf.page_labels()[static_cast<std::size_t>(item.page)] == std::to_string(37 + item.page));
    }
    CHECK(items[0].page == 0);
    CHECK(pdf.page_text(items[1].page).find("Covering report, its page 1") != std::string::npos);
    CHECK(pdf.page_text(items[1].page + 2).find("Covering report, its page 3") != std::string::npos);
    // Three pages from page 2's... the report takes an odd number of pages: a blank page follows.
    const std::string after_report = collapse_whitespace(pdf.page_text(items[1].page + 3));
    CHECK(after_report.find("This page is intentionally left blank") != std::string::npos);
    CHECK(items[2].page == items[1].page + 4);
    std::size_t topics = 0;
    for (const auto& m : marks) {
        if (m.depth != 1) continue;
        ++topics;
        INFO(m.title);
        CHECK(collapse_whitespace(pdf.page_text(m.page)).find(collapse_whitespace(m.title)) != std::string::npos);
    }
    CHECK(topics >= 5);

    // Every gap before an item is a blank page.
    for (std::size_t k = 1; k < items.size(); ++k) {
        const int before = items[k].page - 1;
        const std::string text = collapse_whitespace(pdf.page_text(before));
        if ((37 + before) % 2 == 1) CHECK(text.find("intentionally left blank") != std::string::npos);
    }

    // The title in the viewer's title bar, the language, the scorecards' tags kept.
    const auto info = pdf.info();
    CHECK(info.at("Title") == "Children and Families Committee, 14 March 2023");
    CHECK(pdf.display_doc_title());
    CHECK(pdf.catalog_lang() == "en-GB");
    const std::string structure = pdf.struct_text();
    CHECK(structure.find("Table") != std::string::npos);
    CHECK(structure.find("Part") != std::string::npos);
    // Not fully tagged, so neither marked as tagged nor claiming PDF/UA.
    CHECK(run_command("pdfinfo", {pack}).out.find("Tagged:          no") != std::string::npos);
    CHECK(run_command("pdfinfo", {"-meta", pack}).out.find("pdfuaid:part") == std::string::npos);

    // The pack is scorecard's own output: the same command writes it again.
    const CommandResult again = run_scorecard({"pack", fixture_path("children-families-2022-23-q3.txt"), report,
                                               fixture_path("children-families-2019-20-q3.txt"),
                                               fixture_path("made-up-one-page.txt"), "-o", pack, "--first-page", "37"},
                                              kFixedTime);
    INFO(again.err);
    CHECK(again.exit_code == 0);
}

TEST_CASE("a pack of scorecards only is tagged: one Document of Parts, each item's table kept", "[pack]") {
    if (!tool_or_skip("qpdf", "qpdf") || !tool_or_skip("pdfinfo", "poppler-utils")) return;
    ScratchDir dir("pack-tagged");
    const std::string pack = dir.file("pack.pdf");
    const CommandResult r = run_scorecard({"pack", fixture_path("made-up-one-page.txt"),
                                           fixture_path("children-families-2019-20-q3.txt"), "-o", pack, "-t",
                                           "portrait-a4", "--first-page", "37"},
                                          kFixedTime);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.err.find("not fully tagged") == std::string::npos);
    PdfReader pdf(pack);
    CHECK(pdf.qpdf_check().exit_code == 0);
    const std::string structure = pdf.struct_text();
    INFO(structure.substr(0, 1500));
    // Elements of a role: lines of the tree that are the role alone or followed by its kind or title.
    auto count = [&](const std::string& role) {
        std::size_t n = 0;
        std::istringstream lines(structure);
        for (std::string line; std::getline(lines, line);) {
            const std::string trimmed = line.substr(std::min(line.find_first_not_of(' '), line.size()));
            if (trimmed == role || trimmed.rfind(role + " ", 0) == 0) ++n;
        }
        return n;
    };
    CHECK(count("Document") == 1);
    CHECK(count("Part") == 2);
    // Each item's scorecard table, a child of its Part; each item's summary is a Sect of its
    // own, whose tables sit one level deeper.
    CHECK(count("Sect") == 2);
    std::size_t item_tables = 0;
    {
        std::istringstream lines(structure);
        for (std::string line; std::getline(lines, line);) item_tables += line.rfind("    Table", 0) == 0;
    }
    CHECK(item_tables == 2);
    CHECK(run_command("pdfinfo", {pack}).out.find("Tagged:          yes") != std::string::npos);
    CHECK(run_command("pdfinfo", {"-meta", pack}).out.find("<pdfuaid:part>1</pdfuaid:part>") != std::string::npos);
    // {pages} in the template's footer is the pack's last page, on every page.
    const std::string last = std::to_string(37 + pdf.page_count() - 1);
    for (int i = 0; i < pdf.page_count(); ++i)
        CHECK(collapse_whitespace(pdf.page_text(i)).find("Page " + std::to_string(37 + i) + " of " + last) !=
              std::string::npos);
}

TEST_CASE("a pack with --start any has items back to back; --no-stamp leaves imported pages as they were", "[pack]") {
    if (!tool_or_skip("pdftotext", "poppler-utils")) return;
    ScratchDir dir("pack-any");
    const std::string report = dir.file("report.pdf");
    write_plain_pdf(report, 3, "");
    const std::string pack = dir.file("pack.pdf");
    const CommandResult r = run_scorecard({"pack", report, fixture_path("made-up-one-page.txt"), "-o", pack,
                                           "--start", "any", "--no-stamp"},
                                          kFixedTime);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    PdfReader pdf(pack);
    const auto printed = printed_numbers(pdf);
    REQUIRE(pdf.page_count() >= 4);
    CHECK(printed[0].empty());
    CHECK(printed[2].empty());
    CHECK(printed[3] == "4");  // the scorecard starts at once, numbered on
    CHECK(pdf.bookmarks().front().title == "report");  // no title: the file's name
}

TEST_CASE("an imported PDF keeps its bookmarks below its item's and its links go to the pack's pages", "[pack]") {
    if (!tool_or_skip("qpdf", "qpdf")) return;
    ScratchDir dir("pack-bookmarks");
    const std::string appendix = dir.file("appendix.pdf");
    write_pdf_with_bookmarks(appendix);
    // The appendix's own links, as written: page 1 to page 4, page 2 to page 3 (by name, so
    // not readable as an explicit destination here).
    const std::string pack = dir.file("pack.pdf");
    const CommandResult r =
        run_scorecard({"pack", fixture_path("made-up-one-page.txt"), appendix, "-o", pack, "--first-page", "37"}, kFixedTime);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    PdfReader pdf(pack);
    CHECK(pdf.qpdf_check().exit_code == 0);
    const auto marks = pdf.bookmarks();
    int first = -1;
    std::vector<std::string> below;
    for (std::size_t i = 0; i < marks.size(); ++i) {
        if (marks[i].depth == 0 && marks[i].title == "Appendix with bookmarks") first = marks[i].page;
        if (first >= 0 && i + 1 < marks.size() && marks[i].title == "Appendix with bookmarks")
            for (std::size_t k = i + 1; k < marks.size() && marks[k].depth > 0; ++k)
                below.push_back(std::to_string(marks[k].depth) + " " + marks[k].title + " " +
                                std::to_string(marks[k].page - first));
    }
    REQUIRE(first >= 0);
    // The appendix starts on a right-hand page after the scorecard and its blank page.
    CHECK(pdf.page_text(first).find("Appendix, its page 1") != std::string::npos);
    // Its bookmarks, nested as they were, each at its page of the pack (the web address at the
    // item's first page).
    CHECK(below == std::vector<std::string>{"1 Part A 0", "1 Part B 2", "2 B.1 3", "1 The council's web site 0"});
    // Its links go to the pack's pages: the explicit one and the named one alike.
    const auto links = links_of(pack);
    CHECK(links == std::vector<std::pair<int, int>>{{first, first + 3}, {first + 1, first + 2}});
}

TEST_CASE("a pack never replaces its inputs, and a damaged or encrypted PDF is refused naming it", "[pack]") {
    ScratchDir dir("pack-refusals");
    const std::string report = dir.file("report.pdf");
    write_plain_pdf(report, 1, "Report");
    const std::string before = read_file(report);
    const CommandResult over = run_scorecard({"pack", fixture_path("made-up-one-page.txt"), report, "-o", report});
    CHECK(over.exit_code == 2);
    CHECK(read_file(report) == before);
    // Nor a file scorecard did not write, unless told to.
    const std::string minutes = dir.file("minutes.pdf");
    write_plain_pdf(minutes, 1, "Minutes");
    const std::string minutes_before = read_file(minutes);
    const CommandResult foreign = run_scorecard({"pack", fixture_path("made-up-one-page.txt"), "-o", minutes});
    CHECK(foreign.exit_code == 2);
    CHECK(foreign.err.find("--force") != std::string::npos);
    CHECK(read_file(minutes) == minutes_before);

    const std::string damaged = dir.file("damaged.pdf");
    write_file(damaged, "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    const CommandResult bad = run_scorecard({"pack", damaged, "-o", dir.file("out.pdf")});
    CHECK(bad.exit_code == 1);
    CHECK(bad.err.find(damaged) != std::string::npos);
    CHECK_FALSE(file_exists(dir.file("out.pdf")));
}

TEST_CASE("an encrypted PDF, a missing item or a file that is not a table is refused naming it", "[pack]") {
    if (!tool_or_skip("qpdf", "qpdf")) return;
    ScratchDir dir("pack-bad-items");
    const std::string plain = dir.file("appendix.pdf");
    write_plain_pdf(plain, 2, "Appendix");
    const std::string out = dir.file("out.pdf");
    // With a password to open it, and with none (encrypted all the same, printing restricted).
    for (const std::string user : {"secret", ""}) {
        INFO("user password \"" << user << "\"");
        const std::string locked = dir.file("locked.pdf");
        REQUIRE(run_command("qpdf", {"--encrypt", user, "owner", "256", "--", plain, locked}).exit_code == 0);
        const CommandResult r = run_scorecard({"pack", fixture_path("made-up-one-page.txt"), locked, "-o", out});
        CHECK(r.exit_code == 1);
        CHECK(r.err.find(locked + ": error: the PDF is encrypted") != std::string::npos);
        CHECK_FALSE(file_exists(out));
    }
    const std::string missing = dir.file("no-such-report.pdf");
    const CommandResult gone = run_scorecard({"pack", fixture_path("made-up-one-page.txt"), missing, "-o", out});
    CHECK(gone.exit_code == 2);
    CHECK(gone.err.find(missing) != std::string::npos);
    CHECK_FALSE(file_exists(out));

    const std::string notes = dir.file("notes.txt");
    write_file(notes, "Dear members,\nplease find the scorecard attached.\n");
    const CommandResult not_table = run_scorecard({"pack", notes, fixture_path("made-up-one-page.txt"), "-o", out});
    CHECK(not_table.exit_code == 1);
    CHECK(not_table.err.find("notes.txt") != std::string::npos);
    CHECK_FALSE(file_exists(out));
    // Nothing was left behind in the folder: no pack, no temporary scorecards.
    std::set<std::string> left;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path())) left.insert(entry.path().filename().string());
    CHECK(left == std::set<std::string>{"appendix.pdf", "locked.pdf", "notes.txt"});
}
