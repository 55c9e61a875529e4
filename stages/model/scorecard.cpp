#include "scorecard.hpp"

namespace scorecard {

std::size_t Scorecard::indicator_count() const {
    std::size_t n = 0;
    for (const auto& g : groups) n += g.indicators.size();
    return n;
}

const char* rating_move_name(RatingMove move) {
    switch (move) {
        case RatingMove::Up: return "Up";
        case RatingMove::Down: return "Down";
        case RatingMove::NowRated: return "Now rated";
        case RatingMove::NoLongerRated: return "No longer rated";
    }
    return "";
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

const char* identity_change_kind_name(IdentityChangeKind k) {
    switch (k) {
        case IdentityChangeKind::New: return "new";
        case IdentityChangeKind::Dropped: return "dropped";
        case IdentityChangeKind::LikelyRenamed: return "likely renamed";
        case IdentityChangeKind::Joined: return "joined";
    }
    return "new";
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

namespace {
unsigned rag_bit(Rag r) {
    switch (r) {
        case Rag::Green: return 1;
        case Rag::Amber: return 2;
        case Rag::Red: return 4;
        default: return 0;
    }
}
}  // namespace

void RagSet::add(Rag r) { bits_ |= rag_bit(r); }

bool RagSet::has(Rag r) const { return rag_bit(r) != 0 && (bits_ & rag_bit(r)) != 0; }

int RagSet::size() const { return (bits_ & 1 ? 1 : 0) + (bits_ & 2 ? 1 : 0) + (bits_ & 4 ? 1 : 0); }

Rag RagSet::only() const {
    if (size() != 1) return Rag::None;
    return has(Rag::Green) ? Rag::Green : has(Rag::Amber) ? Rag::Amber : Rag::Red;
}

std::string RagSet::words() const {
    std::string out;
    const int n = size();
    int k = 0;
    for (Rag r : {Rag::Green, Rag::Amber, Rag::Red}) {
        if (!has(r)) continue;
        ++k;
        if (k > 1) out += k == n ? " or " : ", ";
        out += rag_name(r);
    }
    return out;
}

const char* publish_policy_name(PublishPolicy p) { return p == PublishPolicy::Stated ? "stated" : "computed"; }

bool publish_policy_from_name(const std::string& name, PublishPolicy* out) {
    if (name == "computed") *out = PublishPolicy::Computed;
    else if (name == "stated") *out = PublishPolicy::Stated;
    else return false;
    return true;
}

const char* published_as_name(PublishedAs a) {
    switch (a) {
        case PublishedAs::Stated: return "as stated";
        case PublishedAs::Filled: return "filled";
        case PublishedAs::Corrected: return "corrected";
        case PublishedAs::Unconfirmed: return "could not be confirmed";
    }
    return "as stated";
}

}  // namespace scorecard
