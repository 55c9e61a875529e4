// The history store: import and export round trips, builds of two periods, re-runs that
// replace, failed builds that record nothing, period order, schema migration and damage.
#include <catch2/catch.hpp>

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>

#include <sstream>

#include "pipeline/history/history_store.hpp"
#include "stages/model/text_utils.hpp"
#include "support/hostile_strings.hpp"
#include "support/model_fixtures.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"

using namespace scorecard;
using namespace scorecard::test;
using namespace Poco::Data::Keywords;

namespace {

std::string exported(const std::string& store_path) {
    HistoryStore store(store_path);
    std::ostringstream out;
    store.export_csv(out);
    return out.str();
}

const std::string kSeed = "children-families-2022-23-q3.txt";

}  // namespace

TEST_CASE("import then export gives the rows back, sorted by id and period", "[history]") {
    ScratchDir dir("history-roundtrip");
    HistoryStore store(dir.file("h.sqlite"));
    CHECK(store.schema_version() == kHistorySchemaVersion);
    Findings findings("past");
    CHECK(store.import_csv(fixture_path("history/past-quarters-made-up.csv"), findings) == 8);
    CHECK_FALSE(findings.has_errors());
    std::ostringstream out;
    CHECK(store.export_csv(out) == 8);
    CHECK(out.str() ==
          "indicator id,period,value,joined to,restated at\n"
          "care-leavers-eet,Q4 2021/22,57.00%,,\n"
          "care-leavers-eet,Q1 2022/23,58.20%,,\n"
          "care-leavers-in-suitable-accommodation,Q4 2021/22,90.10%,,\n"
          "care-leavers-in-suitable-accommodation,Q1 2022/23,91.80%,,\n"
          "eligible-2-year-olds-taking-up-their-feee,Spring 2022,78.9,,\n"
          "individuals-worked-with-by-cfws-during-period,Q1 2022/23,\"3,650\",,\n"
          "neet-young-people-aged-16-17,Jul-22,0.55,,\n"
          "neet-young-people-aged-16-17,Aug-22,0.5,,\n");
    // Importing the same file again replaces; it never duplicates.
    CHECK(store.import_csv(fixture_path("history/past-quarters-made-up.csv"), findings) == 8);
    CHECK(store.row_count() == 8);
}

TEST_CASE("an import with a bad row imports nothing and says where", "[history]") {
    ScratchDir dir("history-bad-import");
    write_file(dir.file("bad.csv"), "indicator id,period,value\na,Q1 2022/23,5\nb,Someday,6\nc,Q2 2022/23,lots\n");
    HistoryStore store(dir.file("h.sqlite"));
    Findings findings(dir.file("bad.csv"));
    CHECK(store.import_csv(dir.file("bad.csv"), findings) == 0);
    REQUIRE(findings.count(Severity::Error) == 2);
    CHECK(findings.all()[0].where.line == 3);
    CHECK(findings.all()[0].code == "unknown-period");
    CHECK(findings.all()[1].where.line == 4);
    CHECK(findings.all()[1].code == "not-a-number");
    CHECK(store.row_count() == 0);
}

TEST_CASE("building two periods fills the history, and a re-run replaces", "[history][build]") {
    ScratchDir dir("history-two-periods");
    const std::string out = dir.file("out");
    REQUIRE(run_scorecard({"build", fixture_path(kSeed), "-o", out}).exit_code == 0);
    const std::string after_q3 = exported(out + "/history.sqlite");
    CHECK(after_q3.find("care-leavers-eet,Q2 2022/23,61.30%,,\n") != std::string::npos);
    CHECK(after_q3.find("care-leavers-eet,Q3 2022/23,64.50%,,\n") != std::string::npos);
    // The KS2 row's repaired previous value is what is recorded.
    CHECK(after_q3.find(",2018/19,67.1%,,\n") != std::string::npos);

    REQUIRE(run_scorecard({"build", fixture_path(kSeed), "-o", out}).exit_code == 0);
    CHECK(exported(out + "/history.sqlite") == after_q3);

    REQUIRE(run_scorecard({"build", fixture_path("history/children-families-2022-23-q4-made-up.tsv"), "-o", out})
                .exit_code == 0);
    const std::string after_q4 = exported(out + "/history.sqlite");
    CHECK(after_q4.find("care-leavers-eet,Q2 2022/23,61.30%,,\ncare-leavers-eet,Q3 2022/23,64.50%,,\n"
                        "care-leavers-eet,Q4 2022/23,65.79%,,\n") != std::string::npos);

    // Building Q4 again with the store now gives each indicator its earlier points.
    HistoryStore store(out + "/history.sqlite");
    CheckedScorecard q4 = read_and_check(fixture_path("history/children-families-2022-23-q4-made-up.tsv"), {}, &store);
    const Indicator& eet = indicator_named(q4.scorecard, "Care leavers EET");
    REQUIRE(eet.history.size() == 1);  // Q2; Q3 and Q4 are the table's own previous and latest
    CHECK(eet.history[0].period.text == "Q2 2022/23");
    CHECK(display_text(eet.history[0].value) == "61.30%");
}

TEST_CASE("a build that fails to write records nothing", "[history][build]") {
    ScratchDir dir("history-failed-build");
    const std::string out = dir.file("out");
    REQUIRE(run_scorecard({"build", fixture_path(kSeed), "-o", out}).exit_code == 0);
    const std::string before = exported(out + "/history.sqlite");
    // A template whose font file is not a font: the checks pass, the PDF cannot be written.
    write_file(dir.file("not-a-font.ttf"), "this is not a TrueType font");
    std::string text = read_file(source_path("output_templates/flat-2022-23.json"));
    const std::string families = "\"families\": [";
    text.replace(text.find(families), families.size(), "\"regular\": \"" + dir.file("not-a-font.ttf") + "\", " + families);
    write_file(dir.file("broken-font.json"), text);
    CommandResult r = run_scorecard(
        {"build", fixture_path("history/children-families-2022-23-q4-made-up.tsv"), "-o", out, "-t", dir.file("broken-font.json")});
    CHECK(r.exit_code == 2);
    CHECK(exported(out + "/history.sqlite") == before);
    CHECK_FALSE(file_exists(out + "/children-families-2022-23-q4-made-up.xlsx"));
}

TEST_CASE("rejected input records nothing", "[history][build]") {
    ScratchDir dir("history-rejected");
    REQUIRE(run_scorecard({"build", fixture_path(kSeed), "-o", dir.path()}).exit_code == 0);
    const std::string before = exported(dir.file("history.sqlite"));
    CHECK(run_scorecard({"build", fixture_path("bad/not-a-number.txt"), "-o", dir.path()}).exit_code == 1);
    CHECK(exported(dir.file("history.sqlite")) == before);
}

TEST_CASE("building with no history writes no store, and a history path chooses its place", "[history][build]") {
    ScratchDir dir("history-options");
    REQUIRE(run_scorecard({"build", fixture_path(kSeed), "-o", dir.file("a"), "--no-history"}).exit_code == 0);
    CHECK_FALSE(file_exists(dir.file("a/history.sqlite")));
    REQUIRE(run_scorecard({"build", fixture_path(kSeed), "-o", dir.file("b"), "--history", dir.file("elsewhere.sqlite")})
                .exit_code == 0);
    CHECK(file_exists(dir.file("elsewhere.sqlite")));
    CHECK_FALSE(file_exists(dir.file("b/history.sqlite")));
}

TEST_CASE("the history command imports and exports through the CLI", "[history][cli]") {
    ScratchDir dir("history-cli");
    CommandResult imported = run_scorecard(
        {"history", "import", fixture_path("history/2019-20-earlier-quarters-made-up.csv"), "--history", dir.file("h.sqlite")});
    CHECK(imported.exit_code == 0);
    CHECK(imported.out.find("imported 5 data points") != std::string::npos);
    CHECK(run_scorecard({"history", "export", dir.file("copy.csv"), "--history", dir.file("h.sqlite")}).exit_code == 0);
    CHECK(read_file(dir.file("copy.csv")).find("single-assessments-completed-within-45-days,Q1 2019/20,84.2%,,\n"
                                               "single-assessments-completed-within-45-days,Q2 2019/20,85.0%,,\n") !=
          std::string::npos);
    CHECK(run_scorecard({"history", "export"}).exit_code == 2);  // where is the store?
    // A new store in a folder not made yet: the folder is made.
    CHECK(run_scorecard({"history", "import", fixture_path("history/past-quarters-made-up.csv"), "--history",
                         dir.file("new/folder/h.sqlite")})
              .exit_code == 0);
    CHECK(run_scorecard({"history", "import", "/no/such.csv", "--history", dir.file("h.sqlite")}).exit_code == 2);

    // With the store, the 2019/20 table's "compared to previous data point" is checked: "Better"
    // for a rise with no polarity stated cannot be confirmed, "Better" for a fall within the
    // tolerance is corrected to Similar.
    CommandResult v = run_scorecard(
        {"validate", fixture_path("children-families-2019-20-q3.txt"), "--history", dir.file("h.sqlite")});
    CHECK(v.exit_code == 0);
    CHECK(v.err.find("note: '% single assessments completed within 45 days': the table states \"Better\" compared to "
                     "the previous data point; 85.0% (the history store's Q2 2019/20) to 87.6%") != std::string::npos);
    CHECK(v.err.find("warning: 'NEET young people aged 16-17 (low = good)': the table states \"Better\" compared to the "
                     "previous data point but 2.1% (the history store's Q2 2019/20) to 1.9%") != std::string::npos);
    CHECK(v.err.find("Similar is published instead ['Better' -> 'Similar']") != std::string::npos);
}

TEST_CASE("a version 1 store is migrated forward", "[history][migration]") {
    ScratchDir dir("history-migrate");
    const std::string path = dir.file("v1.sqlite");
    {
        Poco::Data::SQLite::Connector::registerConnector();
        Poco::Data::Session s("SQLite", path);
        s << "CREATE TABLE observations (indicator_id TEXT NOT NULL, period TEXT NOT NULL, value REAL NOT NULL, "
             "PRIMARY KEY (indicator_id, period))", now;
        s << "INSERT INTO observations VALUES ('care-leavers-eet', 'Q1 2022/23', 58.2)", now;
        s << "INSERT INTO observations VALUES ('care-leavers-eet', 'Q4 2021/22', 57)", now;
        s << "PRAGMA user_version = 1", now;
    }
    HistoryStore store(path);
    CHECK(store.schema_version() == kHistorySchemaVersion);
    std::ostringstream out;
    store.export_csv(out);
    CHECK(out.str() ==
          "indicator id,period,value,joined to,restated at\ncare-leavers-eet,Q4 2021/22,57,,\ncare-leavers-eet,Q1 2022/23,58.20,,\n");
}

TEST_CASE("a version 2 store is migrated forward keeping every value", "[history][migration]") {
    ScratchDir dir("history-migrate-v2");
    const std::string path = dir.file("v2.sqlite");
    {
        Poco::Data::SQLite::Connector::registerConnector();
        Poco::Data::Session s("SQLite", path);
        s << "CREATE TABLE observations (indicator_id TEXT NOT NULL, period TEXT NOT NULL, value REAL NOT NULL,"
             " period_key TEXT NOT NULL DEFAULT '', shown TEXT NOT NULL DEFAULT '', unit TEXT NOT NULL DEFAULT"
             " 'other', decimals INTEGER NOT NULL DEFAULT 0, grouped INTEGER NOT NULL DEFAULT 0, source TEXT NOT"
             " NULL DEFAULT '', PRIMARY KEY (indicator_id, period))", now;
        s << "INSERT INTO observations VALUES ('care-leavers-eet', 'Q1 2022/23', 0.582, '2022-06', '58.20%', "
             "'percent', 2, 0, 'q1.tsv')", now;
        s << "INSERT INTO observations VALUES ('individuals-worked-with', 'Q1 2022/23', 3650, '2022-06', '3,650', "
             "'count', 0, 1, 'q1.tsv')", now;
        s << "PRAGMA user_version = 2", now;
    }
    HistoryStore store(path);
    CHECK(store.schema_version() == kHistorySchemaVersion);
    CHECK(store.aliases().empty());
    std::ostringstream out;
    store.export_csv(out);
    CHECK(out.str() == "indicator id,period,value,joined to,restated at\ncare-leavers-eet,Q1 2022/23,58.20%,,\n"
                       "individuals-worked-with,Q1 2022/23,\"3,650\",,\n");
}

TEST_CASE("a store from a newer scorecard is refused", "[history][migration]") {
    ScratchDir dir("history-newer");
    {
        Poco::Data::SQLite::Connector::registerConnector();
        Poco::Data::Session s("SQLite", dir.file("new.sqlite"));
        s << "PRAGMA user_version = 99", now;
    }
    CHECK_THROWS_WITH(HistoryStore(dir.file("new.sqlite")), Catch::Contains("newer than this scorecard understands"));
}

TEST_CASE("a damaged store is a clear I/O error and is left as it was", "[history][faults]") {
    ScratchDir dir("history-corrupt");
    write_file(dir.file("history.sqlite"), std::string(4096, 'x'));
    CommandResult r = run_scorecard({"build", fixture_path(kSeed), "-o", dir.path()});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("history.sqlite: history store:") != std::string::npos);
    CHECK(r.err.find("not a history store or is damaged") != std::string::npos);
    CHECK(read_file(dir.file("history.sqlite")) == std::string(4096, 'x'));
    CHECK_FALSE(file_exists(dir.file("children-families-2022-23-q3.xlsx")));
}

TEST_CASE("a store held by another program is a clear I/O error after the wait", "[history][faults]") {
    ScratchDir dir("history-locked");
    REQUIRE(run_scorecard({"build", fixture_path(kSeed), "-o", dir.path()}).exit_code == 0);
    const std::string before = exported(dir.file("history.sqlite"));
    const std::string workbook = read_file(dir.file("children-families-2022-23-q3.xlsx"));
    Poco::Data::Session holder("SQLite", dir.file("history.sqlite"));
    holder << "BEGIN EXCLUSIVE", now;
    CommandResult r = run_scorecard({"build", fixture_path("history/children-families-2022-23-q4-made-up.tsv"), "-o",
                                     dir.path()},
                                    {{"SCORECARD_HISTORY_WAIT", "1"}});
    holder << "ROLLBACK", now;
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("another build or program holds the store") != std::string::npos);
    CHECK_FALSE(file_exists(dir.file("children-families-2022-23-q4-made-up.xlsx")));
    CHECK(read_file(dir.file("children-families-2022-23-q3.xlsx")) == workbook);
    CHECK(exported(dir.file("history.sqlite")) == before);
}

TEST_CASE("history import says what each row did, and prints the count it stored", "[history][cli][integrity]") {
    ScratchDir dir("history-integrity");
    const std::string store = dir.file("h.sqlite");
    // Rows of another width are errors at the row: nothing is imported, and no store is made.
    write_file(dir.file("ragged.csv"), "indicator id,period,value\na,Q1 2022/23,1\nb,Q1 2022/23\nc,Q1 2022/23,3,extra\n");
    CommandResult r = run_scorecard({"history", "import", dir.file("ragged.csv"), "--history", store});
    INFO(r.err);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("ragged.csv:3:") != std::string::npos);
    CHECK(r.err.find("error: row has 2 cells; the header has 3") != std::string::npos);
    CHECK(r.err.find("ragged.csv:4:") != std::string::npos);
    CHECK(r.err.find("row has 4 cells; the header has 3") != std::string::npos);
    CHECK_FALSE(file_exists(store));

    // An id and period twice with different values is an error naming both lines.
    write_file(dir.file("conflict.csv"), "indicator id,period,value\na,Q1 2022/23,1\na,Q1 2022/23,2\n");
    r = run_scorecard({"history", "import", dir.file("conflict.csv"), "--history", store});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("conflict.csv:3:") != std::string::npos);
    CHECK(r.err.find("'a' Q1 2022/23 is 2 here but 1 on line 2") != std::string::npos);
    CHECK_FALSE(file_exists(store));

    // A repeated row, and "n/a" or blank values: warnings at their lines; the count is what was stored.
    write_file(dir.file("first.csv"),
               "indicator id,period,value\na,Q1 2022/23,1\na,Q1 2022/23,1\nb,Q1 2022/23,n/a\nb,Q2 2022/23,\nb,Q3 2022/23,5\n");
    r = run_scorecard({"history", "import", dir.file("first.csv"), "--history", store});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("imported 2 data points") != std::string::npos);
    CHECK(r.err.find("first.csv:3:1: warning: 'a' Q1 2022/23 repeats line 2 with the same value; it is stored once") !=
          std::string::npos);
    CHECK(r.err.find("first.csv:4:") != std::string::npos);
    CHECK(r.err.find("value 'n/a' for 'b' Q1 2022/23: nothing is recorded for it") != std::string::npos);
    CHECK(r.err.find("first.csv:5:") != std::string::npos);
    CHECK(r.err.find("no value for 'b' Q2 2022/23") != std::string::npos);

    // A second import that changes a stored value, and brings an id the store has never seen.
    write_file(dir.file("second.csv"), "indicator id,period,value\na,Q1 2022/23,1\nb,Q3 2022/23,6\nzz-new,Q3 2022/23,7\n");
    r = run_scorecard({"history", "import", dir.file("second.csv"), "--history", store});
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("imported 3 data points") != std::string::npos);
    CHECK(r.err.find("second.csv:3:1: warning: 'b' Q3 2022/23: replaces the stored value 5 with 6") != std::string::npos);
    CHECK(r.err.find("second.csv:4:1: warning: indicator id 'zz-new' is not in the store yet") != std::string::npos);
    CHECK(r.err.find("'a' Q1 2022/23: replaces") == std::string::npos);  // the same value: nothing changed
}

TEST_CASE("history export guards ids a spreadsheet would run, and import reads them back", "[history][cli][integrity]") {
    ScratchDir dir("history-formula");
    const std::string store = dir.file("h.sqlite");
    write_file(dir.file("in.csv"), "indicator id,period,value\n\"=HYPERLINK(\"\"x\"\")\",Q1 2022/23,1\n+44,Q1 2022/23,2\n"
                                   "-minus,Q1 2022/23,3\n@at,Q1 2022/23,4\nplain,Q1 2022/23,5\n");
    REQUIRE(run_scorecard({"history", "import", dir.file("in.csv"), "--history", store}).exit_code == 0);
    REQUIRE(run_scorecard({"history", "export", dir.file("out.csv"), "--history", store}).exit_code == 0);
    const std::string out = read_file(dir.file("out.csv"));
    INFO(out);
    // Each row: id, period, value, then "joined to" and "restated at", empty here.
    CHECK(out.find("\"'=HYPERLINK(\"\"x\"\")\",Q1 2022/23,1,,\n") != std::string::npos);
    CHECK(out.find("'+44,Q1 2022/23,2,,\n") != std::string::npos);
    CHECK(out.find("'-minus,Q1 2022/23,3,,\n") != std::string::npos);
    CHECK(out.find("'@at,Q1 2022/23,4,,\n") != std::string::npos);
    CHECK(out.find("\nplain,Q1 2022/23,5,,\n") != std::string::npos);
    // No line of the file begins a cell with a formula character.
    for (char c : std::string("=+-@")) CHECK(out.find(std::string("\n") + c) == std::string::npos);
    // Imported again into a new store, the ids are the ids, not the guarded text.
    const std::string again = dir.file("again.sqlite");
    REQUIRE(run_scorecard({"history", "import", dir.file("out.csv"), "--history", again}).exit_code == 0);
    REQUIRE(run_scorecard({"history", "export", dir.file("again.csv"), "--history", again}).exit_code == 0);
    CHECK(read_file(dir.file("again.csv")) == out);
}

TEST_CASE("a stored value that is not a number is left out with a warning, not read as zero", "[history][integrity]") {
    ScratchDir dir("history-text-value");
    const std::string store = dir.file("h.sqlite");
    REQUIRE(run_scorecard({"history", "import", fixture_path("history/2019-20-earlier-quarters-made-up.csv"), "--history",
                           store})
                .exit_code == 0);
    {
        // Another program wrote text where a number belongs (SQLite keeps it as text).
        Poco::Data::SQLite::Connector::registerConnector();
        Poco::Data::Session s("SQLite", store);
        s << "UPDATE observations SET value = 'eighty-four' WHERE indicator_id = "
             "'single-assessments-completed-within-45-days' AND period = 'Q1 2019/20'",
            Poco::Data::Keywords::now;
    }
    CommandResult v = run_scorecard({"validate", fixture_path("children-families-2019-20-q3.txt"), "--history", store});
    INFO(v.err);
    CHECK(v.exit_code == 0);
    CHECK(v.err.find("h.sqlite: warning: the history store holds the text 'eighty-four' for "
                     "'single-assessments-completed-within-45-days' Q1 2019/20, not a number: that point is left out") !=
          std::string::npos);
}

TEST_CASE("hostile ids go through history export and back unchanged", "[history][cli][hostile]") {
    ScratchDir dir("history-hostile");
    // Ids the table reader would take: valid UTF-8 without controls or noncharacters, not empty,
    // not blank, and short enough to be an id. Trimmed as every cell is.
    std::string csv = "indicator id,period,value\n";
    std::vector<std::string> ids;
    for (const auto& h : hostile_strings()) {
        if (!h.valid_utf8 || h.has_control || h.xml_illegal || h.text.size() > 200) continue;
        if (h.text.find_first_of("\r\n\t") != std::string::npos) continue;
        if (h.text.find("\xEF\xB7\x90") != std::string::npos || h.text.find("\xF0\x9F\xBF\xBE") != std::string::npos ||
            h.text.find("\xF4\x8F\xBF\xBF") != std::string::npos)
            continue;  // noncharacters, refused by the reader
        const std::string id = trim(h.text);
        if (id.empty()) continue;
        ids.push_back(id);
        csv += csv_field(id) + ",Q1 2022/23,1\n";
    }
    REQUIRE(ids.size() > 20);
    write_file(dir.file("in.csv"), csv);
    const CommandResult imported = run_scorecard({"history", "import", dir.file("in.csv"), "--history", dir.file("a.sqlite")});
    INFO(imported.err);
    REQUIRE(imported.exit_code == 0);
    CHECK(imported.out.find("imported " + std::to_string(ids.size()) + " data points") != std::string::npos);
    REQUIRE(run_scorecard({"history", "export", dir.file("out.csv"), "--history", dir.file("a.sqlite")}).exit_code == 0);
    const std::string out = read_file(dir.file("out.csv"));
    for (char c : std::string("=+-@")) CHECK(out.find(std::string("\n") + c) == std::string::npos);
    REQUIRE(run_scorecard({"history", "import", dir.file("out.csv"), "--history", dir.file("b.sqlite")}).exit_code == 0);
    REQUIRE(run_scorecard({"history", "export", dir.file("again.csv"), "--history", dir.file("b.sqlite")}).exit_code == 0);
    CHECK(read_file(dir.file("again.csv")) == out);
    // Every id is in the export, guarded or as it was.
    for (const auto& id : ids) {
        INFO(id);
        const bool guarded = std::string("=+-@").find(id[0]) != std::string::npos;
        const std::string cell = guarded ? "'" + id : id;
        // The export quotes only what RFC 4180 needs (a comma, a quote, a line break).
        std::string written = cell;
        if (cell.find_first_of(",\"\r\n") != std::string::npos) {
            written = "\"";
            for (char c : cell) written += c == '"' ? std::string("\"\"") : std::string(1, c);
            written += "\"";
        }
        CHECK(out.find(written + ",Q1 2022/23,1,,\n") != std::string::npos);
    }
}
