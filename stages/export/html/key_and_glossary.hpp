// The RAG rating key (what Green, Amber and Red mean, each named in words beside its colour) and
// the glossary of the abbreviations the page uses (common/abbreviations).
#pragma once

#include <string>

#include "html_output.hpp"
#include "stages/templates/output_template.hpp"

namespace scorecard::html {

void write_rag_key(HtmlOutput& out, const OutputTemplate& layout);

// `page_text`: the text of the page, for finding which abbreviations it uses. RAG is always
// explained: the key uses it.
void write_glossary(HtmlOutput& out, const std::string& page_text);

}  // namespace scorecard::html
