// Where templates named with -t are found, so an installed or moved scorecard finds its own:
//   1. $SCORECARD_TEMPLATES, when set (and then only there);
//   2. share/scorecard/templates beside the program's folder (bin/../share/...), the install
//      layout, wherever the tree was installed or moved to;
//   3. share/scorecard/templates in the program's own folder: the build folder, where CMake
//      links it to the source tree's output_templates/;
//   4. the folder of the install prefix the program was configured with.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace scorecard {

// The folders above, in order (1 alone when $SCORECARD_TEMPLATES is set).
std::vector<std::string> template_folders();

// The first of them that exists, or "" when none does.
std::string template_directory();

// The templates -t can name: each .json file of the folders above, the first folder holding a
// name winning (as -t finds it), sorted by name. Pairs of (name, path).
std::vector<std::pair<std::string, std::string>> named_templates();

// The folder this program is in (from /proc/self/exe), or "" when it cannot be told.
std::string program_folder();

}  // namespace scorecard
