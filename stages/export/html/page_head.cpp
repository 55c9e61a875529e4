#include "page_head.hpp"

#include <cstdio>

namespace scorecard::html {

namespace {

std::string millimetres(double mm) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1fmm", mm);
    return text;
}

std::string points(double pt) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1fpt", pt);
    return text;
}

// The style sheet. Colours come from the template; the text on RAG fills is the template's text
// colour, as in the PDF.
std::string style_sheet(const OutputTemplate& t) {
    std::string css;
    css += ":root{--text:" + t.text.hex() + ";--grid:" + t.grid.hex() + ";--header-fill:" + t.header_fill.hex() +
           ";--header-text:" + t.header_text.hex() + ";--heading-fill:" + t.heading_fill.hex() +
           ";--green:" + t.green.hex() + ";--amber:" + t.amber.hex() + ";--red:" + t.red.hex() + "}\n";
    css += R"css(*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;padding:1rem;font-family:"Liberation Sans",Arial,Helvetica,sans-serif;font-size:1rem;line-height:1.4;color:var(--text);background:#fff;overflow-wrap:anywhere}
main{max-width:100%}
h1{font-size:1.6rem;margin:0 0 .5rem}
h2{font-size:1.25rem;margin:1.5rem 0 .5rem}
p,li,dd,dt{max-width:70em}
a{color:#0b0c8c}
a:focus,.table-region:focus{outline:3px solid #0b0c8c;outline-offset:2px}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.table-region{position:relative;overflow-x:auto;max-width:100%;border:1px solid var(--grid)}
table.scorecard{border-collapse:collapse;font-size:.875rem;min-width:60rem;overflow-wrap:normal}
table.scorecard caption{text-align:left;font-weight:bold;padding:.4rem;caption-side:top}
.scorecard th,.scorecard td{border:1px solid var(--grid);padding:.25rem .4rem;vertical-align:top}
.scorecard thead th{background:var(--header-fill);color:var(--header-text);text-align:center;vertical-align:bottom}
.scorecard tbody th{text-align:left;font-weight:normal}
.scorecard th.group{font-weight:bold;background:var(--heading-fill)}
.scorecard .unit{display:block;font-weight:normal}
.scorecard .left{text-align:left}.scorecard .centre{text-align:center}.scorecard .right{text-align:right}
.scorecard td.rag{font-weight:bold}
.rag-green{background:var(--green)}.rag-amber{background:var(--amber)}.rag-red{background:var(--red)}
table.summary{border-collapse:collapse;font-size:.875rem;overflow-wrap:normal}
.summary th,.summary td{border:1px solid var(--grid);padding:.25rem .4rem;vertical-align:top;text-align:left}
.summary thead th{background:var(--header-fill);color:var(--header-text)}
.summary tbody th{font-weight:normal}
.summary td.number{text-align:right}.summary td.rag{font-weight:bold}
section.summary h3{font-size:1.05rem;margin:1rem 0 .3rem}
section.summary .table-region{display:inline-block;border:0}
.chart svg{display:block;margin:0 auto}
.chart .values{font-size:.75rem;line-height:1.2;margin:.2rem 0 0;padding:0;list-style:none}
.key dt{font-weight:bold;margin-top:.4rem}
.key .swatch{display:inline-block;min-width:2.2em;padding:0 .3em;margin-right:.4em;text-align:center;border:1px solid var(--grid)}
.findings li,.corrections li{margin-bottom:.3rem}
.scorecard a.marker{color:inherit}
.glossary dt{font-weight:bold;margin-top:.3rem}
.glossary dd{margin-left:1.5rem}
footer{margin-top:2rem;font-size:.875rem}
)css";
    // Print: the committee layout on the template's page (A4 landscape in the bundled ones).
    css += "@page{size:A4 landscape;margin:" + millimetres(t.margin_top_mm) + " " + millimetres(t.margin_right_mm) +
           " " + millimetres(t.margin_bottom_mm) + " " + millimetres(t.margin_left_mm) + "}\n";
    css += "@media print{body{padding:0;font-size:" + points(t.font_size) + "}h1{font-size:" +
           points(t.title_font_size) + "}h2{font-size:" + points(t.title_font_size * 0.8) +
           "}.table-region{overflow:visible;border:0}table.scorecard{min-width:0;width:100%;font-size:" +
           points(t.font_size) +
           "}thead{display:table-header-group}tr{break-inside:avoid;page-break-inside:avoid}"
           "tbody th.group{break-after:avoid}.scorecard td.rag,.summary td.rag,.key .swatch{-webkit-print-color-adjust:exact;"
           "print-color-adjust:exact}nav.downloads{display:none}a{color:inherit;text-decoration:none}}\n";
    return css;
}

}  // namespace

void write_page_head(HtmlOutput& out, const OutputTemplate& layout, const std::string& title,
                     const std::string& generator) {
    out.raw("<!DOCTYPE html>\n<html lang=\"").text(layout.language.empty() ? "en-GB" : layout.language).raw("\">\n<head>\n");
    out.raw("<meta charset=\"utf-8\">\n");
    out.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    // Nothing but the page itself: no scripts, no fetches; images only as data (none today).
    out.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            "img-src data:\">\n");
    out.raw("<meta name=\"generator\" content=\"").text(generator).raw("\">\n");
    out.raw("<title>").text(title).raw("</title>\n<style>\n").raw(style_sheet(layout)).raw("</style>\n</head>\n");
    out.raw("<body>\n<main>\n");
}

void write_page_end(HtmlOutput& out) { out.raw("</main>\n</body>\n</html>\n"); }

}  // namespace scorecard::html
