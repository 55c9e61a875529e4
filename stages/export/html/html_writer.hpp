// Writes the scorecard as one self-contained web page (STEM.html): the accessible form of the
// scorecard ("HTML first"), WCAG 2.1 AA, readable without scripts, making no requests.
//
// The parts, one file each: the head and its style sheet (page_head), the table
// (scorecard_table, with trend charts as SVG from trend_svg), the corrections and findings
// (findings_list), the RAG key and the glossary (key_and_glossary), the links to the other
// files (downloads), all escaped by one function (html_text) into one streamed file
// (html_output) whose last line marks it as scorecard's (html_origin).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "stages/model/finding.hpp"
#include "stages/model/scorecard.hpp"
#include "stages/templates/output_template.hpp"
#include "stages/export/common/export_context.hpp"

namespace scorecard {

// Another file of the build that the page links to, beside it in the same folder.
struct HtmlDownload {
    std::string file_name;    // "q3.xlsx": the link is relative, so the folder can move
    std::string what;         // "The scorecard as a workbook, for filtering and sorting"
    std::string file_type;    // "Excel workbook"
    std::uintmax_t bytes = 0;
    // The file's checksum (html_origin.hpp: file_checksum), recorded in the link for a file that
    // carries no sign of its maker, so a later build knows it as its own; "" records none.
    std::string checksum;
};

// Writes the page to `path` (the driver passes a temporary name and renames it into place).
// `findings`: the input's findings and those of the other writers, as the workbook lists them.
// Throws ExportError when it cannot be written.
void write_html(const Scorecard& scorecard, const std::vector<Finding>& findings, const OutputTemplate& layout,
                const ExportContext& context, const std::string& path, const std::vector<HtmlDownload>& downloads);

// "48 KB", "1.2 MB", "312 bytes": a file's size as a link states it.
std::string file_size_words(std::uintmax_t bytes);

}  // namespace scorecard
