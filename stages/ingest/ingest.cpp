#include "ingest.hpp"

#include <map>

#include "stages/model/text_utils.hpp"
#include "decimal_commas.hpp"
#include "flat_reader.hpp"
#include "header_matching.hpp"
#include "indicator_ids.hpp"
#include "raw_table.hpp"
#include "sectioned_reader.hpp"
#include "delimited_file.hpp"
#include "stages/ingest/workbook/workbook_reader.hpp"

namespace scorecard {

namespace {

// The flat layout carries no title row: take the period from the latest quarter named in the
// Latest Period column, and say so.
void infer_reporting_period(Scorecard* scorecard, Findings& findings) {
    if (!scorecard->period.empty()) return;
    const Period* latest = nullptr;
    scorecard->for_each_indicator([&](const Indicator& i) {
        if (i.latest_period.kind == PeriodKind::FinancialQuarter &&
            (!latest || period_before(*latest, i.latest_period)))
            latest = &i.latest_period;
    });
    if (!latest) return;
    // "Q3 2022/23" -> "FY2022/23 Q3", the form the committee papers use in titles.
    std::vector<std::string> words = split_words(latest->text);
    std::string period = latest->text;
    if (words.size() == 2 && (words[0][0] == 'Q' || words[0][0] == 'q')) {
        std::string year = words[1];
        if (!starts_with(to_lower_ascii(year), "fy")) year = "FY" + year;
        period = year + " " + words[0];
    }
    scorecard->period = period;
    findings.note("period-inferred", latest->where,
                  "the table states no reporting period; taken as " + period +
                      ", the latest quarter in the Latest Period column (give --period to set it)");
}

// The rows of a text table, or false (with an error finding) when there is none. `how` says
// how it was read, for the note on the layout.
bool read_text_table(std::string bytes, const IngestLimits& limits, Findings& findings, RawTable* table,
                     std::string* encoding, std::string* how) {
    DelimitedText read = read_delimited_bytes(std::move(bytes), findings, limits);
    *encoding = read.encoding;
    if (!read.ok) return false;
    if (detect_layout(read.table, limits.header_search_rows).layout == SourceLayout::Unknown) {
        // A header split by another character ('|', ':') is a table in a form scorecard does
        // not read; say so rather than "no header".
        for (char other : {'|', ':'}) {
            RawTable trial;
            Findings ignored;
            if (read_delimited(read.text, other, limits, &trial, ignored) &&
                detect_layout(trial, limits.header_search_rows).layout != SourceLayout::Unknown) {
                findings.error("unknown-delimiter", {1, 1, 1},
                               std::string("the cells seem to be separated by '") + other +
                                   "'; scorecard reads tab-, comma- or semicolon-separated text");
                return false;
            }
        }
        findings.error("no-header", {1, 1, 1},
                       "no header row found in the first " + std::to_string(limits.header_search_rows) +
                           " lines: expected the 2022/23 headers (Topic, Theme, Indicator, Polarity, ...) or the "
                           "2019/20 ones (Indicator, Latest update, Current Performance, ...)");
        return false;
    }
    *how = std::string(delimiter_name(read.table.delimiter)) + "-separated, " + read.encoding;
    *table = std::move(read.table);
    return true;
}

}  // namespace

IngestResult ingest_bytes(std::string bytes, const std::string& display_name, Findings& findings,
                          const IngestOptions& options) {
    const IngestLimits& limits = options.limits;
    IngestResult result;
    result.scorecard.source_file = display_name;
    RawTable table;
    std::string how;
    if (sniff_file_kind(bytes) != FileKind::Text) {
        if (bytes.size() > limits.max_file_bytes) {
            findings.error("file-too-large", {1, 1, 0},
                           "the file is " + std::to_string(bytes.size() / (std::size_t{1024} * 1024)) + " MiB; the limit is " +
                               std::to_string(limits.max_file_bytes / (std::size_t{1024} * 1024)) + " MiB");
            return result;
        }
        WorkbookTable workbook = read_workbook(bytes, options.sheet, limits, findings);
        std::string().swap(bytes);
        result.scorecard.source_format = workbook.format;
        result.scorecard.source_encoding = "workbook XML";
        if (!workbook.ok) return result;
        result.scorecard.source_sheet = workbook.sheet;
        how = "sheet " + quoted(workbook.sheet) + " of the ." + workbook.format + " workbook";
        table = std::move(workbook.table);
    } else {
        result.scorecard.source_format = "text";
        if (!options.sheet.empty())
            findings.note("sheet-ignored", {},
                          "--sheet " + quoted(options.sheet) + " is for workbooks; this file is a text table");
        if (!read_text_table(std::move(bytes), limits, findings, &table, &result.scorecard.source_encoding, &how))
            return result;
    }

    const LayoutDetection detected = detect_layout(table, limits.header_search_rows);
    const RawRow& header = table.rows[detected.header_row];
    findings.note("layout", header.where(0),
                  std::string("header row found: the ") + layout_name(detected.layout) + " layout, " + how);
    bool ok = detected.layout == SourceLayout::Flat
                  ? read_flat_layout(table, detected.header_row, &result.scorecard, findings)
                  : read_sectioned_layout(table, detected.header_row, &result.scorecard, findings);
    if (ok && result.scorecard.indicator_count() == 0) {
        findings.error("no-rows", table.rows[detected.header_row].where(0),
                       "the table has a header but no indicator rows below it");
        ok = false;
    }
    read_decimal_commas(&result.scorecard, table.delimiter, findings);
    assign_indicator_ids(&result.scorecard);
    infer_reporting_period(&result.scorecard, findings);
    result.ok = ok;
    return result;
}

IngestResult ingest_text(std::string bytes, const std::string& display_name, Findings& findings,
                         const IngestLimits& limits) {
    IngestOptions options;
    options.limits = limits;
    return ingest_bytes(std::move(bytes), display_name, findings, options);
}

IngestResult ingest_file(const std::string& path, Findings& findings, const IngestOptions& options) {
    std::string bytes;
    if (!read_file_bytes(path, &bytes, findings, options.limits)) return IngestResult();
    return ingest_bytes(std::move(bytes), path, findings, options);
}

IngestResult ingest_file(const std::string& path, Findings& findings, const IngestLimits& limits) {
    IngestOptions options;
    options.limits = limits;
    return ingest_file(path, findings, options);
}

}  // namespace scorecard
