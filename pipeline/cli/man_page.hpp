// The manual page (scorecard.1), written by `scorecard --man-page` from the same option set and
// texts as --help; the build runs it to make the page it installs.
#pragma once

#include <Poco/Util/OptionSet.h>

#include <ostream>

namespace scorecard {

void write_man_page(std::ostream& out, const Poco::Util::OptionSet& options);

}  // namespace scorecard
