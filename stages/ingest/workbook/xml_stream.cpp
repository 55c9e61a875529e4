#include "xml_stream.hpp"

#include <expat.h>

#include <cstring>

#include "workbook_error.hpp"

namespace scorecard {

namespace {

constexpr char kNamespaceSeparator = '\x01';

XML_Parser as_parser(void* p) { return static_cast<XML_Parser>(p); }

}  // namespace

const char* xml_local_name(const char* name) {
    const char* sep = std::strrchr(name, kNamespaceSeparator);
    return sep ? sep + 1 : name;
}

const char* xml_attribute(const char** attributes, const char* local, const char* namespace_part) {
    for (const char** a = attributes; a && a[0]; a += 2) {
        const char* sep = std::strrchr(a[0], kNamespaceSeparator);
        const char* name = sep ? sep + 1 : a[0];
        if (std::strcmp(name, local) != 0) continue;
        if (!namespace_part) {
            if (!sep) return a[1];
            continue;
        }
        if (sep) {
            const std::string uri(a[0], static_cast<std::size_t>(sep - a[0]));
            if (uri.find(namespace_part) != std::string::npos) return a[1];
        }
    }
    return nullptr;
}

bool xml_true(const char* value) { return value && (std::strcmp(value, "1") == 0 || std::strcmp(value, "true") == 0); }

void XmlHandler::stop_parsing() {
    if (stream_) stream_->stop();
}

XmlStream::XmlStream(std::string part, XmlHandler& handler) : part_(std::move(part)), handler_(handler) {
    handler_.stream_ = this;
    XML_Parser p = XML_ParserCreateNS(nullptr, kNamespaceSeparator);
    if (!p) throw std::bad_alloc();
    parser_ = p;
    XML_SetUserData(p, this);
    XML_SetElementHandler(p, &XmlStream::on_start, &XmlStream::on_end);
    XML_SetCharacterDataHandler(p, &XmlStream::on_text);
    XML_SetStartDoctypeDeclHandler(p, &XmlStream::on_doctype);
    XML_SetParamEntityParsing(p, XML_PARAM_ENTITY_PARSING_NEVER);
}

XmlStream::~XmlStream() {
    handler_.stream_ = nullptr;
    XML_ParserFree(as_parser(parser_));
}

long XmlStream::line() const { return static_cast<long>(XML_GetCurrentLineNumber(as_parser(parser_))); }

void XmlStream::stop() {
    if (stopped_) return;
    stopped_ = true;
    XML_StopParser(as_parser(parser_), XML_FALSE);
}

bool XmlStream::feed(const char* data, std::size_t size, bool last) {
    if (stopped_) return false;
    XML_Parser p = as_parser(parser_);
    const XML_Status status = XML_Parse(p, data, static_cast<int>(size), last ? 1 : 0);
    if (failure_) std::rethrow_exception(failure_);
    if (doctype_)
        throw WorkbookError("xml-doctype", "the part " + part_ + " declares a DOCTYPE (line " + std::to_string(line()) +
                                               "); workbook parts never do, and entities it could declare are "
                                               "never expanded, so the file is refused");
    if (status == XML_STATUS_ERROR && !stopped_) {
        throw WorkbookError("damaged-workbook",
                            "the workbook is damaged: the part " + part_ + " is not well-formed XML (line " +
                                std::to_string(XML_GetCurrentLineNumber(p)) + ", column " +
                                std::to_string(XML_GetCurrentColumnNumber(p)) + ": " +
                                XML_ErrorString(XML_GetErrorCode(p)) +
                                "); open it in Excel or LibreOffice and save it again");
    }
    return !stopped_;
}

void XmlStream::on_start(void* self, const char* name, const char** attributes) {
    auto* s = static_cast<XmlStream*>(self);
    if (s->stopped_) return;
    try {
        s->handler_.start(xml_local_name(name), attributes);
    } catch (...) {
        // Never let an exception pass through expat's C frames: keep it, stop, rethrow in feed().
        s->failure_ = std::current_exception();
        s->stop();
    }
}

void XmlStream::on_end(void* self, const char* name) {
    auto* s = static_cast<XmlStream*>(self);
    if (s->stopped_) return;
    try {
        s->handler_.end(xml_local_name(name));
    } catch (...) {
        s->failure_ = std::current_exception();
        s->stop();
    }
}

void XmlStream::on_text(void* self, const char* data, int length) {
    auto* s = static_cast<XmlStream*>(self);
    if (s->stopped_) return;
    try {
        s->handler_.text(data, length);
    } catch (...) {
        s->failure_ = std::current_exception();
        s->stop();
    }
}

void XmlStream::on_doctype(void* self, const char*, const char*, const char*, int) {
    auto* s = static_cast<XmlStream*>(self);
    s->doctype_ = true;
    s->stop();
}

}  // namespace scorecard
