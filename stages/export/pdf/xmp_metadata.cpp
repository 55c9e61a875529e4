#include "xmp_metadata.hpp"

#include "stages/export/common/printable_text.hpp"

namespace scorecard::pdf {

std::string xml_escape(const std::string& raw) {
    const std::string text = xml_legal(raw);
    std::string out;
    out.reserve(text.size());
    for (char ch : text) {
        switch (ch) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default: out += ch;
        }
    }
    return out;
}

std::string xmp_date(std::time_t t) {
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buffer[40];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%S+00:00", &tm);
    return buffer;
}

std::string xmp_packet(const DocumentMetadata& m) {
    const std::string date = xmp_date(m.created);
    auto alt = [](const std::string& value) {
        return "<rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_escape(value) + "</rdf:li></rdf:Alt>";
    };
    std::string x;
    // The byte-order mark in begin="" is how XMP readers recognise the packet's encoding.
    x += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
    x += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n";
    x += " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
    x += "  <rdf:Description rdf:about=\"\"\n";
    x += "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n";
    x += "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n";
    x += "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n";
    x += "    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n";
    x += "   <dc:format>application/pdf</dc:format>\n";
    x += "   <dc:title>" + alt(m.title) + "</dc:title>\n";
    if (!m.author.empty()) x += "   <dc:creator><rdf:Seq><rdf:li>" + xml_escape(m.author) + "</rdf:li></rdf:Seq></dc:creator>\n";
    if (!m.subject.empty()) x += "   <dc:description>" + alt(m.subject) + "</dc:description>\n";
    x += "   <dc:language><rdf:Bag><rdf:li>" + xml_escape(m.language.empty() ? "en-GB" : m.language) +
         "</rdf:li></rdf:Bag></dc:language>\n";
    if (!m.keywords.empty()) x += "   <pdf:Keywords>" + xml_escape(m.keywords) + "</pdf:Keywords>\n";
    x += "   <pdf:Producer>" + xml_escape(m.producer) + "</pdf:Producer>\n";
    x += "   <xmp:CreatorTool>" + xml_escape(m.creator) + "</xmp:CreatorTool>\n";
    x += "   <xmp:CreateDate>" + date + "</xmp:CreateDate>\n";
    x += "   <xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n";
    x += "   <xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n";
    if (m.pdf_ua) x += "   <pdfuaid:part>1</pdfuaid:part>\n";
    x += "  </rdf:Description>\n";
    x += " </rdf:RDF>\n";
    x += "</x:xmpmeta>\n";
    x += "<?xpacket end=\"w\"?>";
    return x;
}

}  // namespace scorecard::pdf
