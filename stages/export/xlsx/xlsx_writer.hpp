// Writes the scorecard workbook (Scorecard, Data, Findings and About sheets) with libxlsxwriter.
#pragma once

#include <string>

#include "../../../pipeline/model/finding.hpp"
#include "../../../pipeline/model/scorecard.hpp"
#include "../../../pipeline/templates/output_template.hpp"
#include "../common/export_context.hpp"

namespace scorecard {

// Writes the workbook to `path` (the driver passes a temporary name and renames it into place).
// Throws ExportError when libxlsxwriter cannot write it.
void write_workbook(const Scorecard& scorecard, const Findings& findings, const OutputTemplate& layout,
                    const ExportContext& context, const std::string& path);

}  // namespace scorecard
