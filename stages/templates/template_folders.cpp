#include "template_folders.hpp"

#include <Poco/File.h>
#include <Poco/Path.h>

#include <cstdlib>
#include <unistd.h>

#ifndef SCORECARD_INSTALLED_TEMPLATES
#define SCORECARD_INSTALLED_TEMPLATES "/usr/local/share/scorecard/templates"
#endif

namespace scorecard {

std::string program_folder() {
    char buffer[4096];
    const ssize_t n = ::readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    if (n <= 0) return "";
    return Poco::Path(std::string(buffer, static_cast<std::size_t>(n))).parent().toString();
}

std::vector<std::string> template_folders() {
    const char* chosen = std::getenv("SCORECARD_TEMPLATES");
    if (chosen && *chosen) return {chosen};
    std::vector<std::string> folders;
    const std::string program = program_folder();
    if (!program.empty()) {
        folders.push_back(Poco::Path(program).parent().toString() + "share/scorecard/templates");
        folders.push_back(program + "share/scorecard/templates");
    }
    folders.push_back(SCORECARD_INSTALLED_TEMPLATES);
    return folders;
}

std::string template_directory() {
    for (const auto& folder : template_folders()) {
        Poco::File f(folder);
        if (f.exists() && f.isDirectory()) return folder;
    }
    return "";
}

}  // namespace scorecard
