// The history store a run records into, made ready before the run's outputs are put in place.
// An existing store is held against every other reader and writer; a store that does not exist
// yet is made under a temporary name beside it and put in place by commit(), so no half-made
// store is ever seen and a failure leaves no store where there was none.
#pragma once

#include <memory>
#include <string>

#include "interrupts.hpp"
#include "pipeline/history/history_store.hpp"

namespace scorecard {

class StoreForRecording {
public:
    // `path` "" records nothing. `opened`: the run's connection to the store if it has one
    // (reused), or empty (filled when the store exists by now).
    StoreForRecording(const std::string& path, std::unique_ptr<HistoryStore>& opened);
    ~StoreForRecording();
    StoreForRecording(const StoreForRecording&) = delete;
    StoreForRecording& operator=(const StoreForRecording&) = delete;

    HistoryStore* store() { return store_; }
    // The last step of a run: commits the store's transaction, and puts a new store in place.
    void commit();

private:
    // The new store's temporary file (and its journal), removed unless it was put in place.
    class MadeFile {
    public:
        ~MadeFile();
        std::string path;
        bool published = false;
    };

    std::string path_;
    HistoryStore* store_ = nullptr;
    std::unique_ptr<TemporariesIn> temporaries_;
    MadeFile made_file_;  // declared before made_: the connection closes before the file goes
    std::unique_ptr<HistoryStore> made_;
};

}  // namespace scorecard
