#include "xlsx_shared_strings.hpp"

#include <chrono>
#include <cstring>
#include <system_error>

#include "archive_xml.hpp"
#include "ooxml_text.hpp"
#include "workbook_error.hpp"

namespace scorecard {

namespace {

constexpr std::size_t kLongestString = std::size_t{1024} * 1024;

class SharedStringsReader : public XmlHandler {
public:
    SharedStringsReader(std::vector<std::string>* out, const WorkbookLimits& limits) : out_(out), limits_(limits) {}

    void start(const char* name, const char**) override {
        if (std::strcmp(name, "si") == 0) {
            in_item_ = true;
            current_.clear();
        } else if (std::strcmp(name, "rPh") == 0) {
            in_phonetic_ = true;
        } else if (std::strcmp(name, "t") == 0 && in_item_ && !in_phonetic_) {
            in_text_ = true;
        }
    }
    void end(const char* name) override {
        if (std::strcmp(name, "t") == 0) {
            in_text_ = false;
        } else if (std::strcmp(name, "rPh") == 0) {
            in_phonetic_ = false;
        } else if (std::strcmp(name, "si") == 0) {
            in_item_ = false;
            if (out_->size() >= limits_.max_shared_strings)
                throw WorkbookError("too-many-strings", "the workbook's shared-string table has more than " +
                                                            std::to_string(limits_.max_shared_strings) +
                                                            " entries; the limit is " +
                                                            std::to_string(limits_.max_shared_strings));
            bytes_ += current_.size();
            if (bytes_ > limits_.max_shared_string_bytes)
                throw WorkbookError("too-many-strings", "the workbook's shared strings come to more than " +
                                                            std::to_string(limits_.max_shared_string_bytes / (std::size_t{1024} * 1024)) +
                                                            " MiB; the limit is " +
                                                            std::to_string(limits_.max_shared_string_bytes / (std::size_t{1024} * 1024)) +
                                                            " MiB");
            out_->push_back(decode_ooxml_escapes(current_));
        }
    }
    void text(const char* data, int length) override {
        if (!in_text_) return;
        current_.append(data, static_cast<std::size_t>(length));
        // Excel holds at most 32,767 characters in a cell; a string far past that is not a table's.
        if (current_.size() > kLongestString)
            throw WorkbookError("cell-too-long", "a shared string of the workbook is longer than 1 MiB; no cell of a "
                                                 "table is that long");
    }

private:
    std::vector<std::string>* out_;
    const WorkbookLimits& limits_;
    std::string current_;
    std::size_t bytes_ = 0;
    bool in_item_ = false, in_text_ = false, in_phonetic_ = false;
};

}  // namespace

std::vector<std::string> read_shared_strings(ZipArchive& archive, const std::string& part, const WorkbookLimits& limits) {
    std::vector<std::string> out;
    SharedStringsReader reader(&out, limits);
    parse_archive_part(archive, part, reader);
    return out;
}

SharedStringsReading::SharedStringsReading(const std::string& bytes, const std::string& part,
                                           const WorkbookLimits& limits,
                                           const std::shared_ptr<std::atomic<std::size_t>>& unpacked) {
    if (part.empty()) {
        done_ = true;
        return;
    }
    // A thread of its own with an archive of its own (minizip's reader is not shared).
    auto read = [&bytes, part, limits, unpacked] {
        ZipArchive archive(bytes, limits, unpacked);
        return read_shared_strings(archive, part, limits);
    };
    try {
        reading_ = std::async(std::launch::async, read);
    } catch (const std::system_error&) {
        strings_ = read();  // no thread to be had: read them now
        done_ = true;
    }
}

SharedStringsReading::~SharedStringsReading() {
    // The thread uses the workbook's bytes: wait for it, whatever it found.
    if (reading_.valid()) reading_.wait();
}

bool SharedStringsReading::ready() {
    std::lock_guard<std::mutex> guard(lock_);
    return done_ || reading_.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

const std::vector<std::string>& SharedStringsReading::get() {
    std::lock_guard<std::mutex> guard(lock_);
    if (!done_) {
        done_ = true;
        strings_ = reading_.get();
    }
    return strings_;
}

}  // namespace scorecard
