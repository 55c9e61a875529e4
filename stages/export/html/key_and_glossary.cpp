#include "key_and_glossary.hpp"

#include "stages/export/common/abbreviations.hpp"

namespace scorecard::html {

void write_rag_key(HtmlOutput& out, const OutputTemplate& layout) {
    out.raw("<section class=\"key\" aria-labelledby=\"rag-key\">\n<h2 id=\"rag-key\">").text(layout.rag_key_heading)
        .raw("</h2>\n<dl>\n");
    const struct {
        Rag rag;
        const char* css;
        const std::string& meaning;
    } entries[] = {{Rag::Green, "rag-green", layout.rag_key_green},
                   {Rag::Amber, "rag-amber", layout.rag_key_amber},
                   {Rag::Red, "rag-red", layout.rag_key_red}};
    for (const auto& e : entries) {
        out.raw("<dt><span class=\"swatch ").raw(e.css).raw("\" aria-hidden=\"true\">").text(rag_letter(e.rag))
            .raw("</span>").text(rag_name(e.rag)).raw("</dt>\n<dd>").text(e.meaning).raw("</dd>\n");
    }
    out.raw("</dl>\n<p>").text("N/A: no rating applies to the indicator.").raw("</p>\n</section>\n");
}

void write_glossary(HtmlOutput& out, const Scorecard& scorecard, const OutputTemplate& layout) {
    std::vector<Abbreviation> used = abbreviations_used(scorecard, layout);
    bool has_rag = false;
    for (const Abbreviation& a : used) has_rag = has_rag || a.short_form == "RAG";
    if (!has_rag)
        for (const Abbreviation& a : glossary_for(layout))
            if (a.short_form == "RAG") used.push_back(a);
    out.raw("<section class=\"glossary\" aria-labelledby=\"glossary\">\n<h2 id=\"glossary\">Abbreviations</h2>\n<dl>\n");
    for (const Abbreviation& a : used)
        out.raw("<dt>").text(a.short_form).raw("</dt>\n<dd>").text(a.meaning).raw("</dd>\n");
    out.raw("</dl>\n</section>\n");
}

}  // namespace scorecard::html
