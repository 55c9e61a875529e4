// Streams the XML of one workbook part through expat, piece by piece as it is unpacked, so
// no part is ever held whole as a tree. Any DOCTYPE is refused as soon as it starts: no
// entity is ever declared, so none is expanded and nothing outside the file is fetched.
//
// expat is used directly rather than through Poco's SAX classes: its callbacks hand over
// the names and attributes as they are, with no string built per element (a 100,000-row
// sheet has some three million), and it reports a DOCTYPE as it starts.
#pragma once

#include <cstddef>
#include <exception>
#include <string>

namespace scorecard {

class XmlStream;

class XmlHandler {
public:
    virtual ~XmlHandler() = default;
    // `name` is the element's local name (its prefix dropped). `attributes` is expat's list of
    // name/value pairs, ending in a null; find one with xml_attribute().
    virtual void start(const char* name, const char** attributes) = 0;
    virtual void end(const char* name) = 0;
    // Character data, in pieces (one text node may come in several calls).
    virtual void text(const char* data, int length) {
        (void)data;
        (void)length;
    }

protected:
    // Stops parsing after the current callback: the rest of the part is not needed.
    void stop_parsing();

private:
    friend class XmlStream;
    XmlStream* stream_ = nullptr;
};

class XmlStream {
public:
    // `part` names the part in messages ("xl/worksheets/sheet1.xml").
    XmlStream(std::string part, XmlHandler& handler);
    ~XmlStream();
    XmlStream(const XmlStream&) = delete;
    XmlStream& operator=(const XmlStream&) = delete;

    // Parses the next piece (`last` for the final one). Returns false once stop() was called.
    // Throws WorkbookError for XML that is not well-formed or declares a DOCTYPE, and
    // rethrows whatever a handler threw.
    bool feed(const char* data, std::size_t size, bool last = false);
    // Room in the parser's own buffer for the next `size` bytes, then parse what was put there.
    char* buffer(std::size_t size);
    bool parse_buffer(std::size_t size, bool last = false);
    // Stop parsing after the current callback (a handler calls stop_parsing()).
    void stop();
    bool stopped() const { return stopped_; }
    // Where the parser is, for messages.
    long line() const;

private:
    static void on_start(void* self, const char* name, const char** attributes);
    static void on_end(void* self, const char* name);
    static void on_text(void* self, const char* data, int length);
    bool finish_parse(int status);
    static void on_doctype(void* self, const char* name, const char* system_id, const char* public_id, int internal);

    std::string part_;
    XmlHandler& handler_;
    void* parser_ = nullptr;
    bool stopped_ = false;
    bool doctype_ = false;
    std::exception_ptr failure_;
};

// The local name of a qualified name ("x:c" -> "c"; "c" -> "c").
const char* xml_local_name(const char* name);
// The value of the attribute with this name as written ("r", "table:name"), or nullptr.
// Namespaces are not resolved (resolving them costs a tenth of the parse of a large sheet):
// the readers name attributes with the prefixes the formats' writers all use (OpenDocument's
// "table:", "office:", "text:", "style:", "calcext:"), and OOXML's own attributes have none.
const char* xml_attribute(const char** attributes, const char* name);
// The value of an attribute "PREFIX:local" with any prefix (OOXML's r:id), or nullptr.
const char* xml_prefixed_attribute(const char** attributes, const char* local);
// "1", "true" (OOXML booleans) -> true.
bool xml_true(const char* value);

}  // namespace scorecard
