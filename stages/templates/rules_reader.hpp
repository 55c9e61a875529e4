// Reads the "rules" object of a template, or a rules file a template names.
#pragma once

#include <string>

#include "rating_rules.hpp"
#include "template_json.hpp"

namespace scorecard {

RatingRules read_rating_rules(const TemplateJson& rules);
// A rules file holds the same object as a template's "rules"; it cannot name another file,
// so a chain of files (or a file naming itself) cannot recurse.
RatingRules load_rating_rules(const std::string& path);

}  // namespace scorecard
