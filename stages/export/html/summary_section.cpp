#include "summary_section.hpp"

#include "stages/export/common/summary_tables.hpp"

namespace scorecard::html {

namespace {

const char* rag_class(Rag rag) {
    switch (rag) {
        case Rag::Green: return "rag rag-green";
        case Rag::Amber: return "rag rag-amber";
        case Rag::Red: return "rag rag-red";
        default: return "rag";
    }
}

void write_cell(HtmlOutput& out, const CellContent& cell, bool row_header) {
    if (row_header) {
        out.raw("<th scope=\"row\">").text(cell.text).raw("</th>");
        return;
    }
    if (cell.kind == CellKind::Rag) {
        out.raw("<td class=\"").raw(rag_class(cell.rag)).raw("\">").text(cell.text).raw("</td>");
        return;
    }
    out.raw(cell.kind == CellKind::Number ? "<td class=\"number\">" : "<td>").text(cell.text).raw("</td>");
}

void write_table(HtmlOutput& out, const SummaryTable& table) {
    const std::string id = "summary-" + table.key;
    out.raw("<h3 id=\"").raw(id).raw("\">").text(table.heading).raw("</h3>\n");
    if (!table.note.empty()) out.raw("<p>").text(table.note).raw("</p>\n");
    if (table.rows.empty()) {
        out.raw("<p>").text(table.empty_text).raw("</p>\n");
        return;
    }
    out.raw("<div class=\"table-region\" role=\"region\" aria-labelledby=\"").raw(id).raw("\" tabindex=\"0\">\n");
    out.raw("<table class=\"summary\" aria-labelledby=\"").raw(id).raw("\">\n<thead>\n<tr>");
    for (const std::string& header : table.headers) out.raw("<th scope=\"col\">").text(header).raw("</th>");
    out.raw("</tr>\n</thead>\n<tbody>\n");
    for (const auto& row : table.rows) {
        out.raw("<tr>");
        for (std::size_t c = 0; c < row.size(); ++c) write_cell(out, row[c], c == 0);
        out.raw("</tr>\n");
    }
    out.raw("</tbody>\n</table>\n</div>\n");
}

}  // namespace

void write_summary_section(HtmlOutput& out, const Scorecard& scorecard, const OutputTemplate& layout) {
    out.raw("<section class=\"summary\" aria-labelledby=\"summary\">\n<h2 id=\"summary\">").text(kSummaryHeading)
        .raw("</h2>\n");
    out.raw("<p>").text(summary_lead(scorecard)).raw("</p>\n");
    for (const SummaryTable& table : summary_tables(scorecard, layout)) write_table(out, table);
    out.raw("</section>\n");
}

}  // namespace scorecard::html
