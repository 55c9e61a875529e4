// National benchmarking data (--national): every authority's value of each indicator, the England
// and regional figures where the publication gives them, and the statistical neighbours of the
// scorecard's own authority (--neighbours). docs/benchmarking.md describes the files.
#pragma once

#include <string>
#include <vector>

#include "period.hpp"
#include "value.hpp"

namespace scorecard {

enum class GeographicLevel {
    LocalAuthority,  // ranked
    Region,          // a region's figure, shown beside the neighbour average
    England          // the national figure, shown beside the neighbour average
};

struct NationalValue {
    GeographicLevel level = GeographicLevel::LocalAuthority;
    std::string authority_code;  // trimmed and upper case; the new code (E06000001) where known
    std::string old_code;        // the three-digit code, where the file gives it
    std::string authority_name;
    std::string region_code;  // the authority's region, or the region a Region row is for
    std::string region_name;
    std::string indicator_id;
    Period period;
    Value value;  // a figure, blank, N/A, or a suppression symbol kept as written
    std::string file;
    int line = 0;
};

struct NationalData {
    std::vector<std::string> files;
    std::vector<NationalValue> values;
    std::string own_authority;            // the scorecard's authority, as the data's codes write it
    std::vector<std::string> neighbours;  // its statistical neighbours, as the data's codes write them
    std::string neighbours_file;
};

// How an authority code is compared: trimmed and upper case ("e06000001 " is E06000001).
std::string fold_authority_code(const std::string& code);

// How an indicator id is compared: trimmed and lower case.
std::string fold_indicator_id(const std::string& id);

const char* geographic_level_name(GeographicLevel level);  // "Local authority", "Regional", "National"

}  // namespace scorecard
