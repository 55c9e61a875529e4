#include "findings_list.hpp"

namespace scorecard::html {

namespace {

std::string base_name(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string place(const Finding& f, const std::string& file) {
    std::string where = file;
    if (f.where.line > 0) {
        where += ", line " + std::to_string(f.where.line);
        if (f.where.column > 0) where += ", column " + std::to_string(f.where.column);
    }
    return where;
}

void write_item(HtmlOutput& out, const Finding& f, const std::string& file) {
    out.raw("<li>");
    if (f.severity == Severity::Error) out.raw("<strong>Error:</strong> ");
    out.text(place(f, file)).raw(": ").text(f.message);
    if (f.applied() && (!f.before.empty() || !f.after.empty()))
        out.raw(" (").text("\u2018" + f.before + "\u2019 became \u2018" + f.after + "\u2019").raw(")");
    out.raw("</li>\n");
}

void write_part(HtmlOutput& out, const std::vector<Finding>& findings, const std::string& file, const char* heading,
                const char* id, FindingAction action) {
    std::size_t count = 0;
    for (const Finding& f : findings)
        if (f.severity != Severity::Note && f.action == action) ++count;
    if (count == 0) return;
    out.raw("<h3 id=\"").raw(id).raw("\">").text(heading).raw(" (" + std::to_string(count) + ")</h3>\n<ul>\n");
    for (const Finding& f : findings)
        if (f.severity != Severity::Note && f.action == action) write_item(out, f, file);
    out.raw("</ul>\n");
}

}  // namespace

void write_findings_list(HtmlOutput& out, const std::vector<Finding>& findings, const std::string& source_name) {
    const std::string file = base_name(source_name);
    out.raw("<section class=\"findings\" aria-labelledby=\"findings\">\n<h2 id=\"findings\">Corrections and findings</h2>\n");
    std::size_t shown = 0;
    for (const Finding& f : findings)
        if (f.severity != Severity::Note) ++shown;
    if (shown == 0) {
        out.raw("<p>").text("The checks found nothing to correct, repair or report in " + file + ".").raw("</p>\n");
    } else {
        write_part(out, findings, file, "Corrections: the table\u2019s value replaced by what the rules derive",
                   "corrections", FindingAction::Corrected);
        write_part(out, findings, file, "Repairs: what extraction or typing broke, undone", "repairs",
                   FindingAction::Repaired);
        write_part(out, findings, file, "Reported: differences and problems left as the table has them", "reported",
                   FindingAction::Reported);
    }
    out.raw("</section>\n");
}

}  // namespace scorecard::html
