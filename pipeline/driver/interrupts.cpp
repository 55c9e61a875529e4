#include "interrupts.hpp"

#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <map>
#include <mutex>
#include <pthread.h>
#include <set>
#include <thread>
#include <unistd.h>

#include "output_files.hpp"

namespace scorecard {

namespace {

// How long stopped child builds get to remove their own temporaries before they are killed.
constexpr auto kChildGrace = std::chrono::seconds(10);

struct Registry {
    std::mutex lock;
    std::condition_variable children_changed;
    std::map<std::string, int> folders;  // registered folders, each with how many registrations
    std::multiset<std::string> files;
    std::set<pid_t> children;
    bool stopping = false;
};

Registry& registry() {
    static Registry* r = new Registry;  // never destroyed: the signal thread may use it at exit
    return *r;
}

// Held by a commit in progress; the signal thread takes it before cleaning up.
std::mutex& commit_lock() {
    static std::mutex* m = new std::mutex;
    return *m;
}

sigset_t handled_signals() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    return set;
}

void stop_children(Registry& r, std::unique_lock<std::mutex>& held) {
    for (pid_t pid : r.children) ::kill(pid, SIGTERM);
    if (!r.children_changed.wait_for(held, kChildGrace, [&] { return r.children.empty(); })) {
        for (pid_t pid : r.children) ::kill(pid, SIGKILL);
        r.children_changed.wait_for(held, kChildGrace, [&] { return r.children.empty(); });
    }
}

[[noreturn]] void clean_up_and_die(int signal) {
    std::lock_guard<std::mutex> commit(commit_lock());  // a commit in progress ends first
    Registry& r = registry();
    {
        std::unique_lock<std::mutex> held(r.lock);
        r.stopping = true;
        const bool had_children = !r.children.empty();
        stop_children(r, held);
        for (const auto& file : r.files) std::remove(file.c_str());
        for (const auto& [folder, count] : r.folders) {
            remove_temporaries_of(folder, ::getpid());
            // Children killed after the grace period could not clean up after themselves.
            if (had_children) remove_stale_temporaries(folder);
        }
    }
    std::signal(signal, SIG_DFL);
    sigset_t only;
    sigemptyset(&only);
    sigaddset(&only, signal);
    pthread_sigmask(SIG_UNBLOCK, &only, nullptr);
    ::raise(signal);
    ::_exit(128 + signal);  // not reached: the default action of these signals ends the process
}

void wait_for_signal() {
    const sigset_t set = handled_signals();
    int signal = 0;
    while (sigwait(&set, &signal) != 0) {
    }
    clean_up_and_die(signal);
}

}  // namespace

void handle_interrupts() {
    const sigset_t set = handled_signals();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    std::thread(wait_for_signal).detach();
}

int exit_code_unless_interrupted(int exit_code) {
    {
        std::lock_guard<std::mutex> held(registry().lock);
        if (!registry().stopping) return exit_code;
    }
    while (true) std::this_thread::sleep_for(std::chrono::hours(1));  // the signal thread ends the process
}

TemporariesIn::TemporariesIn(const std::string& directory) : directory_(directory) {
    std::lock_guard<std::mutex> held(registry().lock);
    ++registry().folders[directory_];
}

TemporariesIn::~TemporariesIn() {
    std::lock_guard<std::mutex> held(registry().lock);
    auto& folders = registry().folders;
    if (--folders[directory_] <= 0) folders.erase(directory_);
}

RemoveOnInterrupt::RemoveOnInterrupt(const std::string& path) : path_(path) {
    std::lock_guard<std::mutex> held(registry().lock);
    registry().files.insert(path_);
}

RemoveOnInterrupt::~RemoveOnInterrupt() {
    std::lock_guard<std::mutex> held(registry().lock);
    auto& files = registry().files;
    auto it = files.find(path_);
    if (it != files.end()) files.erase(it);
}

CommitSection::CommitSection() { commit_lock().lock(); }

CommitSection::~CommitSection() { commit_lock().unlock(); }

bool launch_child(const std::function<pid_t()>& launch) {
    Registry& r = registry();
    std::lock_guard<std::mutex> held(r.lock);
    if (r.stopping) return false;
    r.children.insert(launch());
    return true;
}

void child_finished(pid_t pid) {
    Registry& r = registry();
    std::lock_guard<std::mutex> held(r.lock);
    r.children.erase(pid);
    r.children_changed.notify_all();
}

}  // namespace scorecard
