#include "deflate_queue.hpp"

#include <system_error>

namespace scorecard::pdf {

DeflateQueue::DeflateQueue(int level, bool second_thread) : deflater_(level) {
    if (!second_thread) return;
    try {
        worker_ = std::thread([this] { run(); });
    } catch (const std::system_error&) {
        // No thread to be had (a process or memory limit): compress on the caller's thread,
        // on the same schedule, so the file is the same.
    }
}

DeflateQueue::~DeflateQueue() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stop_ = true;
    }
    work_.notify_all();
    if (worker_.joinable()) worker_.join();
}

std::string DeflateQueue::take_buffer() {
    // A spare's input was cleared when it was handed over, keeping its capacity.
    std::string buffer;
    if (!spare_.empty()) buffer.swap(spare_.back()->input);
    return buffer;
}

void DeflateQueue::run() {
    std::unique_lock<std::mutex> lock(mutex_);
    while (true) {
        work_.wait(lock, [this] { return stop_ || started_ < jobs_.size(); });
        if (stop_) return;
        Job* job = jobs_[started_++].get();
        lock.unlock();
        try {
            deflater_.compress(job->input, job->output);
        } catch (...) {
            job->error = std::current_exception();
        }
        lock.lock();
        job->finished = true;
        finished_.notify_all();
    }
}

void DeflateQueue::submit(std::string data, Done done) {
    std::unique_ptr<Job> job;
    if (!spare_.empty()) {
        job = std::move(spare_.back());
        spare_.pop_back();
    } else {
        job = std::make_unique<Job>();
    }
    job->input.swap(data);
    // Room for the result made here, so the second thread never allocates: its first
    // allocation would give it a malloc arena of its own to keep.
    job->output.reserve(compressBound(static_cast<uLong>(job->input.size())));
    job->done = std::move(done);
    job->finished = false;
    job->error = nullptr;
    if (!worker_.joinable()) {
        // No second core: compressed now, but handed over on the same schedule as below.
        try {
            deflater_.compress(job->input, job->output);
        } catch (...) {
            job->error = std::current_exception();
        }
        job->finished = true;
        ++started_;
    }
    {
        std::lock_guard<std::mutex> lock(mutex_);
        jobs_.push_back(std::move(job));
    }
    work_.notify_one();
    hand_over(kInFlight);
}

void DeflateQueue::finish() { hand_over(0); }

void DeflateQueue::hand_over(std::size_t keep) {
    // Only the count decides which results are handed over, never which happen to be ready:
    // `done` makes PoDoFo objects (a stream's /Length), so the order of those calls among the
    // writer's own must not depend on the thread's timing, or object numbers (and the file's
    // bytes) would differ from run to run.
    while (true) {
        std::unique_ptr<Job> job;
        {
            std::unique_lock<std::mutex> lock(mutex_);
            if (jobs_.size() <= keep) return;
            finished_.wait(lock, [this] { return jobs_.front()->finished; });
            job = std::move(jobs_.front());
            jobs_.pop_front();
            --started_;
        }
        if (job->error) std::rethrow_exception(job->error);
        job->done(job->output);
        job->done = nullptr;
        job->input.clear();
        spare_.push_back(std::move(job));
    }
}

}  // namespace scorecard::pdf
