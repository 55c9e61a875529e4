#include "json_report.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <ostream>
#include <sstream>

#include "scorecard_version.hpp"
#include "stages/compute/identity.hpp"
#include "stages/model/text_utils.hpp"

namespace scorecard {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

Poco::Dynamic::Var value_json(const Value& v) {
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    switch (v.state) {
        case ValueState::Blank: o->set("state", "blank"); break;
        case ValueState::NotApplicable: o->set("state", "not applicable"); break;
        case ValueState::Number: o->set("state", "number"); break;
        case ValueState::Invalid: o->set("state", "invalid"); break;
        case ValueState::Suppressed: o->set("state", "suppressed"); break;
    }
    if (v.is_number()) {
        o->set("number", v.number);
        o->set("unit", unit_name(v.unit));
        o->set("decimals", v.decimals);
        o->set("grouped", v.grouped);
        o->set("shown", display_text(v));
    }
    o->set("text", v.text);
    return o;
}

Poco::Dynamic::Var period_json(const Period& p) {
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("text", p.text);
    o->set("kind", period_kind_name(p.kind));
    o->set("sort_key", period_sort_key(p));
    return o;
}

template <class T>
Poco::Dynamic::Var optional_json(const std::optional<T>& v) {
    if (!v) return Poco::Dynamic::Var();
    return *v;
}

Poco::Dynamic::Var published_json(const Published& p, bool rating) {
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("text", p.text);
    if (rating) o->set("rating", rag_name(p.rag));
    o->set("as", published_as_name(p.as));
    o->set("marked", p.changed());
    o->set("stated", p.stated);
    o->set("rule", p.rule);
    return o;
}

Poco::Dynamic::Var indicator_json(const Indicator& i) {
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("id", i.id);
    o->set("line", i.line);
    o->set("group", i.group);
    o->set("theme", i.theme.text);
    o->set("name", i.name.text);
    o->set("polarity", polarity_name(i.polarity));
    o->set("polarity_text", i.polarity_text.text);
    o->set("frequency", i.frequency.text);
    o->set("previous_period", period_json(i.previous_period));
    o->set("previous", value_json(i.previous));
    o->set("latest_period", period_json(i.latest_period));
    o->set("latest", value_json(i.latest));
    if (!i.latest_bracketed.is_blank()) o->set("latest_bracketed", value_json(i.latest_bracketed));
    o->set("stated_trend", i.stated_trend.text);
    o->set("stated_direction", i.stated_direction.text);
    Object::Ptr target = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    target->set("text", i.target.text);
    target->set("operator", target_operator_text(i.target.op));
    target->set("value", value_json(i.target.value));
    o->set("target", target);
    Object::Ptr rag = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    rag->set("text", i.stated_rag.text);
    rag->set("rating", rag_name(i.stated_rag.rag));
    o->set("stated_rag", rag);
    o->set("quartile", value_json(i.quartile));
    o->set("neighbour_average", value_json(i.neighbour_average));
    if (!i.numerator.is_blank()) o->set("numerator", value_json(i.numerator));
    if (!i.denominator.is_blank()) o->set("denominator", value_json(i.denominator));
    if (!i.commentary.text.empty()) o->set("commentary", i.commentary.text);
    Array::Ptr history = new Array;
    for (const auto& h : i.history) {
        Object::Ptr point = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        point->set("period", period_json(h.period));
        point->set("value", value_json(h.value));
        history->add(point);
    }
    o->set("history", history);

    const Computed& c = i.computed;
    Object::Ptr computed = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    computed->set("trend", trend_name(c.trend));
    computed->set("direction", direction_name(c.direction));
    computed->set("target_met", optional_json(c.target_met));
    computed->set("target_gap", optional_json(c.target_gap));
    computed->set("quartile_rag", rag_name(c.quartile_rag));
    computed->set("target_rag", rag_name(c.target_rag));
    computed->set("rag", rag_name(c.rag));
    Array::Ptr allowed = new Array;
    for (Rag r : {Rag::Green, Rag::Amber, Rag::Red})
        if (c.rag_allowed.has(r)) allowed->add(std::string(rag_name(r)));
    computed->set("rag_allowed", allowed);
    computed->set("rag_rule", c.rag_rule);
    computed->set("change", optional_json(c.change));
    computed->set("relative_change", optional_json(c.relative_change));
    computed->set("neighbour_gap", optional_json(c.neighbour_gap));
    computed->set("national_rank", optional_json(c.national_rank));
    computed->set("national_authorities", optional_json(c.national_authorities));
    computed->set("national_quartile", optional_json(c.national_quartile));
    computed->set("quartile_position", optional_json(c.quartile_position));
    computed->set("national_neighbour_average", c.national_neighbour_average.is_number()
                                                    ? Poco::Dynamic::Var(c.national_neighbour_average.number)
                                                    : Poco::Dynamic::Var());
    if (c.national_benchmarked) {
        Object::Ptr national = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        national->set("period", c.national_period);
        national->set("no_quartile_reason", c.no_quartile_reason);
        national->set("own_value", value_json(c.national_own_value));
        national->set("neighbour_average", value_json(c.national_neighbour_average));
        national->set("neighbours_averaged", optional_json(c.neighbours_averaged));
        national->set("neighbours_without_value", c.neighbours_without_value);
        national->set("england_average", value_json(c.england_average));
        national->set("region", c.region_name);
        national->set("region_average", value_json(c.region_average));
        computed->set("national", national);
    }
    o->set("computed", computed);

    Object::Ptr published = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    published->set("trend", published_json(i.published.trend, false));
    published->set("direction", published_json(i.published.direction, false));
    published->set("rag", published_json(i.published.rag, true));
    o->set("published", published);
    return o;
}

// What the history store's earlier scorecard says about this one: which indicators are new,
// dropped, likely renamed (with the command that joins the two series) or joined by an alias.
Poco::Dynamic::Var identity_json(const Scorecard& s) {
    Array::Ptr changes = new Array;
    for (const auto& c : s.identity_changes) {
        Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        o->set("kind", identity_change_kind_name(c.kind));
        o->set("id", c.id);
        o->set("name", c.name);
        o->set("earlier_id", c.earlier_id);
        o->set("earlier_name", c.earlier_name);
        if (c.kind == IdentityChangeKind::LikelyRenamed) {
            o->set("similarity", c.similarity);
            o->set("join_command", alias_command(c.earlier_id, c.id, s.earlier.store));
        }
        changes->add(o);
    }
    return changes;
}

Poco::Dynamic::Var counts_json(const RatingCounts& c) {
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("green", c.green);
    o->set("amber", c.amber);
    o->set("red", c.red);
    o->set("not_rated", c.not_rated);
    return o;
}

Poco::Dynamic::Var travel_json(const std::vector<TravelChange>& list) {
    Array::Ptr a = new Array;
    for (const auto& t : list) {
        Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        o->set("id", t.id);
        o->set("name", t.name);
        o->set("previous_period", t.previous_period);
        o->set("previous", value_json(t.previous));
        o->set("latest_period", t.latest_period);
        o->set("latest", value_json(t.latest));
        o->set("change", t.change);
        o->set("relative_change", t.has_relative ? Poco::Dynamic::Var(t.relative) : Poco::Dynamic::Var());
        a->add(o);
    }
    return a;
}

// The summary every document prints first (stages/compute/summary), as data.
Poco::Dynamic::Var summary_json(const Scorecard& s) {
    const PeriodSummary& sum = s.summary;
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("counts", counts_json(sum.now));
    if (sum.has_earlier) {
        o->set("earlier_period", sum.earlier_period);
        o->set("earlier_counts", counts_json(sum.earlier));
    }
    Array::Ptr moves = new Array;
    for (const auto& m : sum.rating_changes) {
        Object::Ptr mo = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        mo->set("id", m.id);
        mo->set("name", m.name);
        mo->set("before", m.before);
        mo->set("after", m.after);
        mo->set("move", rating_move_name(m.move));
        moves->add(mo);
    }
    o->set("rating_changes", moves);
    o->set("improvements", travel_json(sum.improvements));
    o->set("declines", travel_json(sum.declines));
    return o;
}

}  // namespace

void write_json_report(const CheckedScorecard& checked, std::ostream& out) {
    Object::Ptr root = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    const Scorecard& s = checked.scorecard;
    root->set("scorecard_version", SCORECARD_VERSION);
    root->set("source_file", s.source_file);
    root->set("encoding", s.source_encoding);
    root->set("format", s.source_format);
    if (!s.source_sheet.empty()) root->set("sheet", s.source_sheet);
    root->set("layout", layout_name(s.layout));
    root->set("title", s.title);
    root->set("period", s.period);
    root->set("rejected", checked.rejected);
    root->set("template", checked.layout.name);
    root->set("publish_policy", publish_policy_name(s.publish_policy));

    Array::Ptr findings = new Array;
    for (const auto& f : checked.findings.all()) {
        Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        o->set("severity", severity_name(f.severity));
        o->set("code", f.code);
        o->set("file", f.file);
        o->set("line", f.where.line);
        o->set("column", f.where.column);
        o->set("cell", f.where.cell);
        if (f.where.in_sheet()) {
            // A workbook cell: its sheet, row and column, and the reference Excel shows ("C7").
            o->set("sheet", sheet_name(f.where.sheet));
            o->set("row", f.where.line);
            o->set("reference", cell_reference(f.where));
        }
        o->set("indicator", f.indicator);
        o->set("message", f.message);
        o->set("action", action_name(f.action));
        o->set("before", f.before);
        o->set("after", f.after);
        o->set("rule", f.rule);
        findings->add(o);
    }
    root->set("findings", findings);

    Array::Ptr groups = new Array;
    for (const auto& g : s.groups) {
        Object::Ptr go = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        go->set("name", g.name);
        go->set("line", g.where.line);
        Array::Ptr indicators = new Array;
        for (const auto& i : g.indicators) indicators->add(indicator_json(i));
        go->set("indicators", indicators);
        groups->add(go);
    }
    root->set("groups", groups);
    if (s.earlier.loaded) {
        Object::Ptr earlier = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        earlier->set("period", s.earlier.period);
        earlier->set("store", s.earlier.store);
        root->set("earlier", earlier);
    }
    root->set("identity_changes", identity_json(s));
    root->set("summary", summary_json(s));
    Array::Ptr key = new Array;
    for (const auto& line : s.rag_key) key->add(line);
    root->set("rag_key", key);
    // Poco escapes quotes and control characters but passes bytes through: a byte that is not
    // UTF-8 (from a file name, say) would make the document unreadable JSON, so each becomes
    // U+FFFD, as every writer shows it. Everything else in the document is ASCII or valid UTF-8.
    std::ostringstream json;
    root->stringify(json, 2);
    out << u32_to_utf8(utf8_to_u32(json.str())) << '\n';
}

}  // namespace scorecard
