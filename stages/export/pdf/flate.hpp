// Flate (zlib) compression of the streams this writer makes itself: page content and the
// structure tree's object and cross-reference streams.
//
// PoDoFo compresses a content stream as it is appended to, at zlib's default level, with a
// new compressor (and its 256 KiB of state, cleared) for every stream. Here one compressor is
// reset and reused for every stream, and the level is ours to choose: see kFlateLevel.
//
// Compressing is about half the work of a large table's PDF even at level 1, so DeflateQueue
// does it on a second thread while the writer goes on to the next page: on this 2-core machine
// a 100,000-indicator PDF takes about 40% less time. The results come back to the writer's own
// thread, in the order the streams were made, so PoDoFo and the file are only ever touched
// from one thread and the bytes are the same as if it all ran on one.
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

namespace scorecard::pdf {

// zlib level 1 (Z_BEST_SPEED), not the default 6. Measured on a generated table (Release,
// this machine; file size and write_pdf time):
//   10,000 indicators:  level 1: 7.2 MB, 0.38 s   level 3: 6.5 MB, 0.46 s   level 6: 5.7 MB, 0.66 s
//   100,000 indicators: level 1: 73 MB, 4.1 s     level 3: 66 MB, 4.4 s     level 6: 58 MB, 7.0 s
// (before glyph ids were written as literal strings and compression moved to its own
// thread). Level 6 makes the file a fifth smaller for 70% more time, which the four-second
// budget of issue 8 cannot carry; the streams are repetitive operator and dictionary text
// that level 1 already shrinks about fivefold.
constexpr int kFlateLevel = Z_BEST_SPEED;

class Deflater {
public:
    explicit Deflater(int level = kFlateLevel);
    ~Deflater();
    Deflater(const Deflater&) = delete;
    Deflater& operator=(const Deflater&) = delete;

    // Replaces `out` with the zlib stream (RFC 1950, as /FlateDecode expects) of the bytes.
    // `out` keeps its capacity, so a buffer reused page after page stops allocating.
    void compress(const char* data, std::size_t size, std::string& out);
    void compress(const std::string& data, std::string& out) { compress(data.data(), data.size(), out); }

    // The same stream made from pieces, for data not worth holding whole: start(), then
    // add() for each piece, then finish(); the compressed bytes are appended to `out` as
    // they come.
    void start();
    void add(const char* data, std::size_t size, std::string& out);
    void finish(std::string& out);

private:
    void run(const char* data, std::size_t size, int flush, std::string& out);
    z_stream stream_{};
};

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
