// The RAG rating key (what Green, Amber and Red mean, each named in words beside its colour) and
// the glossary of the abbreviations the page uses (common/abbreviations).
#pragma once

#include "html_output.hpp"
#include "stages/model/scorecard.hpp"
#include "stages/templates/output_template.hpp"

namespace scorecard::html {

void write_rag_key(HtmlOutput& out, const OutputTemplate& layout);

// The abbreviations the scorecard's text uses, as the workbook lists them
// (common/abbreviations), and RAG, which the key on every page uses.
void write_glossary(HtmlOutput& out, const Scorecard& scorecard, const OutputTemplate& layout);

}  // namespace scorecard::html
