// National benchmarking data (--national): every authority's value of each indicator, and the
// statistical neighbours of the scorecard's own authority (--neighbours).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "period.hpp"
#include "value.hpp"

namespace scorecard {

struct NationalValue {
    std::string authority_code;
    std::string authority_name;
    std::string indicator_id;
    Period period;
    Value value;
    int line = 0;
};

struct NationalData {
    std::string file;
    std::vector<NationalValue> values;
    std::string own_authority;  // the scorecard's authority (from --authority or the neighbours file)
    std::vector<std::string> neighbours;  // its statistical neighbours' codes
    std::string neighbours_file;
};

}  // namespace scorecard
