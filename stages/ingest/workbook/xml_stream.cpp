#include "xml_stream.hpp"

#include <expat.h>

#include <cstring>

#include "workbook_error.hpp"

namespace scorecard {

namespace {

XML_Parser as_parser(void* p) { return static_cast<XML_Parser>(p); }

}  // namespace

const char* xml_local_name(const char* name) {
    const char* local = name;
    for (const char* p = name; *p; ++p)
        if (*p == ':') local = p + 1;
    return local;
}

const char* xml_attribute(const char** attributes, const char* name) {
    for (const char** a = attributes; a && a[0]; a += 2)
        if (std::strcmp(a[0], name) == 0) return a[1];
    return nullptr;
}

const char* xml_prefixed_attribute(const char** attributes, const char* local) {
    for (const char** a = attributes; a && a[0]; a += 2) {
        const char* colon = std::strchr(a[0], ':');
        if (colon && std::strcmp(colon + 1, local) == 0) return a[1];
    }
    return nullptr;
}

bool xml_true(const char* value) { return value && (std::strcmp(value, "1") == 0 || std::strcmp(value, "true") == 0); }

void XmlHandler::stop_parsing() {
    if (stream_) stream_->stop();
}

XmlStream::XmlStream(std::string part, XmlHandler& handler) : part_(std::move(part)), handler_(handler) {
    handler_.stream_ = this;
    XML_Parser p = XML_ParserCreate(nullptr);
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
    return finish_parse(XML_Parse(as_parser(parser_), data, static_cast<int>(size), last ? 1 : 0));
}

char* XmlStream::buffer(std::size_t size) {
    void* room = XML_GetBuffer(as_parser(parser_), static_cast<int>(size));
    if (!room) throw std::bad_alloc();
    return static_cast<char*>(room);
}

bool XmlStream::parse_buffer(std::size_t size, bool last) {
    if (stopped_) return false;
    return finish_parse(XML_ParseBuffer(as_parser(parser_), static_cast<int>(size), last ? 1 : 0));
}

bool XmlStream::finish_parse(int status) {
    XML_Parser p = as_parser(parser_);
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
