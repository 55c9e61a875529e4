#include "national_data.hpp"

#include <cctype>

#include "text_utils.hpp"

namespace scorecard {

std::string fold_authority_code(const std::string& code) {
    std::string out = trim(code);
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

std::string fold_indicator_id(const std::string& id) { return to_lower_ascii(trim(id)); }

const char* geographic_level_name(GeographicLevel level) {
    switch (level) {
        case GeographicLevel::LocalAuthority: return "Local authority";
        case GeographicLevel::Region: return "Regional";
        case GeographicLevel::England: return "National";
    }
    return "";
}

}  // namespace scorecard
