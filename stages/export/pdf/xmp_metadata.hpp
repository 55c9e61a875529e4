// The XMP metadata packet PDF/UA requires: dc:title (the same title as the Info dictionary
// and the one the viewer shows), the other document properties, and the PDF/UA
// identification (pdfuaid:part 1) by which checkers and assistive software know the file
// claims conformance.
#pragma once

#include <string>

#include "pdf_document.hpp"

namespace scorecard::pdf {

// The packet as UTF-8 XML, every property escaped.
std::string xmp_packet(const DocumentMetadata& metadata);

// An XMP date in UTC: "2023-01-31T12:00:00+00:00", the same instant as the Info dates.
std::string xmp_date(std::time_t t);

// Text made safe for XML: the five special characters escaped, characters XML 1.0 does not
// allow made U+FFFD (xml_legal, stages/export/common/printable_text.hpp).
std::string xml_escape(const std::string& text);

}  // namespace scorecard::pdf
