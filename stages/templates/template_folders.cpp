#include "template_folders.hpp"

#include <Poco/DirectoryIterator.h>
#include <Poco/Exception.h>
#include <Poco/File.h>
#include <Poco/Path.h>

#include <cstdlib>
#include <map>
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

std::vector<std::pair<std::string, std::string>> named_templates() {
    std::map<std::string, std::string> found;
    for (const auto& folder : template_folders()) {
        try {
            Poco::File f(folder);
            if (!f.exists() || !f.isDirectory()) continue;
            for (Poco::DirectoryIterator it(folder), end; it != end; ++it) {
                const std::string name = it.name();
                if (name.size() <= 5 || name.compare(name.size() - 5, 5, ".json") != 0 || name[0] == '.') continue;
                if (!it->isFile()) continue;
                found.emplace(name.substr(0, name.size() - 5), Poco::Path(folder).append(name).toString());
            }
        } catch (const Poco::Exception&) {
            // A folder that cannot be listed offers no templates; -t names the folders it looked in.
        }
    }
    return {found.begin(), found.end()};
}

std::string template_directory() {
    for (const auto& folder : template_folders()) {
        Poco::File f(folder);
        if (f.exists() && f.isDirectory()) return folder;
    }
    return "";
}

}  // namespace scorecard
