// The PDF writer's queue of streams to compress on a second thread.
#include <catch2/catch.hpp>

#include <zlib.h>

#include <string>
#include <vector>

#include "stages/export/pdf/deflate_queue.hpp"

using namespace scorecard::pdf;

namespace {

std::string inflate_all(const std::string& compressed, std::size_t size) {
    std::string out(size, '\0');
    uLongf length = static_cast<uLongf>(size);
    REQUIRE(uncompress(reinterpret_cast<Bytef*>(&out[0]), &length, reinterpret_cast<const Bytef*>(compressed.data()),
                       static_cast<uLong>(compressed.size())) == Z_OK);
    out.resize(length);
    return out;
}

std::string page_like(int n) {
    std::string s;
    for (int i = 0; i < 200 + n * 37; ++i) s += "/TD <</MCID " + std::to_string(i) + ">> BDC\nBT\n12.5 " + std::to_string(n) + " Td\n(x) Tj\nET\nEMC\n";
    return s;
}

// What happened, in order: "s3" when stream 3 was submitted, "d3" when its result came back.
std::vector<std::string> run_queue(bool second_thread, std::vector<std::string>& results) {
    std::vector<std::string> events;
    DeflateQueue queue(kFlateLevel, second_thread);
    for (int n = 0; n < 12; ++n) {
        std::string buffer = queue.take_buffer();
        CHECK(buffer.empty());
        buffer = page_like(n);
        events.push_back("s" + std::to_string(n));
        queue.submit(std::move(buffer), [n, &events, &results](const std::string& compressed) {
            events.push_back("d" + std::to_string(n));
            results.push_back(compressed);
        });
    }
    queue.finish();
    events.push_back("finished");
    return events;
}

}  // namespace

TEST_CASE("the queue hands results back in order, at the same points with or without a second thread",
          "[pdf][deflate]") {
    std::vector<std::string> threaded_results, inline_results;
    const std::vector<std::string> threaded = run_queue(true, threaded_results);
    const std::vector<std::string> inline_run = run_queue(false, inline_results);
    // The schedule is the count's alone: the writer makes PoDoFo objects in `done`, so when it
    // runs must not depend on how fast the thread is.
    CHECK(threaded == inline_run);
    CHECK(threaded_results == inline_results);
    // Stream n comes back when stream n + kInFlight + 1 is submitted, the rest at finish().
    const std::vector<std::string> expected = {"s0", "s1", "s2", "d0", "s3", "d1", "s4", "d2", "s5", "d3",
                                               "s6", "d4", "s7", "d5", "s8", "d6", "s9", "d7", "s10", "d8",
                                               "s11", "d9", "d10", "d11", "finished"};
    CHECK(threaded == expected);
    for (std::size_t n = 0; n < threaded_results.size(); ++n)
        CHECK(inflate_all(threaded_results[n], page_like(static_cast<int>(n)).size()) == page_like(static_cast<int>(n)));
}

TEST_CASE("an error in handing a result over comes out of the queue, and the queue can still be destroyed",
          "[pdf][deflate]") {
    for (bool second_thread : {true, false}) {
        DeflateQueue queue(kFlateLevel, second_thread);
        queue.submit(page_like(1), [](const std::string&) { throw std::runtime_error("the file is full"); });
        queue.submit(page_like(2), [](const std::string&) {});
        CHECK_THROWS_WITH(queue.finish(), "the file is full");
        // One more stream queued and never handed over: the destructor drops it.
        queue.submit(page_like(3), [](const std::string&) {});
    }
}
