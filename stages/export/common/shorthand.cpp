#include "shorthand.hpp"

#include "stages/model/text_utils.hpp"

namespace scorecard {

const char* shorthand_symbol(Shorthand s) {
    switch (s) {
        case Shorthand::NotAvailable: return "[x]";
        case Shorthand::NotApplicable: return "[z]";
        case Shorthand::Suppressed: return "[c]";
    }
    return "[x]";
}

const char* shorthand_meaning(Shorthand s) {
    switch (s) {
        case Shorthand::NotAvailable:
            return "Not available: the source gave no value, or a value this is worked out from is missing";
        case Shorthand::NotApplicable:
            return "Not applicable: nothing belongs here (no target to compare with, or the figure is in the "
                   "column beside)";
        case Shorthand::Suppressed:
            return "Suppressed: the publisher withheld the figure (a small count, or to keep someone from "
                   "being identified)";
    }
    return "";
}

Shorthand shorthand_for(const Value& value) {
    switch (value.state) {
        case ValueState::NotApplicable: return Shorthand::NotApplicable;
        case ValueState::Suppressed: {
            std::string symbol = to_lower_ascii(trim(value.text));
            if (symbol.size() > 2 && symbol.front() == '[' && symbol.back() == ']') symbol = symbol.substr(1, symbol.size() - 2);
            if (symbol == "c" || symbol == "low" || symbol == "*") return Shorthand::Suppressed;
            if (symbol == "z") return Shorthand::NotApplicable;
            return Shorthand::NotAvailable;
        }
        case ValueState::Blank:
        case ValueState::Invalid:
        case ValueState::Number: break;
    }
    return Shorthand::NotAvailable;
}

}  // namespace scorecard
