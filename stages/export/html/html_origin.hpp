// Whether a web page is one scorecard wrote and nobody has changed since: its last line is the
// checksum of everything before it (html_output.hpp). A page saved again by an editor or a
// browser ("Save page as"), or edited by hand, no longer matches, and is then the user's.
#pragma once

#include "stages/export/common/file_origin.hpp"

namespace scorecard::html {

FileOrigin html_origin(const std::string& path);

// A file that carries no sign of its maker (the CSV of the Data table) is known as scorecard's
// by the page that links to it: the page's link records the file's checksum (data-checksum),
// and the page is scorecard's own and unchanged (html_origin), so the file is byte for byte the
// one that build wrote.
//
// The checksum of a file's bytes, as a link records it (hex, html_output.hpp's Checksum); ""
// when it cannot be read.
std::string file_checksum(const std::string& path);

// The origin of `path`, a file the page at `page_path` may link to under `file_name`.
FileOrigin linked_file_origin(const std::string& path, const std::string& page_path, const std::string& file_name);

}  // namespace scorecard::html
