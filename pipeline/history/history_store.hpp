// The indicator history store: an embedded SQLite database (through Poco::Data) of every
// indicator's values by id and period, so trend charts have data and the 2019/20 layout's
// "compared to previous data point" can be checked.
//
// Each build records its indicators' previous and latest values in one transaction: re-running
// a period replaces its rows, and a failed build records nothing. The schema carries its
// version (PRAGMA user_version) and is migrated forward when an older store is opened.
#pragma once

#include <Poco/Data/Session.h>

#include <iosfwd>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "stages/model/finding.hpp"
#include "stages/model/scorecard.hpp"

namespace scorecard {

// The store cannot be used: locked by another program for too long, not a database, or
// unwritable. The driver maps it to exit code 2.
class HistoryError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

constexpr int kHistorySchemaVersion = 4;

// How long to wait for another build holding the store: $SCORECARD_HISTORY_WAIT, whole seconds
// from 0 to kMaxHistoryWait; unset or empty gives 30. Returns false with *problem set for
// anything else (the command line refuses to start then).
constexpr int kMaxHistoryWait = 86400;
bool history_wait_from_environment(int* seconds, std::string* problem);

// One data point as stored.
struct HistoryRow {
    std::string id, period, key, shown, unit;
    double value = 0;
    int decimals = 0, grouped = 0;
    SourceLocation where;  // where an imported row came from
};

// Reads a history CSV (indicator id, period, value) without touching any store, so a file that
// is rejected leaves no store behind. Problems are findings: a row of another width than the
// header, a value that is not a number and an id and period given twice with different values
// are errors; a row with no value ("n/a", blank) and one repeating an earlier row are warnings,
// and neither is stored. An unreadable file (missing, not a regular file) throws HistoryError.
std::vector<HistoryRow> read_history_csv(const std::string& csv_path, Findings& findings);

// Puts a store made under a temporary name (`made`, in the same folder) in place at `path`,
// unless a store has appeared there meanwhile (HistoryError, `made` left for its owner to remove).
// A new store is made this way so that no half-made one is ever seen at `path`.
void publish_new_store(const std::string& made, const std::string& path);

class HistoryStore {
public:
    // Opens (creating if missing) and migrates. `wait_seconds`: how long to wait for another
    // build that holds the store before giving up; -1 takes $SCORECARD_HISTORY_WAIT (an invalid
    // one is a HistoryError).
    explicit HistoryStore(const std::string& path, int wait_seconds = -1);
    ~HistoryStore();
    HistoryStore(const HistoryStore&) = delete;
    HistoryStore& operator=(const HistoryStore&) = delete;

    int schema_version();

    // Fills each indicator's history with its stored points before its latest period (points
    // stored under an id joined to it by an alias included), and scorecard.earlier with the
    // scorecard recorded for the period before this one (docs/history.md). A stored value that
    // is not a number (NULL or text) is left out, with a warning in `findings`.
    void load_into(Scorecard& scorecard, Findings* findings = nullptr);

    // Joins OLD-ID's series to NEW-ID's: from now on every point and rating stored under
    // OLD-ID reads as NEW-ID's. Throws HistoryError when OLD-ID is unknown to the store, is
    // already joined elsewhere, or the join would make a loop. Records in the open transaction.
    void add_alias(const std::string& old_id, const std::string& new_id);
    // Undoes add_alias; throws HistoryError when OLD-ID is joined to nothing.
    void remove_alias(const std::string& old_id);
    // Every alias as stored: (old id, new id), sorted by old id.
    std::vector<std::pair<std::string, std::string>> aliases();

    // Records the scorecard's previous and latest values, replacing rows of the same indicator
    // and period, inside a transaction left open until commit() (or rolled back on destruction).
    std::size_t stage(const Scorecard& scorecard, const std::string& source);
    // Begins the transaction stage() records in, holding the store against every other reader
    // and writer (waiting for them as long as the store's wait allows); after it, commit() can
    // fail only for the disk, never for a lock.
    void lock_for_writing();
    void commit();
    void rollback();
    // Rolls back what is not committed and closes the connection.
    void close();

    // Records rows read by read_history_csv in the open transaction (begun if none is), for
    // commit() to make lasting; returns the rows stored. A row that changes a stored value, and
    // the first row of an id the store has not seen (when it holds any), are warnings.
    std::size_t import_rows(std::vector<HistoryRow>& rows, const std::string& csv_path, Findings& findings);
    // read_history_csv then import_rows, all or nothing: 0 when the file has any error.
    std::size_t import_csv(const std::string& csv_path, Findings& findings);
    // Writes every stored row as CSV (indicator id, period, value, joined to, restated at), sorted
    // by id then period; "joined to" is the id an alias makes the row's series read as, else
    // empty. A value later restated follows the current one, with when it was replaced in
    // "restated at" (import leaves such rows out).
    // A cell beginning with =, +, -, @, a tab or a CR is written after an apostrophe, so a
    // spreadsheet opening the file never runs it; the import takes the apostrophe off an id.
    std::size_t export_csv(std::ostream& out);

    std::size_t row_count();
    // The path commands suggested in findings name (a batch reads a snapshot of the store, but
    // the officer's commands must go to the store itself); default: path().
    void name_in_messages(const std::string& store_path) { shown_path_ = store_path; }
    const std::string& path() const { return path_; }

private:
    void migrate();
    void migrate_step(int from_version);
    void stage_edition(const Scorecard& scorecard, const std::string& source);
    void load_earlier_edition(Scorecard& scorecard, const std::map<std::string, std::string>& series);
    // Every alias followed to its end: old id -> the id it reads as now.
    std::map<std::string, std::string> resolved_aliases();
    void insert_rows(std::vector<HistoryRow>& rows, const std::string& source);
    void begin();
    std::string path_, shown_path_;
    std::unique_ptr<Poco::Data::Session> session_;
    bool in_transaction_ = false;
};

}  // namespace scorecard
