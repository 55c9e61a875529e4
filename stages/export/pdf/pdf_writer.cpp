#include "pdf_writer.hpp"

namespace scorecard {

PdfSummary write_pdf(const Scorecard&, const OutputTemplate&, const ExportContext&, const std::string&) {
    throw ExportError("the PDF export is not built yet");
}

}  // namespace scorecard
