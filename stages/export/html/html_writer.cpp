#include "html_writer.hpp"

#include <cstdio>

#include "corrections_section.hpp"
#include "findings_list.hpp"
#include "html_output.hpp"
#include "key_and_glossary.hpp"
#include "page_head.hpp"
#include "scorecard_table.hpp"
#include "summary_section.hpp"
#include "stages/export/common/cell_content.hpp"

namespace scorecard {

namespace {

std::string base_name(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

void write_downloads(html::HtmlOutput& out, const std::vector<HtmlDownload>& downloads) {
    if (downloads.empty()) return;
    out.raw("<nav class=\"downloads\" aria-labelledby=\"downloads\">\n<h2 id=\"downloads\">Download this scorecard</h2>\n<ul>\n");
    for (const HtmlDownload& d : downloads) {
        out.raw("<li><a href=\"").text(d.file_name).raw("\"");
        if (!d.checksum.empty())
            out.raw(" ").raw(html::kLinkChecksumAttribute).raw("=\"").text(d.checksum).raw("\"");
        out.raw(">").text(d.what).raw(" (")
            .text(d.file_type + ", " + file_size_words(d.bytes)).raw(")</a></li>\n");
    }
    out.raw("</ul>\n</nav>\n");
}

}  // namespace

std::string file_size_words(std::uintmax_t bytes) {
    if (bytes < 1024) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
    char text[32];
    if (bytes < std::uintmax_t{1024} * 1024) {
        std::snprintf(text, sizeof text, "%llu KB", static_cast<unsigned long long>((bytes + 1023) / 1024));
    } else {
        std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    }
    return text;
}

void write_html(const Scorecard& scorecard, const std::vector<Finding>& findings, const OutputTemplate& template_in,
                const ExportContext& context, const std::string& path, const std::vector<HtmlDownload>& downloads) {
    const OutputTemplate layout = layout_for(scorecard, template_in);
    const std::string title = layout.document_title(scorecard.period);
    html::HtmlOutput out(path);
    html::write_page_head(out, layout, title, "scorecard " + context.version);
    out.raw("<h1>").text(title).raw("</h1>\n");
    // The release date and contact, where the template gives them, as the workbook's Cover has them.
    if (!layout.release_date.empty()) out.raw("<p>").text("Released " + layout.release_date + ".").raw("</p>\n");
    if (!layout.contact.empty()) out.raw("<p>").text("Contact: " + layout.contact).raw("</p>\n");
    out.raw("<p>").text("Built " + format_utc(context.created) + " from " + base_name(context.source_name) + " by scorecard " +
                       context.version + ".").raw("</p>\n");
    write_downloads(out, downloads);
    const html::CorrectionMarks marks(scorecard, layout);
    html::write_summary_section(out, scorecard, layout);
    html::write_scorecard_table(out, scorecard, layout, marks);
    html::write_rag_key(out, layout);
    html::write_corrections_section(out, marks);
    html::write_findings_list(out, findings, context.source_name);
    html::write_glossary(out, scorecard, layout);
    html::write_page_end(out);
    out.finish();
}

}  // namespace scorecard
