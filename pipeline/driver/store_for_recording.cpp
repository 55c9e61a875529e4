#include "store_for_recording.hpp"

#include <Poco/File.h>
#include <Poco/Path.h>

#include <cstdio>

#include "output_files.hpp"

namespace scorecard {

StoreForRecording::MadeFile::~MadeFile() {
    if (path.empty() || published) return;
    std::remove(path.c_str());
    std::remove((path + "-journal").c_str());
}

StoreForRecording::StoreForRecording(const std::string& path, std::unique_ptr<HistoryStore>& opened) : path_(path) {
    if (path_.empty()) return;
    if (!opened && Poco::File(path_).exists()) opened = std::make_unique<HistoryStore>(path_);
    if (opened) {
        store_ = opened.get();
    } else {
        const std::string folder = Poco::Path(path_).parent().toString();
        const std::string dir = folder.empty() ? "." : folder;
        Poco::File(dir).createDirectories();
        temporaries_ = std::make_unique<TemporariesIn>(dir);
        made_file_.path = temporary_path(dir, Poco::Path(path_).getFileName());
        try {
            made_ = std::make_unique<HistoryStore>(made_file_.path);
        } catch (const HistoryError& e) {
            // Named by the store it was to become, not by its temporary name.
            std::string reason = e.what();
            const std::string prefix = made_file_.path + ": history store: ";
            if (reason.rfind(prefix, 0) == 0) reason = reason.substr(prefix.size());
            throw HistoryError(path_ + ": cannot create the history store: " + reason);
        }
        store_ = made_.get();
    }
    store_->lock_for_writing();
}

StoreForRecording::~StoreForRecording() {
    if (made_) made_->close();
}

void StoreForRecording::commit() {
    if (!store_) return;
    store_->commit();
    if (made_) {
        made_->close();
        publish_new_store(made_file_.path, path_);
        made_file_.published = true;
    }
}

}  // namespace scorecard
