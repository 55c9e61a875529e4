// The workbook's document properties (File > Properties): title, subject, author, company and
// keywords from the template, and a creation time from the run's context. With
// SOURCE_DATE_EPOCH set that time is fixed, and nothing else in the file depends on the clock,
// so two runs on the same input give byte-identical workbooks.
#pragma once

#include "workbook_parts.hpp"

namespace scorecard::xlsx {

void set_document_properties(const WorkbookParts& parts);

}  // namespace scorecard::xlsx
