// Excel tables written after libxlsxwriter, for large workbooks.
//
// Above a size (see xlsx_writer.hpp) the workbook is written in libxlsxwriter's constant_memory
// mode, which streams each row to disk as it is written, so memory stays flat however long the
// sheets grow. That mode cannot write tables (worksheet_add_table fails with
// LXW_ERROR_FEATURE_NOT_SUPPORTED). Dropping the table would cost partners their filters and
// screen-reader users the marked-up table, and an autofilter is only half of it; but a table is
// only a small XML part beside the sheet. So the Data, Trend data and Findings sheets are
// written as usual, their header rows included, and the same zip rewrite that adds sparklines
// adds each table: its part, a relationship from the sheet, a <tableParts> element at the end
// of the sheet, and its content type. The result is the table libxlsxwriter writes in normal
// mode, cell for cell.
#pragma once

#include <string>
#include <vector>

#include "sheet_rows.hpp"
#include "zip_rewrite.hpp"

namespace scorecard::xlsx {

struct PendingTable {
    std::string sheet_part;  // "xl/worksheets/sheet2.xml"
    TableSpec spec;          // its header row holds exactly spec.headers, already written
};

// Adds to `edits` and `additions` what puts every pending table into the workbook whose entries
// are `existing` (tables are numbered table1.xml, table2.xml, ... in the order given).
void add_table_parts(const std::vector<PendingTable>& tables, const std::vector<std::string>& existing,
                     std::vector<TailEdit>& edits, std::vector<NewEntry>& additions);

// The table part's XML, as libxlsxwriter writes it.
std::string table_xml(const TableSpec& spec, int id);

// Puts `element` where the schema wants the last elements of a sheet: before an <extLst>, or
// else before </worksheet>. Throws ExportError when the tail holds no </worksheet>.
std::string add_before_sheet_end(const std::string& tail, const std::string& element);

// Text escaped for XML attribute values and element text, made legal XML 1.0 first (xml_legal).
std::string xml_text(const std::string& text);

}  // namespace scorecard::xlsx
