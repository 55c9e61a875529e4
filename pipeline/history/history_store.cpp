#include "history_store.hpp"

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/SQLite/SQLiteException.h>
#include <Poco/Exception.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>
#include <algorithm>
#include <map>
#include <set>
#include <mutex>
#include <ostream>
#include <vector>

#include "stages/model/input_file.hpp"
#include "stages/model/text_utils.hpp"
#include <Poco/File.h>
#include <Poco/Path.h>

#include "stages/ingest/delimited_file.hpp"

using namespace Poco::Data::Keywords;

namespace scorecard {

namespace {

// A cell a spreadsheet would take as a formula, with an apostrophe before it (the usual guard).
bool formula_like(const std::string& text) {
    return !text.empty() && std::string("=+-@\t\r").find(text[0]) != std::string::npos;
}
std::string formula_guarded(const std::string& text) { return formula_like(text) ? "'" + text : text; }

// An id as exported: the apostrophe guarding a formula-like id is not part of it.
std::string unguarded_id(const std::string& cell) {
    if (cell.size() > 1 && cell[0] == '\'' && formula_like(cell.substr(1))) return cell.substr(1);
    return cell;
}

void register_sqlite() {
    static std::once_flag once;
    std::call_once(once, [] { Poco::Data::SQLite::Connector::registerConnector(); });
}

// Version 1 stored only the value; version 2 adds what is needed to show it as the table did
// and to sort periods of mixed kinds.
const char* kCreateV2 =
    "CREATE TABLE IF NOT EXISTS observations ("
    " indicator_id TEXT NOT NULL,"
    " period TEXT NOT NULL,"
    " value REAL NOT NULL,"
    " period_key TEXT NOT NULL DEFAULT '',"
    " shown TEXT NOT NULL DEFAULT '',"
    " unit TEXT NOT NULL DEFAULT 'other',"
    " decimals INTEGER NOT NULL DEFAULT 0,"
    " grouped INTEGER NOT NULL DEFAULT 0,"
    " source TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (indicator_id, period))";

// Version 3 adds the scorecards each build recorded, with every indicator's name, theme, topic
// and ratings (published and as the table stated them), and the aliases that join two ids.
const char* const kCreateV3[] = {
    "CREATE TABLE IF NOT EXISTS editions ("
    " period TEXT PRIMARY KEY,"
    " period_key TEXT NOT NULL,"
    " source TEXT NOT NULL DEFAULT '',"
    " recorded_at TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE IF NOT EXISTS edition_indicators ("
    " period TEXT NOT NULL,"
    " indicator_id TEXT NOT NULL,"
    " name TEXT NOT NULL DEFAULT '',"
    " theme TEXT NOT NULL DEFAULT '',"
    " topic TEXT NOT NULL DEFAULT '',"
    " published_rag TEXT NOT NULL DEFAULT '',"
    " stated_rag TEXT NOT NULL DEFAULT '',"
    " published_trend TEXT NOT NULL DEFAULT '',"
    " stated_trend TEXT NOT NULL DEFAULT '',"
    " published_direction TEXT NOT NULL DEFAULT '',"
    " stated_direction TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (period, indicator_id))",
    "CREATE TABLE IF NOT EXISTS aliases ("
    " old_id TEXT PRIMARY KEY,"
    " new_id TEXT NOT NULL,"
    " joined_at TEXT NOT NULL DEFAULT '')",
};

const char* const kCreateV4 =
    "CREATE TABLE IF NOT EXISTS restatements ("
    " indicator_id TEXT NOT NULL,"
    " period TEXT NOT NULL,"
    " value REAL NOT NULL,"
    " shown TEXT NOT NULL DEFAULT '',"
    " source TEXT NOT NULL DEFAULT '',"
    " restated_at TEXT NOT NULL,"
    " restated_by TEXT NOT NULL DEFAULT '')";

// Now in UTC, ISO 8601, for when a row was recorded.
std::string utc_now() {
    std::time_t t = std::time(nullptr);
    std::tm parts{};
    gmtime_r(&t, &parts);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return text;
}

Unit unit_from_name(const std::string& name) {
    if (name == "percent") return Unit::Percent;
    if (name == "count") return Unit::Count;
    return Unit::Other;
}

std::string describe(const Poco::Exception& e) {
    std::string text = e.displayText();
    if (text.find("locked") != std::string::npos || text.find("busy") != std::string::npos)
        return text + " (another build or program holds the store; try again when it has finished)";
    if (text.find("disk is full") != std::string::npos || text.find("disk I/O") != std::string::npos)
        return text + " (is the disk full? nothing was recorded)";
    if (text.find("not a database") != std::string::npos || text.find("malformed") != std::string::npos ||
        text.find("corrupt") != std::string::npos)
        return text + " (the file is not a history store or is damaged; restore it from a backup, or move it "
                      "aside and import past quarters again)";
    return text;
}

}  // namespace

bool history_wait_from_environment(int* seconds, std::string* problem) {
    const char* text = std::getenv("SCORECARD_HISTORY_WAIT");
    if (!text || !*text) {
        *seconds = 30;
        return true;
    }
    const std::string value = text;
    const bool digits = value.size() <= 6 && value.find_first_not_of("0123456789") == std::string::npos;
    if (!digits || std::stoi(value) > kMaxHistoryWait) {
        *problem = "SCORECARD_HISTORY_WAIT=\"" + value + "\" is not a wait: give whole seconds from 0 to " +
                   std::to_string(kMaxHistoryWait);
        return false;
    }
    *seconds = std::stoi(value);
    return true;
}

namespace {

HistoryRow row_for(const std::string& id, const Period& period, const Value& value) {
    HistoryRow r;
    r.id = id;
    r.period = canonical_period_text(period);
    r.key = period_sort_key(parse_period(r.period));
    r.value = value.number;
    r.shown = display_text(value);
    r.unit = unit_name(value.unit);
    r.decimals = value.decimals;
    r.grouped = value.grouped ? 1 : 0;
    return r;
}

}  // namespace

HistoryStore::HistoryStore(const std::string& path, int wait_seconds) : path_(path) {
    register_sqlite();
    std::string wait_problem;
    if (wait_seconds < 0 && !history_wait_from_environment(&wait_seconds, &wait_problem))
        throw HistoryError(wait_problem);
    // SQLite would wait forever on a named pipe and fail obscurely on a device or a folder.
    const std::string not_a_file = why_not_a_regular_file(path);
    if (!not_a_file.empty() && not_a_file != "no such file")
        throw HistoryError(path + ": history store " + not_a_file);
    try {
        // A new store may be asked for in a folder not made yet (--history new/place.sqlite).
        Poco::Path parent = Poco::Path(path).parent();
        if (!parent.toString().empty()) Poco::File(parent).createDirectories();
        session_ = std::make_unique<Poco::Data::Session>("SQLite", path);
        // Another build recording into the same store waits its turn instead of failing.
        session_->setConnectionTimeout(static_cast<std::size_t>(wait_seconds));
        migrate();
    } catch (const Poco::Exception& e) {
        throw HistoryError(path + ": history store: " + describe(e));
    }
}

HistoryStore::~HistoryStore() {
    try {
        if (in_transaction_) rollback();
    } catch (...) {
        // The connection closes regardless, and SQLite rolls back what was not committed.
    }
}

int HistoryStore::schema_version() {
    int version = 0;
    *session_ << "PRAGMA user_version", into(version), now;
    return version;
}

void HistoryStore::migrate() {
    int version = schema_version();
    if (version > kHistorySchemaVersion)
        throw HistoryError(path_ + ": history store has schema version " + std::to_string(version) +
                           ", newer than this scorecard understands (" + std::to_string(kHistorySchemaVersion) +
                           "); use a newer scorecard");
    if (version == kHistorySchemaVersion) return;
    *session_ << "BEGIN IMMEDIATE", now;
    try {
        // A new store starts at version 2's table; an older one is migrated one step at a time,
        // all in one transaction, so a store is never left half migrated.
        if (version == 0) {
            *session_ << kCreateV2, now;
            version = 2;
        }
        for (; version < kHistorySchemaVersion; ++version) migrate_step(version);
        *session_ << "PRAGMA user_version = " + std::to_string(kHistorySchemaVersion), now;
        *session_ << "COMMIT", now;
    } catch (...) {
        // SQLite may have rolled back already (a full disk does that): the failure to report is
        // the first one, not "no transaction is active".
        try {
            *session_ << "ROLLBACK", now;
        } catch (...) {
        }
        throw;
    }
}

void HistoryStore::migrate_step(int from_version) {
    if (from_version == 1) {
        // Version 1: (indicator_id, period, value). Add the columns and fill them in.
        for (const char* column : {"period_key TEXT NOT NULL DEFAULT ''", "shown TEXT NOT NULL DEFAULT ''",
                                   "unit TEXT NOT NULL DEFAULT 'other'", "decimals INTEGER NOT NULL DEFAULT 0",
                                   "grouped INTEGER NOT NULL DEFAULT 0", "source TEXT NOT NULL DEFAULT ''"})
            *session_ << "ALTER TABLE observations ADD COLUMN " + std::string(column), now;
        std::vector<std::string> ids, periods;
        std::vector<double> values;
        *session_ << "SELECT indicator_id, period, value FROM observations", into(ids), into(periods), into(values),
            now;
        for (std::size_t i = 0; i < ids.size(); ++i) {
            std::string key = period_sort_key(parse_period(periods[i]));
            std::string shown = format_figure(values[i], Unit::Other, std::floor(values[i]) == values[i] ? 0 : 2, false);
            *session_ << "UPDATE observations SET period_key = ?, shown = ? WHERE indicator_id = ? AND period = ?",
                use(key), use(shown), use(ids[i]), use(periods[i]), now;
        }
    } else if (from_version == 3) {
        // Version 4: values replaced by a later table's restatement, kept with when.
        *session_ << kCreateV4, now;
    } else if (from_version == 2) {
        // Version 3: the scorecards recorded (their indicators' names and ratings), and aliases.
        for (const char* statement : kCreateV3) *session_ << statement, now;
    }
}

void HistoryStore::lock_for_writing() {
    if (in_transaction_) return;
    try {
        // EXCLUSIVE waits until no other connection reads or writes, so once it is held the
        // commit cannot fail for a lock: a build takes it before putting its outputs in place.
        *session_ << "BEGIN EXCLUSIVE", now;
        in_transaction_ = true;
    } catch (const Poco::Exception& e) {
        throw HistoryError(path_ + ": history store: " + describe(e));
    }
}

void HistoryStore::close() {
    rollback();
    session_.reset();
}

void publish_new_store(const std::string& made, const std::string& path) {
    // Never over a store that appeared meanwhile (another build made one): that one is kept.
    if (::renameat2(AT_FDCWD, made.c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE) == 0) return;
    int error = errno;
    if (error == EINVAL || error == ENOSYS) {  // a file system without it: a hard link is as safe
        if (::link(made.c_str(), path.c_str()) == 0) {
            ::unlink(made.c_str());
            return;
        }
        error = errno;
    }
    if (error == EEXIST)
        throw HistoryError(path + ": another build made this history store while this one was recording; nothing "
                                  "was changed: build again to record into it");
    throw HistoryError(path + ": cannot put the new history store in place: " + std::strerror(error));
}

void HistoryStore::begin() {
    if (in_transaction_) return;
    // IMMEDIATE takes the write lock at once, so two builds queue rather than deadlock.
    *session_ << "BEGIN IMMEDIATE", now;
    in_transaction_ = true;
}

void HistoryStore::commit() {
    if (!in_transaction_) return;
    try {
        *session_ << "COMMIT", now;
        in_transaction_ = false;
    } catch (const Poco::Exception& e) {
        throw HistoryError(path_ + ": history store: could not record the build: " + describe(e));
    }
}

void HistoryStore::rollback() {
    if (!in_transaction_) return;
    in_transaction_ = false;
    try {
        *session_ << "ROLLBACK", now;
    } catch (const Poco::Exception&) {
        // Already rolled back by SQLite (after a full disk, for one); nothing is left to undo.
    }
}

std::map<std::string, std::string> HistoryStore::resolved_aliases() {
    std::map<std::string, std::string> direct;
    for (const auto& [old_id, new_id] : aliases()) direct[old_id] = new_id;
    std::map<std::string, std::string> resolved;
    for (const auto& [old_id, new_id] : direct) {
        std::string end = new_id;
        // add_alias refuses loops; the bound keeps a store edited by hand from hanging a build.
        for (std::size_t step = 0; step < direct.size(); ++step) {
            auto next = direct.find(end);
            if (next == direct.end()) break;
            end = next->second;
        }
        resolved[old_id] = end;
    }
    return resolved;
}

std::vector<std::pair<std::string, std::string>> HistoryStore::aliases() {
    std::vector<std::string> old_ids, new_ids;
    *session_ << "SELECT old_id, new_id FROM aliases ORDER BY old_id", into(old_ids), into(new_ids), now;
    std::vector<std::pair<std::string, std::string>> out;
    for (std::size_t i = 0; i < old_ids.size(); ++i) out.emplace_back(old_ids[i], new_ids[i]);
    return out;
}

void HistoryStore::load_into(Scorecard& scorecard, Findings* findings) {
    std::map<std::string, std::vector<Indicator*>> by_id;
    try {
        const std::map<std::string, std::string> series = resolved_aliases();
        auto series_of = [&](const std::string& id) {
            auto it = series.find(id);
            return it == series.end() ? id : it->second;
        };
        scorecard.for_each_indicator([&](Indicator& i) { by_id[series_of(i.id)].push_back(&i); });
        // A value that is not a number (NULL, or text another program wrote) would read as 0:
        // such a row is left out, and said, for each indicator of this table it concerns.
        std::vector<std::string> bad_ids, bad_periods, bad_types, bad_texts;
        *session_ << "SELECT indicator_id, period, typeof(value), COALESCE(CAST(value AS TEXT), '') FROM observations "
                     "WHERE typeof(value) NOT IN ('real', 'integer') ORDER BY indicator_id, period_key",
            into(bad_ids), into(bad_periods), into(bad_types), into(bad_texts), now;
        for (std::size_t r = 0; r < bad_ids.size() && findings; ++r) {
            if (!by_id.count(series_of(bad_ids[r]))) continue;
            Finding& f = findings->warning(
                "store-not-a-number", {0, 0, 0},
                "the history store holds " + (bad_types[r] == "null" ? std::string("no value (NULL)") : "the text " + quoted(bad_texts[r])) +
                    " for " + quoted(bad_ids[r]) + " " + bad_periods[r] + ", not a number: that point is left out");
            f.file = path_;
        }
        std::vector<std::string> ids, periods, shown, units;
        std::vector<double> values;
        std::vector<int> decimals, grouped;
        *session_ << "SELECT indicator_id, period, value, shown, unit, decimals, grouped FROM observations "
                     "WHERE typeof(value) IN ('real', 'integer') ORDER BY period_key, indicator_id",
            into(ids), into(periods), into(values), into(shown), into(units), into(decimals), into(grouped), now;
        // Per indicator, one point per period: a point stored under the indicator's own id wins
        // over one stored under an id joined to it.
        std::map<Indicator*, std::map<std::string, std::pair<bool, HistoryPoint>>> points;
        std::map<Indicator*, std::vector<std::string>> period_order;
        for (std::size_t r = 0; r < ids.size(); ++r) {
            auto it = by_id.find(series_of(ids[r]));
            if (it == by_id.end()) continue;
            HistoryPoint point;
            point.period = parse_period(periods[r]);
            point.value.state = ValueState::Number;
            point.value.number = values[r];
            point.value.unit = unit_from_name(units[r]);
            point.value.decimals = decimals[r];
            point.value.grouped = grouped[r] != 0;
            point.value.text = shown[r];
            const std::string key = canonical_period_text(point.period);
            for (Indicator* ind : it->second) {
                // Only points before the table's latest period: a store that already holds
                // later quarters must not make an older scorecard's chart run ahead of it.
                const Period latest = ind->latest_period;
                if (latest.is_known() && point.period.is_known() && !period_before(point.period, latest)) continue;
                const bool own = ids[r] == ind->id;
                // The table's own previous value is the table's to state, not the store's; the
                // store's is kept beside it so that a restatement is reported.
                if (key == canonical_period_text(ind->previous_period) && ind->previous.is_number()) {
                    if (own || !ind->stored_previous.is_number()) ind->stored_previous = point.value;
                    continue;
                }
                auto& slot = points[ind];
                auto found = slot.find(key);
                if (found == slot.end()) {
                    slot.emplace(key, std::make_pair(own, point));
                    period_order[ind].push_back(key);
                } else if (own && !found->second.first) {
                    found->second = std::make_pair(own, point);
                }
            }
        }
        for (auto& [ind, keys] : period_order)
            for (const auto& key : keys) ind->history.push_back(points[ind][key].second);
        load_earlier_edition(scorecard, series);
    } catch (const Poco::Exception& e) {
        throw HistoryError(path_ + ": history store: cannot read: " + describe(e));
    }
}

void HistoryStore::load_earlier_edition(Scorecard& scorecard, const std::map<std::string, std::string>& series) {
    EarlierEdition& earlier = scorecard.earlier;
    earlier = EarlierEdition{};
    earlier.store = shown_path_.empty() ? path_ : shown_path_;
    earlier.aliases.assign(series.begin(), series.end());
    const Period period = parse_period(scorecard.period);
    if (!period.is_known()) return;
    std::string key = period_sort_key(period);
    std::vector<std::string> found;
    *session_ << "SELECT period FROM editions WHERE period_key < ? ORDER BY period_key DESC LIMIT 1", use(key),
        into(found), now;
    if (found.empty()) return;
    earlier.loaded = true;
    earlier.period = found[0];
    std::vector<std::string> ids, names, themes, topics, prag, srag, ptrend, strend, pdir, sdir;
    *session_ << "SELECT indicator_id, name, theme, topic, published_rag, stated_rag, published_trend, stated_trend, "
                 "published_direction, stated_direction FROM edition_indicators WHERE period = ? ORDER BY rowid",
        use(found[0]), into(ids), into(names), into(themes), into(topics), into(prag), into(srag), into(ptrend),
        into(strend), into(pdir), into(sdir), now;
    for (std::size_t r = 0; r < ids.size(); ++r) {
        EarlierIndicator e;
        e.stored_id = ids[r];
        auto it = series.find(ids[r]);
        e.id = it == series.end() ? ids[r] : it->second;
        e.name = names[r];
        e.theme = themes[r];
        e.group = topics[r];
        e.published_rag = prag[r];
        e.stated_rag = srag[r];
        e.published_trend = ptrend[r];
        e.stated_trend = strend[r];
        e.published_direction = pdir[r];
        e.stated_direction = sdir[r];
        earlier.indicators.push_back(e);
    }
}

void HistoryStore::add_alias(const std::string& old_id, const std::string& new_id) {
    if (old_id == new_id) throw HistoryError("an indicator cannot be joined to itself (" + old_id + ")");
    std::string o = old_id, n = new_id;
    try {
        int known = 0;
        *session_ << "SELECT (SELECT COUNT(*) FROM observations WHERE indicator_id = ?) + "
                     "(SELECT COUNT(*) FROM edition_indicators WHERE indicator_id = ?)",
            use(o), use(o), into(known), now;
        if (known == 0)
            throw HistoryError(path_ + ": the history store has no indicator " + old_id +
                               " (history export lists the ids it holds)");
        const std::map<std::string, std::string> series = resolved_aliases();
        auto existing = series.find(old_id);
        if (existing != series.end()) {
            std::vector<std::string> direct;
            *session_ << "SELECT new_id FROM aliases WHERE old_id = ?", use(o), into(direct), now;
            if (!direct.empty() && direct[0] == new_id) return;  // joined already: nothing to do
            throw HistoryError(path_ + ": " + old_id + " is already joined to " + direct.at(0) +
                               "; undo that first: scorecard history unalias " + old_id);
        }
        auto end = series.find(new_id);
        if ((end == series.end() ? new_id : end->second) == old_id)
            throw HistoryError(path_ + ": joining " + old_id + " to " + new_id + " would make a loop (" + new_id +
                               " already reads as " + old_id + ")");
        begin();
        std::string joined_at = utc_now();
        *session_ << "INSERT INTO aliases (old_id, new_id, joined_at) VALUES (?, ?, ?)", use(o), use(n),
            use(joined_at), now;
    } catch (const Poco::Exception& e) {
        throw HistoryError(path_ + ": history store: " + describe(e));
    }
}

void HistoryStore::remove_alias(const std::string& old_id) {
    std::string o = old_id;
    try {
        std::vector<std::string> direct;
        *session_ << "SELECT new_id FROM aliases WHERE old_id = ?", use(o), into(direct), now;
        if (direct.empty()) throw HistoryError(path_ + ": " + old_id + " is not joined to any indicator");
        begin();
        *session_ << "DELETE FROM aliases WHERE old_id = ?", use(o), now;
    } catch (const Poco::Exception& e) {
        throw HistoryError(path_ + ": history store: " + describe(e));
    }
}

void HistoryStore::insert_rows(std::vector<HistoryRow>& rows, const std::string& source) {
    try {
        begin();
        std::string src = source, when = utc_now();
        for (auto& r : rows) {
            // A different value for a period already stored: the earlier one is kept as restated.
            std::vector<double> stored;
            *session_ << "SELECT value FROM observations WHERE indicator_id = ? AND period = ?", use(r.id),
                use(r.period), into(stored), now;
            if (!stored.empty() && std::fabs(stored[0] - r.value) > 1e-9 * std::max(1.0, std::fabs(stored[0])))
                *session_ << "INSERT INTO restatements (indicator_id, period, value, shown, source, restated_at, "
                             "restated_by) SELECT indicator_id, period, value, shown, source, ?, ? FROM observations "
                             "WHERE indicator_id = ? AND period = ?",
                    use(when), use(src), use(r.id), use(r.period), now;
            *session_ << "INSERT OR REPLACE INTO observations "
                         "(indicator_id, period, value, period_key, shown, unit, decimals, grouped, source) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                use(r.id), use(r.period), use(r.value), use(r.key), use(r.shown), use(r.unit), use(r.decimals),
                use(r.grouped), use(src), now;
        }
    } catch (const Poco::Exception& e) {
        try {
            rollback();
        } catch (...) {
        }
        throw HistoryError(path_ + ": history store: could not record: " + describe(e));
    }
}

std::size_t HistoryStore::stage(const Scorecard& scorecard, const std::string& source) {
    std::vector<HistoryRow> rows;
    scorecard.for_each_indicator([&](const Indicator& i) {
        if (i.previous.is_number() && !i.previous_period.text.empty() && i.previous_period.is_known())
            rows.push_back(row_for(i.id, i.previous_period, i.previous));
        if (i.latest.is_number() && !i.latest_period.text.empty() && i.latest_period.is_known())
            rows.push_back(row_for(i.id, i.latest_period, i.latest));
    });
    insert_rows(rows, source);
    stage_edition(scorecard, source);
    return rows.size();
}

void HistoryStore::stage_edition(const Scorecard& scorecard, const std::string& source) {
    // A scorecard whose period cannot be placed on the time line has no "earlier" or "later".
    const Period period = parse_period(scorecard.period);
    if (!period.is_known()) return;
    std::string text = scorecard.period, key = period_sort_key(period), src = source, recorded = utc_now();
    try {
        *session_ << "DELETE FROM edition_indicators WHERE period = ?", use(text), now;
        *session_ << "INSERT OR REPLACE INTO editions (period, period_key, source, recorded_at) VALUES (?, ?, ?, ?)",
            use(text), use(key), use(src), use(recorded), now;
        for (const auto& g : scorecard.groups)
            for (const auto& i : g.indicators) {
                std::string id = i.id, name = i.name.text, theme = i.theme.text, topic = g.name;
                std::string prag = rag_name(i.published.rag.rag), srag = rag_name(i.stated_rag.rag);
                std::string ptrend = i.published.trend.text, strend = i.stated_trend.text;
                std::string pdir = i.published.direction.text, sdir = i.stated_direction.text;
                *session_ << "INSERT OR REPLACE INTO edition_indicators (period, indicator_id, name, theme, topic, "
                             "published_rag, stated_rag, published_trend, stated_trend, published_direction, "
                             "stated_direction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    use(text), use(id), use(name), use(theme), use(topic), use(prag), use(srag), use(ptrend),
                    use(strend), use(pdir), use(sdir), now;
            }
    } catch (const Poco::Exception& e) {
        try {
            rollback();
        } catch (...) {
        }
        throw HistoryError(path_ + ": history store: could not record: " + describe(e));
    }
}

std::vector<HistoryRow> read_history_csv(const std::string& csv_path, Findings& findings) {
    std::string bytes;
    try {
        if (!read_file_bytes(csv_path, &bytes, findings)) return {};
    } catch (const IngestIoError& e) {
        throw HistoryError(e.what());
    }
    DelimitedText read = read_delimited_bytes(std::move(bytes), findings);
    if (!read.ok) return {};
    const RawTable& table = read.table;
    std::size_t first = 0;
    while (first < table.rows.size() && table.rows[first].is_blank()) ++first;
    if (first == table.rows.size()) {
        findings.error("empty-file", {1, 1, 0}, "the file holds no rows");
        return {};
    }
    int id_col = -1, period_col = -1, value_col = -1, restated_col = -1;
    const RawRow& header = table.rows[first];
    for (std::size_t c = 0; c < header.cells.size(); ++c) {
        std::string f = fold_for_matching(header.cells[c].text);
        if (f == "indicator id" || f == "id" || f == "indicator") id_col = static_cast<int>(c);
        else if (f == "period") period_col = static_cast<int>(c);
        else if (f == "value") value_col = static_cast<int>(c);
        else if (f == "restated at") restated_col = static_cast<int>(c);
    }
    if (id_col < 0 || period_col < 0 || value_col < 0) {
        findings.error("missing-column", header.where(0),
                       "the header row must name the columns \"indicator id\", \"period\" and \"value\"");
        return {};
    }
    std::vector<HistoryRow> rows;
    // Where each id and period was first given, to find a row that repeats or contradicts it.
    std::map<std::pair<std::string, std::string>, std::size_t> seen;
    const std::size_t columns = header.cells.size();
    for (std::size_t r = first + 1; r < table.rows.size(); ++r) {
        const RawRow& row = table.rows[r];
        if (row.is_blank()) continue;
        // A row of another width is a row whose cells have moved: nothing in it can be trusted.
        if (row.cells.size() != columns) {
            const std::size_t at = std::min(row.cells.size(), columns);
            findings.error("ragged-row", row.where(at),
                           "row has " + std::to_string(row.cells.size()) + " cells; the header has " +
                               std::to_string(columns));
            continue;
        }
        // An export's restated values: history, not the current value to import.
        if (restated_col >= 0 && !trim(row.cell(static_cast<std::size_t>(restated_col))).empty()) continue;
        const std::string id = unguarded_id(row.cell(static_cast<std::size_t>(id_col)));
        Period period = parse_period(row.cell(static_cast<std::size_t>(period_col)), row.where(static_cast<std::size_t>(period_col)));
        Value value = parse_value(row.cell(static_cast<std::size_t>(value_col)), row.where(static_cast<std::size_t>(value_col)));
        if (id.empty()) {
            findings.error("missing-key", row.where(static_cast<std::size_t>(id_col)), "row has no indicator id");
            continue;
        }
        if (!period.is_known()) {
            findings.error("unknown-period", period.where,
                           "period " + quoted(period.text) +
                               " is not one scorecard recognises (Q3 2022/23, Autumn 2022, 2021/22, Sep-22, 2019)");
            continue;
        }
        if (!value.is_number()) {
            if (value.is_blank() || value.is_not_applicable()) {
                findings.warning("no-value", value.where,
                                 (value.is_blank() ? std::string("no value") : "value " + quoted(value.text)) +
                                     " for " + quoted(id) + " " + period.text + ": nothing is recorded for it");
                continue;
            }
            findings.error("not-a-number", value.where, "value " + quoted(value.text) + " is not a number");
            continue;
        }
        HistoryRow made = row_for(id, period, value);
        made.where = row.where(static_cast<std::size_t>(id_col));
        const auto key = std::make_pair(made.id, made.key);
        auto [it, fresh] = seen.emplace(key, rows.size());
        if (!fresh) {
            const HistoryRow& earlier = rows[it->second];
            if (earlier.value == made.value) {
                findings.warning("duplicate-row", made.where,
                                 quoted(id) + " " + period.text + " repeats line " + std::to_string(earlier.where.line) +
                                     " with the same value; it is stored once");
            } else {
                findings.error("conflicting-rows", value.where,
                               quoted(id) + " " + period.text + " is " + made.shown + " here but " + earlier.shown +
                                   " on line " + std::to_string(earlier.where.line) + "; give it once");
            }
            continue;
        }
        rows.push_back(made);
    }
    if (findings.has_errors()) return {};
    return rows;
}

std::size_t HistoryStore::import_csv(const std::string& csv_path, Findings& findings) {
    std::vector<HistoryRow> rows = read_history_csv(csv_path, findings);
    if (findings.has_errors()) return 0;
    const std::size_t stored = import_rows(rows, csv_path, findings);
    commit();
    return stored;
}

std::size_t HistoryStore::import_rows(std::vector<HistoryRow>& rows, const std::string& csv_path, Findings& findings) {
    // What the store holds already: a value the import changes, and an id it has never seen
    // (a new indicator, or a misspelt one), are each said where the row is.
    std::vector<std::string> ids, keys, shown;
    std::vector<double> values;
    try {
        begin();
        *session_ << "SELECT indicator_id, period_key, shown, value FROM observations", into(ids), into(keys),
            into(shown), into(values), now;
    } catch (const Poco::Exception& e) {
        throw HistoryError(path_ + ": history store: cannot read: " + describe(e));
    }
    std::map<std::pair<std::string, std::string>, std::pair<double, std::string>> stored;
    std::set<std::string> known_ids(ids.begin(), ids.end());
    for (std::size_t i = 0; i < ids.size(); ++i) stored[{ids[i], keys[i]}] = {values[i], shown[i]};
    std::set<std::string> said_unknown;
    for (const auto& r : rows) {
        auto it = stored.find({r.id, r.key});
        if (it != stored.end() && it->second.first != r.value)
            findings.warning("replaces-stored", r.where,
                             quoted(r.id) + " " + r.period + ": replaces the stored value " + it->second.second +
                                 " with " + r.shown);
        if (!known_ids.empty() && !known_ids.count(r.id) && said_unknown.insert(r.id).second)
            findings.warning("unknown-id", r.where,
                             "indicator id " + quoted(r.id) + " is not in the store yet: a new indicator, or a "
                             "misspelt id?");
    }
    insert_rows(rows, "import " + csv_path);
    return rows.size();
}

namespace {

// RFC 4180 quoting for a cell written out. Text a spreadsheet would run as a formula (it
// begins with =, +, -, @, a tab or a CR) is guarded by a leading apostrophe, which the import
// removes again (unguarded_id).
std::string csv_cell(const std::string& raw) {
    std::string text = formula_guarded(raw);
    if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

}  // namespace

std::size_t HistoryStore::export_csv(std::ostream& out) {
    std::vector<std::string> ids, periods, shown, restated;
    std::map<std::string, std::string> series;
    try {
        // The current value of each period, then its restated earlier values, newest first.
        *session_ << "SELECT indicator_id, period, shown, restated_at FROM ("
                     " SELECT indicator_id, period, period_key, shown, '' AS restated_at, 0 AS later, 0 AS seq"
                     " FROM observations"
                     " UNION ALL SELECT r.indicator_id, r.period, o.period_key, r.shown, r.restated_at, 1, -r.rowid"
                     " FROM restatements r JOIN observations o"
                     " ON o.indicator_id = r.indicator_id AND o.period = r.period)"
                     " ORDER BY indicator_id, period_key, period, later, seq",
            into(ids), into(periods), into(shown), into(restated), now;
        series = resolved_aliases();
    } catch (const Poco::Exception& e) {
        throw HistoryError(path_ + ": history store: cannot read: " + describe(e));
    }
    out << "indicator id,period,value,joined to,restated at\n";
    for (std::size_t i = 0; i < ids.size(); ++i) {
        auto joined = series.find(ids[i]);
        out << csv_cell(ids[i]) << ',' << csv_cell(periods[i]) << ',' << csv_cell(shown[i]) << ','
            << (joined == series.end() ? "" : csv_cell(joined->second)) << ',' << csv_cell(restated[i]) << '\n';
    }
    return ids.size();
}

std::size_t HistoryStore::row_count() {
    int n = 0;
    *session_ << "SELECT COUNT(*) FROM observations", into(n), now;
    return static_cast<std::size_t>(n);
}

}  // namespace scorecard
