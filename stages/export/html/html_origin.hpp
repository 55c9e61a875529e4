// Whether a web page is one scorecard wrote and nobody has changed since: its last line is the
// checksum of everything before it (html_output.hpp). A page saved again by an editor or a
// browser ("Save page as"), or edited by hand, no longer matches, and is then the user's.
#pragma once

#include "stages/export/common/file_origin.hpp"

namespace scorecard::html {

FileOrigin html_origin(const std::string& path);

}  // namespace scorecard::html
