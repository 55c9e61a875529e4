// Text as Office Open XML stores it: characters XML cannot hold are written "_xHHHH_"
// (ECMA-376 Part 1, 22.9.2.19, ST_Xstring), "_x005F_" being the escape of '_' itself.
#pragma once

#include <string>

namespace scorecard {

// Turns the escapes back into the characters they stand for (UTF-8).
std::string decode_ooxml_escapes(const std::string& text);

}  // namespace scorecard
