// The workbook's document properties (File > Properties): title, subject, author, company and
// keywords from the template, and a creation time from the run's context. With
// SOURCE_DATE_EPOCH set that time is fixed, and nothing else in the file depends on the clock,
// so two runs on the same input give byte-identical workbooks.
#pragma once

#include "workbook_parts.hpp"

namespace scorecard::xlsx {

// How the workbook's comments property (docProps/core.xml, dc:description) starts.
constexpr const char* kMadeByScorecard = "Made by scorecard ";

void set_document_properties(const WorkbookParts& parts);

// The application the workbook names as its writer (docProps/app.xml): "scorecard 0.1.0".
// libxlsxwriter writes "Microsoft Excel"; the writer puts this in its place. Every program that
// saves a workbook writes its own name there (Excel, LibreOffice, openpyxl alike), so it is how
// a later build knows a workbook as scorecard's own, unchanged since (workbook_origin.hpp).
constexpr const char* kAppPropertiesPart = "docProps/app.xml";
constexpr const char* kApplicationPrefix = "scorecard";
std::string application_name(const std::string& version);
// The app.xml part with scorecard as its <Application>.
std::string with_application(const std::string& app_xml, const std::string& application);

}  // namespace scorecard::xlsx
