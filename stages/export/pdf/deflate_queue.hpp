// Compression of the streams this writer makes itself (page content, and the structure tree's
// object streams), on a second thread.
//
// One compressor (common/deflate.hpp) is reset and reused for every stream, at a level of our
// choosing (kFlateLevel), rather than PoDoFo's new compressor per stream at zlib's default.
// Compressing is about half the work of a large table's PDF even at level 1, so DeflateQueue
// does it on a second thread while the writer goes on to the next page. The results come back
// to the writer's own thread, in the order the streams were made, so PoDoFo and the file are
// only ever touched from one thread and the bytes are the same as if it all ran on one.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <zlib.h>

#include "stages/export/common/deflate.hpp"

namespace scorecard::pdf {

// zlib level 1 (Z_BEST_SPEED), not the default 6: the streams are repetitive operator and
// dictionary text that level 1 already shrinks about fivefold, and level 6 makes the file about a
// fifth smaller for some 70% more time (docs/performance.md has the measurements).
constexpr int kFlateLevel = Z_BEST_SPEED;

class DeflateQueue {
public:
    // Called on the submitting thread with the compressed bytes, in the order submitted.
    using Done = std::function<void(const std::string& compressed)>;

    // With one core there is no second thread: each stream is compressed as it is submitted.
    // (The results are handed over at the same points either way.)
    explicit DeflateQueue(int level = kFlateLevel, bool second_thread = std::thread::hardware_concurrency() > 1);
    // Stops the thread; streams still queued (only when an exception is on its way) are dropped.
    ~DeflateQueue();
    DeflateQueue(const DeflateQueue&) = delete;
    DeflateQueue& operator=(const DeflateQueue&) = delete;

    // An empty buffer to write the next stream into, with the capacity of a spent one.
    std::string take_buffer();
    // Queues the bytes to be compressed. `done` runs later on this thread, from submit() or
    // finish(): submit() hands over the oldest results while more than kInFlight streams are
    // queued (waiting for them if need be), so the writer is never more than that far ahead
    // and each `done` runs at the same point of the writer's work on every run, with or
    // without a second thread. An error compressing, or thrown by `done`, comes out of
    // submit() or finish().
    void submit(std::string data, Done done);
    // Waits for every stream queued and hands over the results.
    void finish();

    static constexpr std::size_t kInFlight = 2;

private:
    struct Job {
        std::string input, output;
        Done done;
        bool finished = false;
        std::exception_ptr error;
    };
    void run();
    // Hands over finished jobs from the front; waits while more than `keep` are queued.
    void hand_over(std::size_t keep);

    Deflater deflater_;  // the worker's, or the caller's when there is no worker
    std::mutex mutex_;
    std::condition_variable work_, finished_;
    std::deque<std::unique_ptr<Job>> jobs_;   // in submission order
    std::size_t started_ = 0;                 // jobs at the front the worker has taken
    bool stop_ = false;
    std::vector<std::unique_ptr<Job>> spare_;  // finished jobs, their buffers kept for reuse
    std::thread worker_;
};

}  // namespace scorecard::pdf
