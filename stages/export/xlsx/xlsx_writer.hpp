// Writes the scorecard workbook (Scorecard, Data, Trend data, Findings and About sheets) with
// libxlsxwriter.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "stages/model/finding.hpp"
#include "stages/model/scorecard.hpp"
#include "stages/templates/output_template.hpp"
#include "stages/export/common/export_context.hpp"

namespace scorecard {

struct WorkbookOptions {
    // Above this many indicators the workbook is written in libxlsxwriter's constant_memory
    // mode: each row goes to disk as it is written, so memory stays flat as tables grow (in
    // normal mode libxlsxwriter keeps every cell, about 3 KB per indicator across the sheets).
    // The files are the same to a reader; strings are stored in the cells rather than shared,
    // and tables are added after libxlsxwriter, which cannot write them in that mode
    // (table_parts.hpp).
    std::size_t constant_memory_above = 2000;
    // The fast path (fast_path/, tied to libxlsxwriter 1.1.4's internals): in constant_memory
    // mode the rows are written by scorecard straight into deflate and spliced into the sheets
    // libxlsxwriter frames, and the Normal style is set to the template's font. false: the
    // plain path, libxlsxwriter's documented calls only: the same sheet XML, written more
    // slowly, with libxlsxwriter's default Normal style (Calibri 11).
    bool fast_path = true;
    // Findings that other writers make while this one runs (the PDF's cut text): called just
    // before the Findings sheet is written, and may wait for them. They are listed with the
    // input's findings, in input order, and counted on the About sheet. May throw (the other
    // writer failed); the workbook is then abandoned.
    std::function<std::vector<Finding>()> later_findings;
};

// Writes the workbook to `path` (the driver passes a temporary name and renames it into place).
// Throws ExportError when it cannot be written; nothing is left at `path` then. Returns what
// the workbook itself could not show whole (a Scorecard row taller than Excel allows), which
// its Findings sheet lists too.
std::vector<Finding> write_workbook(const Scorecard& scorecard, const Findings& findings, const OutputTemplate& layout,
                                    const ExportContext& context, const std::string& path);
std::vector<Finding> write_workbook(const Scorecard& scorecard, const Findings& findings, const OutputTemplate& layout,
                                    const ExportContext& context, const std::string& path,
                                    const WorkbookOptions& options);

}  // namespace scorecard
