// Four made-up quarters built in order into one folder (fixtures/quarters): the warnings for
// new, dropped and likely renamed indicators, the alias that joins a renamed indicator's
// series, and undoing it.
#include <catch2/catch.hpp>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <map>
#include <sstream>

#include "pipeline/driver/pipeline_run.hpp"
#include "pipeline/history/history_store.hpp"
#include "stages/compute/identity.hpp"
#include "support/model_fixtures.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"

using namespace scorecard;
using namespace scorecard::test;

namespace {

std::string quarter(int q) { return fixture_path("quarters/made-up-2023-24-q" + std::to_string(q) + ".csv"); }

const std::string kOldId = "children-electively-educated-at-home";
const std::string kNewId = "children-electively-home-educated";

// Builds Q1..Q`last` in order into `out`, each required to succeed; returns the last build.
CommandResult build_quarters(const std::string& out, int last) {
    CommandResult r;
    for (int q = 1; q <= last; ++q) {
        r = run_scorecard({"build", quarter(q), "-o", out});
        REQUIRE(r.exit_code == 0);
    }
    return r;
}

std::size_t count_of(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

}  // namespace

TEST_CASE("names that drift: alike names, themes and topics score high, others low", "[history][identity]") {
    CHECK(name_similarity("Children Electively Educated at Home", "Children electively home educated") > 0.85);
    CHECK(name_similarity("Repeat referrals within 12 months", "Families supported by Early Help") < 0.3);
    CHECK(indicator_similarity("Children Electively Educated at Home", "Education", "Learning",
                               "Children electively home educated", "Education", "Learning") >=
          kLikelyRenameSimilarity);
    // Alike names in another theme and topic are not taken for a rename on their name alone.
    CHECK(indicator_similarity("Care leavers in education", "Care leavers", "Care", "Care leavers in employment",
                               "Youth justice", "Justice") < kLikelyRenameSimilarity);
}

TEST_CASE("quarter after quarter: new, dropped and likely renamed indicators are warnings with the command",
          "[history][identity][build]") {
    ScratchDir dir("quarters-identity");
    const std::string out = dir.file("out");
    const std::string store = out + "/history.sqlite";
    // Q1 to Q3 keep their indicators (Q3 writes one name in other capitals: the same id).
    for (int q = 1; q <= 3; ++q) {
        CommandResult r = run_scorecard({"build", quarter(q), "-o", out});
        REQUIRE(r.exit_code == 0);
        CHECK(r.err.find("likely-renamed") == std::string::npos);
        CHECK(r.err.find("is new this period") == std::string::npos);
        CHECK(r.err.find("is not in this table") == std::string::npos);
    }
    CommandResult q4 = run_scorecard({"build", quarter(4), "-o", out});
    REQUIRE(q4.exit_code == 0);
    CHECK(q4.err.find("made-up-2023-24-q4.csv:3:35: warning: 'Children electively home educated' (id " + kNewId +
                      ") is new this period and looks like 'Children Electively Educated at Home' (id " + kOldId +
                      ") of FY2023/24 Q3 renamed") != std::string::npos);
    CHECK(q4.err.find("join their series: scorecard history alias " + kOldId + " " + kNewId + " --history " + store) !=
          std::string::npos);
    CHECK(q4.err.find("warning: 'Families supported by Early Help' (id families-supported-by-early-help) is new this "
                      "period") != std::string::npos);
    CHECK(q4.err.find("warning: 'Repeat referrals within 12 months' (id repeat-referrals-within-12-months) of the "
                      "FY2023/24 Q3 scorecard is not in this table") != std::string::npos);
    // The renamed pair is one warning, not also a "new" and a "dropped" one.
    CHECK(count_of(q4.err, "'Children electively home educated'") == 1);
    CHECK(count_of(q4.err, "'Children Electively Educated at Home'") == 1);
}

TEST_CASE("an alias joins two ids into one series everywhere, shown by export and undone by unalias",
          "[history][identity][build]") {
    ScratchDir dir("quarters-alias");
    const std::string out = dir.file("out");
    const std::string store = out + "/history.sqlite";
    build_quarters(out, 4);

    CommandResult joined = run_scorecard({"history", "alias", kOldId, kNewId, "--history", store});
    REQUIRE(joined.exit_code == 0);
    CHECK(joined.out == "joined " + kOldId + " to " + kNewId + " in " + store + "\n");
    CommandResult exported = run_scorecard({"history", "export", "--history", store});
    REQUIRE(exported.exit_code == 0);
    CHECK(exported.out.find(kOldId + ",Q1 2023/24,310," + kNewId + ",\n") != std::string::npos);
    CHECK(exported.out.find(kNewId + ",Q4 2023/24,350,,\n") != std::string::npos);

    // Joined: the rebuild no longer warns, it notes the join; the new id's history holds the
    // old id's points (Q3 is the table's own Previous Value, Q4 its latest).
    CommandResult again = run_scorecard({"build", quarter(4), "-o", out});
    REQUIRE(again.exit_code == 0);
    CHECK(again.err.find("looks like") == std::string::npos);
    CHECK(again.err.find("'Children electively home educated'") == std::string::npos);
    {
        HistoryStore opened(store);
        CheckedScorecard q4 = read_and_check(quarter(4), {}, &opened);
        const Indicator& renamed = indicator_named(q4.scorecard, "Children electively home educated");
        REQUIRE(renamed.history.size() == 3);
        CHECK(renamed.history[0].period.text == "Q4 2022/23");
        CHECK(display_text(renamed.history[0].value) == "300");
        CHECK(renamed.history[2].period.text == "Q2 2023/24");
        CHECK(display_text(renamed.history[2].value) == "320");
        bool noted = false;
        for (const auto& f : q4.findings.all())
            noted = noted || (f.code == "joined-indicator" && f.where.line == 3 &&
                              f.message.find("continues 'Children Electively Educated at Home' (id " + kOldId) !=
                                  std::string::npos);
        CHECK(noted);
        bool listed = false;
        for (const auto& c : q4.scorecard.identity_changes)
            listed = listed || (c.kind == IdentityChangeKind::Joined && c.id == kNewId && c.earlier_id == kOldId);
        CHECK(listed);
    }

    // Refused: joined already elsewhere, a loop, an unknown id, an id to itself (exit 2, nothing changed).
    CHECK(run_scorecard({"history", "alias", kOldId, "other", "--history", store}).exit_code == 2);
    CommandResult loop = run_scorecard({"history", "alias", kNewId, kOldId, "--history", store});
    CHECK(loop.exit_code == 2);
    CHECK(loop.err.find("would make a loop") != std::string::npos);
    CommandResult unknown = run_scorecard({"history", "alias", "no-such-id", kNewId, "--history", store});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err.find("has no indicator no-such-id") != std::string::npos);
    CHECK(run_scorecard({"history", "alias", kOldId, kOldId, "--history", store}).exit_code == 2);
    CHECK(run_scorecard({"history", "alias", kOldId, "--history", store}).exit_code == 2);
    CHECK(run_scorecard({"history", "alias", kOldId, kNewId, "--history", dir.file("none.sqlite")}).exit_code == 2);
    CHECK(run_scorecard({"history", "alias", kOldId, kNewId, "--history", store, "--force"}).exit_code == 2);
    CHECK(run_scorecard({"history", "export", "--history", store}).out == exported.out);

    // Undone: the two series are apart again and the rebuild warns as before.
    CommandResult separated = run_scorecard({"history", "unalias", kOldId, "--history", store});
    REQUIRE(separated.exit_code == 0);
    CHECK(run_scorecard({"history", "export", "--history", store}).out.find(kOldId + ",Q1 2023/24,310,,\n") !=
          std::string::npos);
    CHECK(run_scorecard({"build", quarter(4), "-o", out}).err.find("looks like") != std::string::npos);
    CHECK(run_scorecard({"history", "unalias", kOldId, "--history", store}).exit_code == 2);
}

TEST_CASE("a restated previous value is a warning naming both; the store keeps both and export shows them",
          "[history][restatement][build]") {
    ScratchDir dir("quarters-restated");
    const std::string out = dir.file("out");
    const std::string store = out + "/history.sqlite";
    build_quarters(out, 3);
    CommandResult q4 = run_scorecard({"build", quarter(4), "-o", out});
    REQUIRE(q4.exit_code == 0);
    CHECK(q4.err.find("made-up-2023-24-q4.csv:4:107: warning: 'Care leavers in education, employment or training': the "
                      "table restates Q3 2023/24 as 25.00%; the history store recorded 21.40%.") != std::string::npos);
    // Unchanged previous values are not restatements.
    CHECK(count_of(q4.err, "restates") == 1);
    const std::string exported = run_scorecard({"history", "export", "--history", store}).out;
    const std::string id = "care-leavers-in-education-employment-or-training";
    const std::size_t current = exported.find(id + ",Q3 2023/24,25.00%,,\n");
    const std::size_t earlier = exported.find(id + ",Q3 2023/24,21.40%,,20");  // restated at 20..-..-..T..Z
    CHECK(current != std::string::npos);
    CHECK(earlier != std::string::npos);
    CHECK(current < earlier);
    // Re-running Q4 restates nothing more; an export imported again leaves restated rows out.
    REQUIRE(run_scorecard({"build", quarter(4), "-o", out}).exit_code == 0);
    CHECK(count_of(run_scorecard({"history", "export", "--history", store}).out, id + ",Q3 2023/24,") == 2);
    write_file(dir.file("export.csv"), exported);
    REQUIRE(run_scorecard({"history", "import", dir.file("export.csv"), "--history", dir.file("copy.sqlite")})
                .exit_code == 0);
    const std::string copy = run_scorecard({"history", "export", "--history", dir.file("copy.sqlite")}).out;
    CHECK(copy.find(id + ",Q3 2023/24,25.00%,,\n") != std::string::npos);
    CHECK(copy.find("21.40%") == std::string::npos);
}

TEST_CASE("the trend uses the table's previous value; a note says when it used the store's", "[history][restatement]") {
    ScratchDir dir("quarters-previous-point");
    const std::string out = dir.file("out");
    build_quarters(out, 2);
    // Q3's table has no Q2 value for children in care: the store's Q1 point is compared with.
    CommandResult v = run_scorecard({"validate", quarter(3), "--history", out + "/history.sqlite"});
    CHECK(v.exit_code == 0);
    CHECK(v.err.find("note: 'Children in care per 10,000 children': the table states no previous value; trend and "
                     "direction compare 62.5 with the history store's Q1 2023/24 value 61.0") != std::string::npos);
    CHECK(count_of(v.err, "the table states no previous value") == 1);
}

TEST_CASE("validate --format json lists the identity changes and the summary a build would print",
          "[history][identity][json]") {
    ScratchDir dir("quarters-json");
    const std::string out = dir.file("out");
    const std::string store = out + "/history.sqlite";
    build_quarters(out, 3);
    CommandResult v = run_scorecard({"validate", quarter(4), "--history", store, "--format", "json"});
    REQUIRE(v.exit_code == 0);
    Poco::JSON::Object::Ptr root = Poco::JSON::Parser().parse(v.out).extract<Poco::JSON::Object::Ptr>();
    Poco::JSON::Object::Ptr earlier = root->getObject("earlier");
    REQUIRE(earlier);
    CHECK(earlier->getValue<std::string>("period") == "FY2023/24 Q3");
    CHECK(earlier->getValue<std::string>("store") == store);

    std::map<std::string, int> kinds;
    bool renamed = false;
    Poco::JSON::Array::Ptr changes = root->getArray("identity_changes");
    REQUIRE(changes);
    for (std::size_t i = 0; i < changes->size(); ++i) {
        Poco::JSON::Object::Ptr c = changes->getObject(static_cast<unsigned>(i));
        ++kinds[c->getValue<std::string>("kind")];
        if (c->getValue<std::string>("kind") != "likely renamed") continue;
        renamed = c->getValue<std::string>("id") == kNewId && c->getValue<std::string>("earlier_id") == kOldId &&
                  c->getValue<double>("similarity") >= kLikelyRenameSimilarity &&
                  c->getValue<std::string>("join_command") ==
                      "scorecard history alias " + kOldId + " " + kNewId + " --history " + store;
    }
    CHECK(renamed);
    CHECK(kinds["likely renamed"] == 1);
    CHECK(kinds["new"] == 1);
    CHECK(kinds["dropped"] == 1);

    // The summary's counts add up to the table's indicators, this period and the one before.
    Poco::JSON::Object::Ptr summary = root->getObject("summary");
    REQUIRE(summary);
    CHECK(summary->getValue<std::string>("earlier_period") == "FY2023/24 Q3");
    auto total = [](const Poco::JSON::Object::Ptr& c) {
        return c->getValue<int>("green") + c->getValue<int>("amber") + c->getValue<int>("red") +
               c->getValue<int>("not_rated");
    };
    int indicators = 0;
    Poco::JSON::Array::Ptr groups = root->getArray("groups");
    for (std::size_t g = 0; g < groups->size(); ++g)
        indicators += static_cast<int>(groups->getObject(static_cast<unsigned>(g))->getArray("indicators")->size());
    CHECK(total(summary->getObject("counts")) == indicators);
    CHECK(total(summary->getObject("earlier_counts")) > 0);
    CHECK(summary->getArray("rating_changes")->size() >= 1);

    // Without a store there is nothing to compare with: no earlier scorecard, no changes.
    CommandResult alone = run_scorecard({"validate", quarter(4), "--format", "json"});
    REQUIRE(alone.exit_code == 0);
    Poco::JSON::Object::Ptr lone = Poco::JSON::Parser().parse(alone.out).extract<Poco::JSON::Object::Ptr>();
    CHECK_FALSE(lone->has("earlier"));
    CHECK(lone->getArray("identity_changes")->size() == 0);
    CHECK_FALSE(lone->getObject("summary")->has("earlier_counts"));
}
