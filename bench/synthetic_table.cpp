#include "synthetic_table.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

namespace scorecard::bench {

namespace {

const char* kTopics[] = {
    "Help children and their families build strength, resilience, confidence and capacity",
    "Help children in Leicestershire to live in safe, stable environments and have secure attachments",
    "Help every child to get the best possible start in life",
    "Help every child to have access to good quality education to ensure they achieve their maximum potential",
    "People are safe in their daily lives",
    "Adults are supported to live independently and well at home",
    "Communities are clean, green and connected",
};
const char* kThemes[] = {"CFWS", "SEND", "Social Care", "Early Years", "Education", "Youth Justice", "Health",
                         "Housing"};
const char* kSubjects[] = {"Children becoming subject to a child protection plan",
                           "Care leavers in suitable accommodation",
                           "Eligible 2 year olds taking up their funded early education entitlement",
                           "Pupils reaching the expected standard in reading, writing and mathematics",
                           "Re-referrals to children's social care within 12 months",
                           "Single assessments completed within 45 working days",
                           "Young people not in education, employment or training",
                           "First time entrants to the criminal justice system aged 10-17"};
const char* kQualifiers[] = {"", " (FSM)", " (EHCP)", " (SEN Support)",
                             " for children and young people with special educational needs and disabilities, "
                             "measured at the end of the reporting period against the statutory timescale"};

std::string percent(double v, int decimals) {
    char b[32];
    std::snprintf(b, sizeof b, "%.*f%%", decimals, v);
    return b;
}

std::string grouped_count(long v) {
    std::string digits = std::to_string(v), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string score(double v) {
    char b[32];
    std::snprintf(b, sizeof b, "%.2f", v);
    return b;
}

}  // namespace

std::string synthetic_table(std::size_t indicators) {
    std::mt19937 rng(20221231);  // fixed: the same table every run
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::string out =
        "Topic\tTheme\tIndicator\tPolarity\tReporting Frequency\tPrevious Period\tPrevious Value\tLatest Period\t"
        "Latest Value\tTrend\tTarget\tStatus RAG\tNational benchmark (quartile 1 = top)\t"
        "Most recent Statistical Neighbour average\tId\n";
    out.reserve(indicators * 300);
    std::size_t topic_index = 0, left_in_topic = 0;
    for (std::size_t i = 0; i < indicators; ++i) {
        if (left_in_topic == 0) {
            left_in_topic = 4 + static_cast<std::size_t>(unit(rng) * 36);
            ++topic_index;
        }
        --left_in_topic;
        std::string topic = std::string(kTopics[topic_index % 7]) + " (" + std::to_string(topic_index) + ")";
        const char* theme = kThemes[(i / 3) % 8];
        std::string name = std::string(kSubjects[i % 8]) + kQualifiers[(i / 8) % 5] + " #" + std::to_string(i + 1);
        const int kind = static_cast<int>(i % 3);  // percentage, count, score
        const bool high_good = unit(rng) < 0.6;
        std::string previous, latest, target = "N/A", average;
        const double base = 20 + unit(rng) * 70;
        const double next = base + (unit(rng) - 0.5) * 6;
        // Figures are rounded to what is shown first, so the stated trend and RAG agree with
        // what compute derives, as in a table that has been checked: the benchmark measures a
        // clean build, not one reporting thousands of differences.
        double shown_base = 0, shown_next = 0, target_value = 0;
        if (kind == 0) {
            shown_base = std::round(base * 10) / 10;
            shown_next = std::round(next * 10) / 10;
            target_value = shown_base + (high_good ? 2 : -2);
            previous = percent(shown_base, 1);
            latest = percent(shown_next, 1);
            target = (high_good ? ">" : "<") + percent(target_value, 1);
            average = percent(base + (unit(rng) - 0.5) * 10, 1);
        } else if (kind == 1) {
            shown_base = std::floor(base * 97);
            shown_next = std::floor(next * 97);
            previous = grouped_count(static_cast<long>(shown_base));
            latest = grouped_count(static_cast<long>(shown_next));
            average = "N/A";
        } else {
            shown_base = std::round((base / 50 - 1) * 100) / 100;
            shown_next = std::round((next / 50 - 1) * 100) / 100;
            previous = score(shown_base);
            latest = score(shown_next);
            average = score((base + 3) / 50 - 1);
        }
        const double change = shown_next - shown_base;
        const std::string trend = change > 1e-9 ? "Increase" : change < -1e-9 ? "Decrease" : "No Change";
        const int quartile = 1 + static_cast<int>(unit(rng) * 4);
        int rating = quartile == 1 ? 3 : quartile == 4 ? 1 : 2;  // Green 3, Amber 2, Red 1
        if (kind == 0) {
            const bool met = high_good ? shown_next > target_value + 1e-9 : shown_next < target_value - 1e-9;
            rating = std::max(rating, met ? 3 : 1);
        }
        const char* rag = rating == 3 ? "Green" : rating == 2 ? "Amber" : "Red";
        out += topic + "\t" + theme + "\t" + name + "\t" +
               (high_good ? "High = Good" : "Low = Good") + "\tQuarter\tQ2 2022/23\t" + previous + "\tQ3 2022/23\t" +
               latest + "\t" + trend + "\t" + target + "\t" + rag + "\t" + std::to_string(quartile) + "\t" + average +
               "\tSYN" + std::to_string(i + 1) + "\n";
    }
    return out;
}

}  // namespace scorecard::bench
