// Packs parts into a zip archive in memory with minizip, so the workbook fuzzer can hand the
// readers XML it made up without touching the disk.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace scorecard::fuzz {

std::string zip_in_memory(const std::vector<std::pair<std::string, std::string>>& parts);

}  // namespace scorecard::fuzz
