#include "scorecard.hpp"

namespace scorecard {

std::size_t Scorecard::indicator_count() const {
    std::size_t n = 0;
    for (const auto& g : groups) n += g.indicators.size();
    return n;
}

const char* polarity_name(Polarity p) {
    switch (p) {
        case Polarity::HighIsGood: return "High = Good";
        case Polarity::LowIsGood: return "Low = Good";
        case Polarity::None: return "N/A";
        case Polarity::NotStated: return "Not stated";
    }
    return "Not stated";
}

const char* trend_name(Trend t) {
    switch (t) {
        case Trend::Increase: return "Increase";
        case Trend::Decrease: return "Decrease";
        case Trend::NoChange: return "No Change";
        case Trend::NotAvailable: return "N/A";
    }
    return "N/A";
}

const char* direction_name(Direction d) {
    switch (d) {
        case Direction::Better: return "Better";
        case Direction::Worse: return "Worse";
        case Direction::Same: return "Same";
        case Direction::Similar: return "Similar";
        case Direction::Higher: return "Higher";
        case Direction::Lower: return "Lower";
        case Direction::NotAvailable: return "n/a";
    }
    return "n/a";
}

const char* rag_name(Rag r) {
    switch (r) {
        case Rag::Green: return "Green";
        case Rag::Amber: return "Amber";
        case Rag::Red: return "Red";
        case Rag::NotApplicable: return "N/A";
        case Rag::None: return "";
    }
    return "";
}

const char* rag_letter(Rag r) {
    switch (r) {
        case Rag::Green: return "G";
        case Rag::Amber: return "A";
        case Rag::Red: return "R";
        case Rag::NotApplicable: return "n/a";
        case Rag::None: return "";
    }
    return "";
}

const char* layout_name(SourceLayout l) {
    switch (l) {
        case SourceLayout::Flat: return "2022/23 flat";
        case SourceLayout::Sectioned: return "2019/20 sectioned";
        case SourceLayout::Unknown: return "unknown";
    }
    return "unknown";
}

std::string target_operator_text(TargetOperator op) {
    switch (op) {
        case TargetOperator::Less: return "<";
        case TargetOperator::LessOrEqual: return "<=";
        case TargetOperator::Greater: return ">";
        case TargetOperator::GreaterOrEqual: return ">=";
        case TargetOperator::Equal: return "=";
        case TargetOperator::None: return "";
    }
    return "";
}

}  // namespace scorecard
