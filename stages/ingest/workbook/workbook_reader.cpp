#include "workbook_reader.hpp"

#include <cstring>
#include <memory>

#include "stages/ingest/header_matching.hpp"
#include "stages/model/text_utils.hpp"
#include "ods_reader.hpp"
#include "workbook_error.hpp"
#include "xlsx_package.hpp"
#include "xlsx_shared_strings.hpp"
#include "xlsx_sheet_reader.hpp"
#include "xlsx_styles.hpp"
#include "zip_archive.hpp"

namespace scorecard {

namespace {

const char* const kOdsMimeType = "application/vnd.oasis.opendocument.spreadsheet";
const char* const kSaveAs = "scorecard reads .xlsx, .ods, or tab- or comma-separated text";

// A name of the OLE2 directory, as it is stored there: UTF-16LE.
bool holds_utf16_name(const std::string& bytes, const char* name) {
    std::string pattern;
    for (const char* c = name; *c; ++c) {
        pattern += *c;
        pattern += '\0';
    }
    return bytes.find(pattern) != std::string::npos;
}

// What an OLE2 compound file is, from the names of its streams (stored in its directory;
// their presence is enough to tell the old Office formats apart).
[[noreturn]] void refuse_ole2(const std::string& bytes) {
    if (holds_utf16_name(bytes, "EncryptionInfo") || holds_utf16_name(bytes, "EncryptedPackage"))
        throw WorkbookError("encrypted-workbook",
                            "the workbook is encrypted (it needs a password to open), so scorecard cannot read it: open "
                            "it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with "
                            "Password) and save it");
    if (holds_utf16_name(bytes, "Workbook") || holds_utf16_name(bytes, "Book"))
        throw WorkbookError("xls-workbook",
                            "the file is an Excel 97-2003 workbook (.xls, the old binary format), which scorecard does "
                            "not read; open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx) or as "
                            ".ods");
    if (holds_utf16_name(bytes, "WordDocument"))
        throw WorkbookError("not-a-workbook",
                            std::string("the file is a Word 97-2003 document (.doc), not a workbook; ") + kSaveAs);
    throw WorkbookError("not-a-workbook", std::string("the file is an OLE2 compound file (an old Microsoft Office "
                                                      "format) holding no workbook; ") + kSaveAs);
}

std::string quoted_names(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + quoted(n);
    return out;
}

// Which sheet is the table: looks for a header row while each sheet is read.
class SheetSearch {
public:
    SheetSearch(std::string wanted, const IngestLimits& limits) : wanted_(std::move(wanted)), limits_(limits) {}

    void start_sheet() { header_seen_ = false; }

    // Keep reading this sheet? Yes once its header is seen, or while it may still come.
    bool keep_reading(const SheetGrid& grid) {
        if (!wanted_.empty() || header_seen_) return true;
        header_seen_ = detect_layout(grid.table(), limits_.header_search_rows).layout != SourceLayout::Unknown;
        return header_seen_ || grid.rows_kept() < limits_.header_search_rows;
    }

    bool has_header(const RawTable& table) const {
        return detect_layout(table, limits_.header_search_rows).layout != SourceLayout::Unknown;
    }

private:
    std::string wanted_;
    const IngestLimits& limits_;
    bool header_seen_ = false;
};

struct ChosenSheet {
    bool found = false;
    std::string name;
    std::unique_ptr<SheetGrid> grid;
    RawTable table;
    std::vector<std::string> skipped;  // "'Cover' (no header row)", "'Old' (hidden)"
    std::vector<std::string> all_names;
    bool hidden = false;
};

[[noreturn]] void no_sheet_named(const std::string& wanted, const std::vector<std::string>& names) {
    throw WorkbookError("no-such-sheet", "the workbook has no sheet named " + quoted(wanted) + "; its sheets are " +
                                             quoted_names(names));
}

[[noreturn]] void no_header_anywhere(const ChosenSheet& chosen, const IngestLimits& limits, const std::string& wanted,
                                     int sheet) {
    const std::string expected =
        "expected the 2022/23 headers (Topic, Theme, Indicator, Polarity, ...) or the 2019/20 ones (Indicator, Latest "
        "update, Current Performance, ...)";
    if (!wanted.empty())
        throw WorkbookError("no-header", "sheet " + quoted(wanted) + " has no header row in its first " +
                                             std::to_string(limits.header_search_rows) + " rows with text: " + expected,
                            {0, 0, 0, sheet});
    std::string skipped;
    for (const auto& s : chosen.skipped) skipped += (skipped.empty() ? "" : ", ") + s;
    throw WorkbookError("no-header", "no sheet of the workbook has a header row in its first " +
                                         std::to_string(limits.header_search_rows) + " rows with text: " + expected +
                                         (skipped.empty() ? "" : "; sheets: " + skipped) +
                                         " (name the sheet with --sheet)");
}

ChosenSheet choose_xlsx_sheet(const std::string& bytes, ZipArchive& archive, const std::string& wanted,
                              const IngestLimits& limits, Findings& findings) {
    const XlsxPackage package = read_xlsx_package(archive, limits.workbook);
    if (package.has_macros)
        findings.note("macros-not-run", {},
                      "the workbook holds macros (VBA); they are never run: only the values saved in its cells are read");
    const XlsxStyles styles = package.styles_part.empty() ? XlsxStyles()
                                                          : XlsxStyles(archive, package.styles_part, limits.workbook);
    SharedStringsReading shared_strings(bytes, package.shared_strings_part, limits.workbook,
                                        archive.unpacked_counter());
    const XlsxSheetContext context{&styles, &shared_strings, package.dates};

    ChosenSheet chosen;
    for (const auto& s : package.sheets) chosen.all_names.push_back(s.name);
    if (!wanted.empty()) {
        bool named = false;
        for (const auto& s : package.sheets) named = named || s.name == wanted;
        if (!named) no_sheet_named(wanted, chosen.all_names);
    }
    SheetSearch search(wanted, limits);
    for (const auto& sheet : package.sheets) {
        if (!wanted.empty() && sheet.name != wanted) continue;
        if (wanted.empty() && sheet.hidden) {
            chosen.skipped.push_back(quoted(sheet.name) + " (hidden)");
            continue;
        }
        if (!sheet.worksheet || sheet.part.empty()) {
            if (!wanted.empty())
                throw WorkbookError("no-header", "sheet " + quoted(sheet.name) +
                                                     " is a chart or dialog sheet, with no cells to read");
            chosen.skipped.push_back(quoted(sheet.name) + " (a chart sheet)");
            continue;
        }
        auto grid = std::make_unique<SheetGrid>(register_sheet_name(sheet.name), limits);
        search.start_sheet();
        const bool whole = read_xlsx_sheet(archive, sheet.part, context, *grid,
                                           [&](const SheetGrid& g) { return search.keep_reading(g); });
        if (whole) {
            RawTable table = grid->finish();
            if (!wanted.empty() || search.has_header(table)) {
                chosen.found = search.has_header(table);
                chosen.name = sheet.name;
                chosen.hidden = sheet.hidden;
                chosen.table = std::move(table);
                chosen.grid = std::move(grid);
                if (!chosen.found) no_header_anywhere(chosen, limits, wanted, chosen.grid->sheet());
                return chosen;
            }
        }
        chosen.skipped.push_back(quoted(sheet.name) + " (no header row)");
    }
    no_header_anywhere(chosen, limits, wanted, 0);
}

ChosenSheet choose_ods_sheet(ZipArchive& archive, const std::string& wanted, const IngestLimits& limits) {
    ChosenSheet chosen;
    SheetSearch search(wanted, limits);
    OdsSheetChoice choice;
    choice.wanted = [&](const std::string& name, bool hidden) {
        chosen.all_names.push_back(name);
        if (!wanted.empty() && name != wanted) return false;
        if (wanted.empty() && hidden) {
            chosen.skipped.push_back(quoted(name) + " (hidden)");
            return false;
        }
        chosen.hidden = hidden;
        search.start_sheet();
        return true;
    };
    choice.keep_reading = [&](const SheetGrid& g) {
        if (search.keep_reading(g)) return true;
        chosen.skipped.push_back(quoted(chosen.all_names.back()) + " (no header row)");
        return false;
    };
    choice.finished = [&](SheetGrid& grid, const std::string& name) {
        RawTable table = grid.finish();
        if (wanted.empty() && !search.has_header(table)) {
            chosen.skipped.push_back(quoted(name) + " (no header row)");
            return false;
        }
        chosen.found = search.has_header(table);
        chosen.name = name;
        chosen.table = std::move(table);
        chosen.grid = std::make_unique<SheetGrid>(std::move(grid));
        return true;
    };
    read_ods_sheets(archive, limits, choice);
    if (!wanted.empty() && chosen.name.empty()) no_sheet_named(wanted, chosen.all_names);
    if (!chosen.found) no_header_anywhere(chosen, limits, wanted, chosen.grid ? chosen.grid->sheet() : 0);
    return chosen;
}

std::string list_rows(const std::vector<int>& rows, std::size_t total) {
    std::string out;
    for (int r : rows) out += (out.empty() ? "" : ", ") + std::to_string(r);
    if (total > rows.size()) out += " and " + std::to_string(total - rows.size()) + " more";
    return out;
}

// What a reader of the findings needs to know about how the sheet was read.
void note_sheet(const ChosenSheet& chosen, const std::string& format, const std::string& wanted, Findings& findings) {
    const SheetGrid& grid = *chosen.grid;
    const SourceLocation sheet{0, 0, 0, grid.sheet()};
    std::string how = wanted.empty() ? "the first visible sheet whose header row matches a layout" : "named by --sheet";
    std::string skipped;
    for (const auto& s : chosen.skipped) skipped += (skipped.empty() ? "" : ", ") + s;
    findings.note("workbook-sheet", sheet,
                  "read sheet " + quoted(chosen.name) + " of the ." + format + " workbook (" + how + ")" +
                      (skipped.empty() ? "" : "; not read: " + skipped));
    if (chosen.hidden)
        findings.note("hidden-sheet", sheet, "sheet " + quoted(chosen.name) + " is hidden in the workbook; it is read "
                                                                               "because --sheet names it");
    auto hidden = [&](const char* code, const char* what, const std::string& list, bool one) {
        findings.note(code, sheet,
                      std::string(what) + (one ? " " : "s ") + list +
                          (one ? " is hidden in the workbook and is left out (its readers do not see it)"
                               : " are hidden in the workbook and are left out (its readers do not see them)"));
    };
    if (grid.hidden_rows_total() > 0)
        hidden("hidden-rows", "row", list_rows(grid.hidden_rows_with_text(), grid.hidden_rows_total()),
               grid.hidden_rows_total() == 1);
    if (!grid.hidden_columns_with_text().empty()) {
        std::string columns;
        for (int c : grid.hidden_columns_with_text()) columns += (columns.empty() ? "" : ", ") + column_letters(c);
        hidden("hidden-columns", "column", columns, grid.hidden_columns_with_text().size() == 1);
    }
    if (!grid.filled_merges().empty()) {
        std::string ranges;
        std::size_t shown = 0;
        for (const auto& m : grid.filled_merges()) {
            if (shown++ == 5) {
                ranges += " and " + std::to_string(grid.filled_merges().size() - 5) + " more";
                break;
            }
            const SourceLocation a{m.first_row, m.first_column, 0, grid.sheet()};
            const SourceLocation b{m.last_row, m.last_column, 0, grid.sheet()};
            ranges += (ranges.empty() ? "" : ", ") + cell_reference(a) + ":" + cell_reference(b);
        }
        findings.note("merged-cells", sheet,
                      "cells merged down several rows give their text to each of those rows: " + ranges);
    }
}

// Error values and formulas with no saved result: errors where the table is (from its header
// row down, up to its last header column), warnings elsewhere.
void report_problems(const ChosenSheet& chosen, const IngestLimits& limits, Findings& findings) {
    const LayoutDetection layout = detect_layout(chosen.table, limits.header_search_rows);
    const RawRow& header = chosen.table.rows[layout.header_row];
    const int last_column = header.cells.empty() ? 1 : header.cells.back().where.column;
    for (const CellProblem& p : chosen.grid->problems()) {
        if (p.where.line >= header.line && p.where.column <= last_column)
            findings.error(p.code, p.where, p.message);
        else
            findings.warning(p.code, p.where, p.message + "; the cell is outside the table and is left out");
    }
}

}  // namespace

FileKind sniff_file_kind(const std::string& bytes) {
    if (bytes.size() >= 4 && bytes[0] == 'P' && bytes[1] == 'K' &&
        ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6) || (bytes[2] == 7 && bytes[3] == 8)))
        return FileKind::Zip;
    static const unsigned char kOle2[] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    if (bytes.size() >= sizeof kOle2 && std::memcmp(bytes.data(), kOle2, sizeof kOle2) == 0) return FileKind::Ole2;
    return FileKind::Text;
}

WorkbookTable read_workbook(const std::string& bytes, const std::string& wanted_sheet, const IngestLimits& limits,
                            Findings& findings) {
    WorkbookTable out;
    try {
        if (sniff_file_kind(bytes) == FileKind::Ole2) refuse_ole2(bytes);
        ZipArchive archive(bytes, limits.workbook);
        ChosenSheet chosen;
        if (archive.has("[Content_Types].xml")) {
            out.format = "xlsx";
            chosen = choose_xlsx_sheet(bytes, archive, wanted_sheet, limits, findings);
        } else if (archive.has("mimetype") || archive.has("content.xml")) {
            const std::string mime = archive.has("mimetype") ? trim(archive.read_all("mimetype")) : kOdsMimeType;
            if (mime.rfind(kOdsMimeType, 0) != 0)
                throw WorkbookError("not-a-workbook", "the file is an OpenDocument file of type " + quoted(mime) +
                                                          ", not a spreadsheet; " + kSaveAs);
            out.format = "ods";
            chosen = choose_ods_sheet(archive, wanted_sheet, limits);
        } else {
            throw WorkbookError("not-a-workbook",
                                std::string("the file is a zip archive but not a workbook (it has neither the "
                                            "[Content_Types].xml of an .xlsx nor the mimetype of an .ods); ") +
                                    kSaveAs);
        }
        note_sheet(chosen, out.format, wanted_sheet, findings);
        report_problems(chosen, limits, findings);
        out.sheet = chosen.name;
        out.table = std::move(chosen.table);
        out.ok = true;  // errors in cells (above) reject the table once it is read
    } catch (const WorkbookError& e) {
        findings.error(e.code(), e.where(), e.what());
    }
    return out;
}

}  // namespace scorecard
