#include "pdf_document.hpp"

#include "xmp_metadata.hpp"

namespace scorecard::pdf {

PoDoFo::PdfString utf8_string(const std::string& text) {
    // Plain ASCII is written as a plain string ("(en-GB)"), which every reader takes; anything
    // else as UTF-16 with a byte-order mark.
    bool ascii = true;
    for (unsigned char c : text) ascii = ascii && c >= 0x20 && c < 0x7F;
    if (ascii) return PoDoFo::PdfString(text.c_str());
    return PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(text.c_str()));
}

std::string pdf_date(std::time_t t) {
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buffer[40];
    std::strftime(buffer, sizeof buffer, "D:%Y%m%d%H%M%S+00'00'", &tm);
    return buffer;
}

void apply_metadata(ScorecardDocument& document, const DocumentMetadata& m) {
    PoDoFo::PdfInfo* info = document.GetInfo();
    info->SetTitle(utf8_string(m.title));
    if (!m.author.empty()) info->SetAuthor(utf8_string(m.author));
    if (!m.subject.empty()) info->SetSubject(utf8_string(m.subject));
    if (!m.keywords.empty()) info->SetKeywords(utf8_string(m.keywords));
    info->SetCreator(utf8_string(m.creator));
    info->SetProducer(utf8_string(m.producer));
    // PdfInfo stamps the current time when the document is made and has no setter for it.
    PoDoFo::PdfDictionary& dict = info->GetObject()->GetDictionary();
    const PoDoFo::PdfString date(pdf_date(m.created).c_str());
    dict.AddKey("CreationDate", date);
    dict.AddKey("ModDate", date);
    if (!m.publish_policy.empty()) dict.AddKey("PublishPolicy", utf8_string(m.publish_policy));
    if (!m.release_date.empty()) dict.AddKey("ReleaseDate", utf8_string(m.release_date));
    if (!m.contact.empty()) dict.AddKey("Contact", utf8_string(m.contact));

    PoDoFo::PdfDictionary& catalog = document.catalog().GetDictionary();
    catalog.AddKey("Lang", utf8_string(m.language.empty() ? "en-GB" : m.language));
    PoDoFo::PdfDictionary preferences;
    preferences.AddKey("DisplayDocTitle", PoDoFo::PdfVariant(true));
    catalog.AddKey("ViewerPreferences", preferences);

    // The dictionary must be complete before the stream is started: the streamed writer puts
    // it in the file at that moment.
    PoDoFo::PdfObject* xmp = document.GetObjects()->CreateObject("Metadata");
    xmp->GetDictionary().AddKey("Subtype", PoDoFo::PdfName("XML"));
    const std::string packet = xmp_packet(m);
    xmp->GetStream()->Set(packet.data(), static_cast<PoDoFo::pdf_long>(packet.size()), PoDoFo::TVecFilters());
    catalog.AddKey("Metadata", xmp->Reference());
}

PoDoFo::PdfReference prepare_tagging(ScorecardDocument& document) {
    PoDoFo::PdfDictionary& catalog = document.catalog().GetDictionary();
    PoDoFo::PdfDictionary mark_info;
    mark_info.AddKey("Marked", PoDoFo::PdfVariant(true));
    catalog.AddKey("MarkInfo", mark_info);
    PoDoFo::PdfObject* root = document.GetObjects()->CreateObject("StructTreeRoot");
    catalog.AddKey("StructTreeRoot", root->Reference());
    return root->Reference();
}

}  // namespace scorecard::pdf
