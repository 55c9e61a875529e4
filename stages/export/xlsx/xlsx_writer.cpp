#include "xlsx_writer.hpp"

namespace scorecard {

void write_workbook(const Scorecard&, const Findings&, const OutputTemplate&, const ExportContext&,
                    const std::string&) {
    throw ExportError("the Excel export is not built yet");
}

}  // namespace scorecard
