#include "archive_xml.hpp"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <system_error>
#include <thread>
#include <utility>

namespace scorecard {

namespace {

// Parts this large are unpacked on a second thread while the first parses (a 100,000-row
// sheet is some 50 MB of XML; unpacking it is a tenth of the work).
constexpr std::uint64_t kReadAheadFrom = std::uint64_t{4} * 1024 * 1024;
constexpr std::size_t kQueuedAtMost = std::size_t{4} * 1024 * 1024;  // unpacked but not yet parsed

bool parse_in_place(ZipArchive& archive, const std::string& part, XmlStream& xml) {
    bool more = true;
    // Unpacked straight into expat's buffer: the bytes are not copied twice.
    archive.read_into(
        part, [&](std::size_t size) { return xml.buffer(size); },
        [&](std::size_t filled) {
            more = xml.parse_buffer(filled);
            return more;
        });
    if (more) xml.feed("", 0, true);
    return !xml.stopped();
}

// Pieces unpacked by one thread and parsed by another, at most kQueuedAtMost bytes apart.
class PieceQueue {
public:
    // The unpacking side; false: the parser stopped and wants no more.
    bool put(const char* data, std::size_t size) {
        std::unique_lock<std::mutex> lock(mutex_);
        changed_.wait(lock, [&] { return queued_ < kQueuedAtMost || stop_; });
        if (stop_) return false;
        pieces_.emplace_back(data, size);
        queued_ += size;
        changed_.notify_all();
        return true;
    }
    void finish(std::exception_ptr error) {
        std::lock_guard<std::mutex> lock(mutex_);
        done_ = true;
        error_ = std::move(error);
        changed_.notify_all();
    }
    // The parsing side; false once everything is taken (rethrows what unpacking threw).
    bool take(std::string* piece) {
        std::unique_lock<std::mutex> lock(mutex_);
        changed_.wait(lock, [&] { return !pieces_.empty() || done_; });
        if (pieces_.empty()) {
            if (error_) std::rethrow_exception(error_);
            return false;
        }
        *piece = std::move(pieces_.front());
        pieces_.pop_front();
        queued_ -= piece->size();
        changed_.notify_all();
        return true;
    }
    void stop() {
        std::lock_guard<std::mutex> lock(mutex_);
        stop_ = true;
        changed_.notify_all();
    }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<std::string> pieces_;
    std::size_t queued_ = 0;
    bool done_ = false, stop_ = false;
    std::exception_ptr error_;
};

}  // namespace

bool parse_archive_part(ZipArchive& archive, const std::string& part, XmlHandler& handler) {
    XmlStream xml(part, handler);
    if (archive.declared_size(part) < kReadAheadFrom) return parse_in_place(archive, part, xml);
    PieceQueue queue;
    std::thread unpacker;
    try {
        unpacker = std::thread([&] {
            try {
                archive.read(part, [&](const char* data, std::size_t size) { return queue.put(data, size); });
                queue.finish(nullptr);
            } catch (...) {
                queue.finish(std::current_exception());
            }
        });
    } catch (const std::system_error&) {
        return parse_in_place(archive, part, xml);  // no second thread to be had
    }
    // Whatever happens here, the unpacking thread is stopped and joined before leaving.
    struct Join {
        PieceQueue& queue;
        std::thread& thread;
        ~Join() {
            queue.stop();
            thread.join();
        }
    } join{queue, unpacker};
    std::string piece;
    bool more = true;
    while (more && queue.take(&piece)) more = xml.feed(piece.data(), piece.size());
    if (more) xml.feed("", 0, true);
    return !xml.stopped();
}

}  // namespace scorecard
