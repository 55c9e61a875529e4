#include "output_guard.hpp"

#include <Poco/Path.h>

#include <climits>
#include <functional>
#include <cstdlib>
#include <sys/stat.h>

#include "pipeline_run.hpp"
#include "stages/export/html/html_origin.hpp"
#include "stages/export/pdf/pdf_origin.hpp"
#include "stages/export/xlsx/workbook_origin.hpp"

namespace scorecard {

namespace {

// The absolute path with its folder's links resolved, for paths that do not exist yet.
std::string place_of(const std::string& path) {
    Poco::Path p(path);
    p.makeAbsolute();
    const std::string name = p.getFileName();
    std::string folder = p.parent().toString();
    char resolved[PATH_MAX];
    if (::realpath(folder.c_str(), resolved)) folder = resolved;
    if (!folder.empty() && folder.back() != '/') folder += '/';
    return folder + name;
}

[[noreturn]] void refuse(const std::string& message) { throw UsageOrIoError(message); }

// "PATH: <is> WHAT of this run (INPUT)<then>", a refusal naming what an input is.
[[noreturn]] void refuse_input(const std::string& path, const char* is, const std::string& what,
                               const std::string& input, const char* then) {
    std::string message = path;
    message += is;
    message += what;
    message += " of this run (";
    message += input;
    message += then;
    refuse(message);
}

}  // namespace

bool same_file(const std::string& a, const std::string& b) {
    struct stat sa {}, sb {};
    const bool a_exists = ::stat(a.c_str(), &sa) == 0, b_exists = ::stat(b.c_str(), &sb) == 0;
    if (a_exists && b_exists) return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    if (a_exists != b_exists) return false;
    return place_of(a) == place_of(b);
}

namespace {

// The checks every output path gets; `origin` says whether an existing regular file there is
// scorecard's own (it is not asked for anything else).
void check_output_against(const std::string& path, const RunFiles& run, const std::function<FileOrigin()>& origin) {
    for (const auto& [input, what] : run.inputs)
        if (!input.empty() && same_file(path, input))
            refuse_input(path, ": is ", what, input,
                         "); scorecard never writes an output over its input: choose another output folder or file name");
    if (!run.store.empty() && same_file(path, run.store))
        refuse(path + ": is the history store; scorecard never writes an output over it");

    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) return;  // nothing there
    if (S_ISDIR(st.st_mode)) refuse(path + ": is a folder; an output cannot replace it");
    std::string what;
    if (S_ISLNK(st.st_mode)) {
        what = "a symbolic link";
    } else if (!S_ISREG(st.st_mode)) {
        what = "not a regular file";
    } else {
        const FileOrigin found = origin();
        if (found.written_by_scorecard) return;
        what = found.description;
    }
    if (run.force) return;
    refuse(path + ": exists and is not an output scorecard wrote (it is " + what +
           "); move it aside, or give --force to replace it");
}

}  // namespace

void check_output_path(const std::string& path, OutputKind kind, const RunFiles& run) {
    check_output_against(path, run, [&] {
        switch (kind) {
            case OutputKind::Workbook: return xlsx::workbook_origin(path);
            case OutputKind::Pdf: return pdf::pdf_origin(path);
            case OutputKind::Html: return html::html_origin(path);
            case OutputKind::Csv: break;
        }
        return FileOrigin{false, "a file, and a CSV carries no sign of the program that wrote it"};
    });
}

void check_linked_output_path(const std::string& path, const std::string& page_path, const RunFiles& run) {
    check_output_against(path, run, [&] {
        return html::linked_file_origin(path, page_path, Poco::Path(path).getFileName());
    });
}

void check_store_path(const RunFiles& run, const std::vector<std::string>& outputs) {
    if (run.store.empty()) return;
    for (const auto& [input, what] : run.inputs)
        if (!input.empty() && same_file(run.store, input))
            refuse_input(run.store, ": the history store is ", what, input,
                         "); recording history would write over it: give --history another path");
    for (const auto& output : outputs)
        if (same_file(run.store, output))
            refuse(run.store + ": the history store is where this run writes an output (" + output +
                   "); the output would replace the history: give --history another path");
}

}  // namespace scorecard
