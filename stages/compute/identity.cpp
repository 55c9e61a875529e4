#include "identity.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <vector>

#include "stages/model/text_utils.hpp"

namespace scorecard {

namespace {

std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> words;
    std::string slug = slugify(fold_for_matching(text));
    std::size_t start = 0;
    while (start < slug.size()) {
        std::size_t end = slug.find('-', start);
        if (end == std::string::npos) end = slug.size();
        if (end > start) words.push_back(slug.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

template <class Set>
double dice(const Set& a, const Set& b) {
    if (a.empty() && b.empty()) return 1;
    std::size_t common = 0;
    for (const auto& x : a) common += b.count(x);
    return 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size());
}

std::multiset<std::string> letter_pairs(const std::vector<std::string>& words) {
    std::multiset<std::string> pairs;
    for (const auto& w : words)
        for (std::size_t i = 0; i + 1 < w.size(); ++i) pairs.insert(w.substr(i, 2));
    return pairs;
}

double multiset_dice(const std::multiset<std::string>& a, const std::multiset<std::string>& b) {
    if (a.empty() && b.empty()) return 1;
    std::vector<std::string> common;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
    return 2.0 * static_cast<double>(common.size()) / static_cast<double>(a.size() + b.size());
}

bool same_text(const std::string& a, const std::string& b) {
    return !a.empty() && fold_for_matching(a) == fold_for_matching(b);
}

std::string percent(double x) { return std::to_string(std::lround(x * 100)) + "%"; }

std::string quoted_name(const std::string& name) { return "'" + name + "'"; }

}  // namespace

std::string alias_command(const std::string& old_id, const std::string& new_id, const std::string& store) {
    return "scorecard history alias " + old_id + " " + new_id + " --history " + store;
}

double name_similarity(const std::string& a, const std::string& b) {
    const std::vector<std::string> wa = words_of(a), wb = words_of(b);
    const std::set<std::string> sa(wa.begin(), wa.end()), sb(wb.begin(), wb.end());
    // Words catch reordering ("educated at home" / "home educated"), letter pairs catch
    // spelling and inflection ("electively" / "elective").
    return std::max(dice(sa, sb), multiset_dice(letter_pairs(wa), letter_pairs(wb)));
}

double indicator_similarity(const std::string& name_a, const std::string& theme_a, const std::string& topic_a,
                            const std::string& name_b, const std::string& theme_b, const std::string& topic_b) {
    return 0.6 * name_similarity(name_a, name_b) + (same_text(theme_a, theme_b) ? 0.2 : 0) +
           (same_text(topic_a, topic_b) ? 0.2 : 0);
}

void compare_identity(Scorecard& scorecard, Findings& findings) {
    scorecard.identity_changes.clear();
    const EarlierEdition& earlier = scorecard.earlier;
    if (!earlier.loaded) return;
    std::map<std::string, std::string> alias(earlier.aliases.begin(), earlier.aliases.end());
    auto series_of = [&](const std::string& id) {
        auto it = alias.find(id);
        return it == alias.end() ? id : it->second;
    };

    struct Current {
        const Indicator* indicator;
        std::string group;
    };
    std::map<std::string, Current> current;  // by series id
    std::vector<const Current*> in_order;
    for (const auto& g : scorecard.groups)
        for (const auto& i : g.indicators) {
            auto [it, added] = current.emplace(series_of(i.id), Current{&i, g.name});
            if (added) in_order.push_back(&it->second);
        }
    std::map<std::string, const EarlierIndicator*> before;  // by series id
    for (const auto& e : earlier.indicators) before.emplace(e.id, &e);

    std::vector<const Current*> added;
    for (const Current* c : in_order) {
        const std::string series = series_of(c->indicator->id);
        auto it = before.find(series);
        if (it == before.end()) {
            added.push_back(c);
        } else if (it->second->stored_id != c->indicator->id) {
            IdentityChange change;
            change.kind = IdentityChangeKind::Joined;
            change.id = c->indicator->id;
            change.name = c->indicator->name.text;
            change.earlier_id = it->second->stored_id;
            change.earlier_name = it->second->name;
            scorecard.identity_changes.push_back(change);
            findings
                .note("joined-indicator", c->indicator->name.where,
                      quoted_name(change.name) + " (id " + change.id + ") continues " + quoted_name(change.earlier_name) +
                          " (id " + change.earlier_id + ") of " + earlier.period + ": joined by a history alias")
                .indicator = change.name;
        }
    }
    std::vector<const EarlierIndicator*> dropped;
    for (const auto& e : earlier.indicators)
        if (!current.count(e.id)) dropped.push_back(&e);

    // Likely renames: every dropped and new pair scored, the best pairs taken first, each
    // indicator in one pair at most.
    struct Candidate {
        double score;
        std::size_t added_index, dropped_index;
    };
    std::vector<Candidate> candidates;
    for (std::size_t a = 0; a < added.size(); ++a)
        for (std::size_t d = 0; d < dropped.size(); ++d) {
            const Indicator& now = *added[a]->indicator;
            const EarlierIndicator& then = *dropped[d];
            if (name_similarity(now.name.text, then.name) < kLikelyRenameNameSimilarity) continue;
            const double score =
                indicator_similarity(now.name.text, now.theme.text, added[a]->group, then.name, then.theme, then.group);
            if (score >= kLikelyRenameSimilarity) candidates.push_back({score, a, d});
        }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& x, const Candidate& y) { return x.score > y.score; });
    std::vector<bool> added_paired(added.size()), dropped_paired(dropped.size());
    for (const Candidate& c : candidates) {
        if (added_paired[c.added_index] || dropped_paired[c.dropped_index]) continue;
        added_paired[c.added_index] = dropped_paired[c.dropped_index] = true;
        const Indicator& now = *added[c.added_index]->indicator;
        const EarlierIndicator& then = *dropped[c.dropped_index];
        IdentityChange change;
        change.kind = IdentityChangeKind::LikelyRenamed;
        change.id = now.id;
        change.name = now.name.text;
        change.earlier_id = then.stored_id;
        change.earlier_name = then.name;
        change.similarity = c.score;
        Finding& f = findings.warning(
            "likely-renamed", now.name.where,
            quoted_name(now.name.text) + " (id " + now.id + ") is new this period and looks like " +
                quoted_name(then.name) + " (id " + then.stored_id + ") of " + earlier.period +
                " renamed (" + percent(c.score) + " alike by name, theme and topic); if it is the same indicator, " +
                "join their series: " + alias_command(then.stored_id, now.id, earlier.store));
        f.indicator = now.name.text;
        scorecard.identity_changes.push_back(change);
    }
    for (std::size_t a = 0; a < added.size(); ++a) {
        if (added_paired[a]) continue;
        const Indicator& now = *added[a]->indicator;
        IdentityChange change;
        change.kind = IdentityChangeKind::New;
        change.id = now.id;
        change.name = now.name.text;
        Finding& f = findings.warning(
            "new-indicator", now.name.where,
            quoted_name(now.name.text) + " (id " + now.id + ") is new this period: the " + earlier.period +
                " scorecard in the history store has no such indicator; if it continues one of that scorecard's, " +
                "join their series: " + alias_command("OLD-ID", now.id, earlier.store));
        f.indicator = now.name.text;
        scorecard.identity_changes.push_back(change);
    }
    for (std::size_t d = 0; d < dropped.size(); ++d) {
        if (dropped_paired[d]) continue;
        const EarlierIndicator& then = *dropped[d];
        IdentityChange change;
        change.kind = IdentityChangeKind::Dropped;
        change.earlier_id = then.stored_id;
        change.earlier_name = then.name;
        Finding& f = findings.warning(
            "dropped-indicator", {},
            quoted_name(then.name) + " (id " + then.stored_id + ") of the " + earlier.period +
                " scorecard is not in this table; if it was renamed, join their series: " +
                alias_command(then.stored_id, "NEW-ID", earlier.store));
        f.indicator = then.name;
        scorecard.identity_changes.push_back(change);
    }
}

}  // namespace scorecard
