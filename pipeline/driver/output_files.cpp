#include "output_files.hpp"

#include <Poco/Exception.h>
#include <Poco/File.h>
#include <Poco/Path.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <stdexcept>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace scorecard {

namespace {

std::atomic<unsigned> g_counter{0};

std::string join(const std::string& dir, const std::string& name) {
    if (dir.empty()) return name;
    return dir.back() == '/' ? dir + name : dir + "/" + name;
}

std::string folder_of(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    if (slash == std::string::npos) return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

// Flushes a finished file's bytes to disk before it is renamed into place, so a crash right
// after the rename cannot leave an empty file under the final name.
void sync_path(const std::string& path, int flags = O_RDONLY) {
    int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0) throw std::runtime_error(path + ": cannot reopen to flush: " + std::strerror(errno));
    int rc = ::fsync(fd);
    int saved = errno;
    ::close(fd);
    if (rc != 0 && saved != EINVAL) throw std::runtime_error(path + ": flush to disk failed: " + std::strerror(saved));
}

// True when something is at `path`; throws when it is a folder, which no output replaces.
bool exists_to_replace(const std::string& path) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) return false;
    if (S_ISDIR(st.st_mode)) throw std::runtime_error(path + ": is a folder; an output cannot replace it");
    return true;
}

bool all_digits(const std::string& s, std::size_t from, std::size_t to) {
    if (from >= to) return false;
    for (std::size_t i = from; i < to; ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

bool process_alive(pid_t pid) { return pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM); }

template <class Visit>
void for_each_temporary(const std::string& directory, Visit visit) {
    DIR* dir = ::opendir(directory.c_str());
    if (!dir) return;
    std::vector<std::pair<std::string, pid_t>> found;
    while (const dirent* entry = ::readdir(dir)) {
        pid_t pid = 0;
        if (parse_temporary_name(entry->d_name, &pid)) found.emplace_back(entry->d_name, pid);
    }
    ::closedir(dir);
    for (const auto& [name, pid] : found) visit(join(directory, name), pid);
}

// One earlier output kept aside while its replacement goes in, so it can be put back.
struct KeptAside {
    std::string final_path;
    std::string backup;  // "" when there was no earlier file
    bool replaced = false;
};

void put_back(std::vector<KeptAside>& kept) {
    for (auto it = kept.rbegin(); it != kept.rend(); ++it) {
        if (!it->replaced) {
            if (!it->backup.empty()) std::remove(it->backup.c_str());
            continue;
        }
        if (!it->backup.empty()) std::rename(it->backup.c_str(), it->final_path.c_str());
        else std::remove(it->final_path.c_str());
    }
}

}  // namespace

std::string temporary_path(const std::string& directory, const std::string& final_name, const char* kind) {
    return join(directory, "." + final_name + "." + kind + "-" + std::to_string(::getpid()) + "-" +
                               std::to_string(g_counter.fetch_add(1)));
}

bool parse_temporary_name(const std::string& name, pid_t* pid) {
    if (name.size() < 2 || name[0] != '.') return false;
    for (const char* kind : {".tmp-", ".old-"}) {
        for (std::size_t at = name.find(kind, 1); at != std::string::npos; at = name.find(kind, at + 1)) {
            if (at < 2) continue;  // ".NAME" needs a NAME
            const std::size_t pid_start = at + 5;
            const std::size_t dash = name.find('-', pid_start);
            if (dash == std::string::npos || !all_digits(name, pid_start, dash) || dash - pid_start > 9) continue;
            std::size_t end = dash + 1;
            while (end < name.size() && name[end] >= '0' && name[end] <= '9') ++end;
            if (end == dash + 1) continue;
            // After the counter: nothing, or what a writer or SQLite adds (".draft", "-journal").
            if (end < name.size() && name[end] != '.' && name[end] != '-') continue;
            *pid = static_cast<pid_t>(std::stol(name.substr(pid_start, dash - pid_start)));
            return true;
        }
    }
    return false;
}

void remove_temporaries_of(const std::string& directory, pid_t pid) {
    for_each_temporary(directory, [&](const std::string& path, pid_t maker) {
        if (maker == pid) std::remove(path.c_str());
    });
}

std::size_t remove_stale_temporaries(const std::string& directory) {
    std::size_t removed = 0;
    for_each_temporary(directory, [&](const std::string& path, pid_t maker) {
        if (maker != ::getpid() && !process_alive(maker) && std::remove(path.c_str()) == 0) ++removed;
    });
    return removed;
}

StagedFile::StagedFile(const std::string& directory, const std::string& final_name)
    : temp_path_(temporary_path(directory, final_name)), final_path_(join(directory, final_name)) {}

StagedFile::StagedFile(StagedFile&& other) noexcept
    : temp_path_(std::move(other.temp_path_)), final_path_(std::move(other.final_path_)), committed_(other.committed_) {
    other.committed_ = true;  // the moved-from object owns nothing
}

StagedFile::~StagedFile() {
    if (!committed_ && !temp_path_.empty()) std::remove(temp_path_.c_str());
}

void StagedFile::commit() { commit_staged({this}, {}); }

void commit_all(std::vector<StagedFile>& files, const std::function<void()>& then) {
    std::vector<StagedFile*> all;
    all.reserve(files.size());
    for (auto& f : files) all.push_back(&f);
    commit_staged(all, then);
}

void commit_staged(const std::vector<StagedFile*>& files, const std::function<void()>& then) {
    for (StagedFile* f : files) {
        struct stat st {};
        if (::stat(f->temp_path().c_str(), &st) != 0 || st.st_size == 0)
            throw std::runtime_error(f->final_path() + ": the output was not written completely");
        sync_path(f->temp_path());
    }
    std::vector<KeptAside> kept;
    try {
        // The earlier files are kept aside by a second name (a hard link), so the final names
        // never go missing: each rename below replaces one file by the other in one step.
        for (StagedFile* f : files) {
            KeptAside k{f->final_path(), "", false};
            if (exists_to_replace(f->final_path())) {
                k.backup = temporary_path(folder_of(f->final_path()), Poco::Path(f->final_path()).getFileName(), "old");
                if (::link(f->final_path().c_str(), k.backup.c_str()) != 0 &&
                    std::rename(f->final_path().c_str(), k.backup.c_str()) != 0)  // no hard links here
                    throw std::runtime_error(f->final_path() + ": cannot keep the earlier file aside: " +
                                             std::strerror(errno));
            }
            kept.push_back(k);
        }
        for (std::size_t i = 0; i < files.size(); ++i) {
            if (std::rename(files[i]->temp_path().c_str(), files[i]->final_path().c_str()) != 0)
                throw std::runtime_error(files[i]->final_path() + ": cannot move the finished file into place: " +
                                         std::strerror(errno));
            kept[i].replaced = true;
        }
        for (StagedFile* f : files) sync_path(folder_of(f->final_path()), O_RDONLY | O_DIRECTORY);
        if (then) then();
    } catch (...) {
        put_back(kept);
        throw;
    }
    for (StagedFile* f : files) f->committed_ = true;
    for (const auto& k : kept)
        if (!k.backup.empty()) std::remove(k.backup.c_str());
}

OutputFolderLock::OutputFolderLock(const std::string& directory) {
    fd_ = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd_ < 0) throw std::runtime_error(directory + ": cannot open the output folder: " + std::strerror(errno));
    while (::flock(fd_, LOCK_EX) != 0) {
        if (errno == EINTR) continue;
        const int saved = errno;
        ::close(fd_);
        fd_ = -1;
        throw std::runtime_error(directory + ": cannot lock the output folder: " + std::strerror(saved));
    }
}

OutputFolderLock::~OutputFolderLock() {
    if (fd_ >= 0) ::close(fd_);  // closing releases the lock
}

void prepare_output_directory(const std::string& directory) {
    try {
        Poco::File dir(directory);
        if (dir.exists() && !dir.isDirectory()) throw std::runtime_error(directory + ": exists and is not a folder");
        if (!dir.exists()) dir.createDirectories();
    } catch (const Poco::Exception& e) {
        throw std::runtime_error(directory + ": cannot create the output folder: " + e.message());
    }
    if (::access(directory.c_str(), W_OK | X_OK) != 0)
        throw std::runtime_error(directory + ": the output folder is not writable: " + std::strerror(errno));
}

std::string output_stem(const std::string& input_path) {
    std::string name = Poco::Path(input_path).getFileName();
    std::size_t dot = name.rfind('.');
    if (dot != std::string::npos && dot > 0) name = name.substr(0, dot);
    std::string out;
    for (unsigned char c : name) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
            c == '.')
            out += static_cast<char>(c);
        else
            out += '_';
    }
    while (!out.empty() && out[0] == '.') out.erase(0, 1);
    if (out.empty()) out = "scorecard";
    if (out.size() > 120) out.resize(120);
    return out;
}

}  // namespace scorecard
