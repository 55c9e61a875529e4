#include "text_decoding.hpp"

#include <Poco/TextConverter.h>
#include <Poco/UTF16Encoding.h>
#include <Poco/UTF8Encoding.h>
#include <Poco/Windows1252Encoding.h>

#include <cstdio>

#include "stages/model/text_utils.hpp"
#include "stages/model/utf8.hpp"

namespace scorecard {

namespace {

std::string hex_byte(unsigned char b) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "0x%02X", b);
    return buffer;
}

// Where UTF-8 fails and where it holds: the offset of the first byte that is not valid UTF-8,
// and of the first valid multi-byte sequence anywhere in the text (npos when none). A file with
// both mixes encodings, wherever each first appears.
struct Utf8Scan {
    std::size_t first_invalid = std::string::npos;
    std::size_t first_multibyte = std::string::npos;
};

// The length of the valid UTF-8 sequence starting at s[i] (a byte below 0x80 is 1), or 0.
std::size_t utf8_sequence_length(const std::string& s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) return 1;
    std::size_t len = 0;
    unsigned int cp = 0;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
    else return 0;
    if (i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        const auto cc = static_cast<unsigned char>(s[i + k]);
        if ((cc & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are not valid UTF-8.
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

Utf8Scan scan_utf8(const std::string& s) {
    Utf8Scan scan;
    for (std::size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        const std::size_t len = utf8_sequence_length(s, i);
        if (len == 0) {
            if (scan.first_invalid == std::string::npos) scan.first_invalid = i;
            ++i;
            continue;
        }
        if (scan.first_multibyte == std::string::npos) scan.first_multibyte = i;
        if (scan.first_invalid != std::string::npos) break;  // both found
        i += len;
    }
    return scan;
}

// Bytes Windows-1252 leaves undefined: a file holding them is in no code page we can read.
bool undefined_in_windows1252(unsigned char b) {
    return b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D;
}

// A control character other than tab, line feed, carriage return and form feed (which
// pdftotext leaves at page breaks) means this is not a text table.
bool is_disallowed_control(unsigned char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
}

// UTF-16 without a byte-order mark shows as a NUL in every other byte of ASCII text.
bool looks_like_utf16_without_bom(const std::string& bytes) {
    std::size_t sample = std::min<std::size_t>(bytes.size(), 4096);
    if (sample < 4) return false;
    std::size_t even_nuls = 0, odd_nuls = 0;
    for (std::size_t i = 0; i < sample; ++i)
        if (bytes[i] == '\0') (i % 2 ? odd_nuls : even_nuls)++;
    const std::size_t half = sample / 2;
    return odd_nuls > half * 6 / 10 || even_nuls > half * 6 / 10;
}

bool convert_utf16(const std::string& body, Poco::UTF16Encoding::ByteOrderType order, std::string* out,
                   std::size_t* bad_offset) {
    // Unpaired surrogates would be turned into '?' by the converter; check first so a broken
    // file is reported rather than quietly altered.
    for (std::size_t i = 0; i + 1 < body.size(); i += 2) {
        unsigned int unit = order == Poco::UTF16Encoding::LITTLE_ENDIAN_BYTE_ORDER
                                ? (static_cast<unsigned char>(body[i]) | (static_cast<unsigned char>(body[i + 1]) << 8))
                                : ((static_cast<unsigned char>(body[i]) << 8) | static_cast<unsigned char>(body[i + 1]));
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            if (i + 3 >= body.size()) { *bad_offset = i; return false; }
            unsigned int next = order == Poco::UTF16Encoding::LITTLE_ENDIAN_BYTE_ORDER
                                    ? (static_cast<unsigned char>(body[i + 2]) |
                                       (static_cast<unsigned char>(body[i + 3]) << 8))
                                    : ((static_cast<unsigned char>(body[i + 2]) << 8) |
                                       static_cast<unsigned char>(body[i + 3]));
            if (next < 0xDC00 || next > 0xDFFF) { *bad_offset = i; return false; }
            i += 2;
        } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
            *bad_offset = i;
            return false;
        }
    }
    Poco::UTF16Encoding utf16(order);
    Poco::UTF8Encoding utf8;
    Poco::TextConverter converter(utf16, utf8);
    return converter.convert(body.data(), static_cast<int>(body.size()), *out) == 0;
}

}  // namespace

SourceLocation location_of_offset(const std::string& text, std::size_t offset) {
    SourceLocation where{1, 1, 0};
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        // A line ends at LF, CRLF or a lone CR (the old Mac convention the table reader accepts).
        if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
            ++where.line;
            where.column = 1;
        } else if (c != '\r' && (c & 0xC0) != 0x80) {
            ++where.column;
        }
    }
    return where;
}

DecodedText decode_text(std::string bytes, Findings& findings) {
    DecodedText out;
    if (bytes.empty()) {
        findings.error("empty-file", {1, 1, 0}, "the file is empty: there is no table to read");
        return out;
    }
    const auto b0 = static_cast<unsigned char>(bytes[0]);
    const auto b1 = bytes.size() > 1 ? static_cast<unsigned char>(bytes[1]) : 0;
    if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
        const bool little = b0 == 0xFF;
        std::string body = bytes.substr(2);
        out.encoding = little ? "UTF-16LE" : "UTF-16BE";
        if (body.size() % 2 != 0) {
            findings.error("bad-utf16", {1, 1, 0},
                           "the file starts with a UTF-16 byte-order mark but has an odd number of bytes; "
                           "it is cut short or not UTF-16");
            return out;
        }
        std::size_t bad = 0;
        std::string converted;
        if (!convert_utf16(body, little ? Poco::UTF16Encoding::LITTLE_ENDIAN_BYTE_ORDER
                                        : Poco::UTF16Encoding::BIG_ENDIAN_BYTE_ORDER,
                           &converted, &bad)) {
            findings.error("bad-utf16", {1, 1, 0},
                           "the UTF-16 text is broken at byte " + std::to_string(bad + 2) +
                               " (a surrogate without its pair)");
            return out;
        }
        out.text = converted;
        findings.note("encoding", {1, 1, 0}, "read as " + out.encoding + " (Excel's \"Unicode text\") and converted to UTF-8");
    } else if (bytes.size() >= 3 && b0 == 0xEF && b1 == 0xBB && static_cast<unsigned char>(bytes[2]) == 0xBF) {
        bytes.erase(0, 3);  // in place: a large table is not copied
        out.text = std::move(bytes);
        out.encoding = "UTF-8 with BOM";
    } else {
        if (bytes.find('\0') != std::string::npos) {
            if (looks_like_utf16_without_bom(bytes)) {
                findings.error("utf16-without-bom", {1, 1, 0},
                               "the file looks like UTF-16 text without a byte-order mark; save it again as "
                               "UTF-8, or as Excel's \"Unicode text\" (which writes the mark)");
            } else {
                SourceLocation where = location_of_offset(bytes, bytes.find('\0'));
                findings.error("binary-file", where,
                               "the file holds binary data (a NUL byte), not a text table; is it an .xlsx or "
                               "a PDF? Save the table as tab- or comma-separated text");
            }
            return out;
        }
        out.text = std::move(bytes);
        out.encoding = "UTF-8";
    }

    const Utf8Scan scan = scan_utf8(out.text);
    const std::size_t bad = scan.first_invalid;
    if (bad != std::string::npos) {
        const std::string byte = hex_byte(static_cast<unsigned char>(out.text[bad]));
        if (out.encoding != "UTF-8") {
            findings.error("invalid-utf8", location_of_offset(out.text, bad),
                           "invalid UTF-8 (byte " + byte + ") in a file marked as UTF-8; save it again as UTF-8");
            return out;
        }
        if (scan.first_multibyte != std::string::npos) {
            // UTF-8 in one place and another encoding in another: neither reading is right for the
            // whole file, and guessing would turn one part's "–" or "£" into mojibake.
            const SourceLocation utf8_at = location_of_offset(out.text, scan.first_multibyte);
            const std::string sample =
                out.text.substr(scan.first_multibyte, utf8_sequence_length(out.text, scan.first_multibyte));
            findings.error("invalid-utf8", location_of_offset(out.text, bad),
                           "invalid UTF-8 (byte " + byte + "): the file mixes encodings (line " +
                               std::to_string(utf8_at.line) + ", column " + std::to_string(utf8_at.column) +
                               " has UTF-8 \"" + sample + "\", this byte is not UTF-8); save it again as UTF-8");
            return out;
        }
        // No multi-byte UTF-8 anywhere and bytes above 0x7F: a single-byte code page.
        for (std::size_t i = 0; i < out.text.size(); ++i) {
            const auto c = static_cast<unsigned char>(out.text[i]);
            if (undefined_in_windows1252(c)) {
                findings.error("undecodable", location_of_offset(out.text, i),
                               "byte " + hex_byte(c) +
                                   " is neither UTF-8 nor Windows-1252; save the file again as UTF-8");
                return out;
            }
        }
        // Located in the text as read (every byte before it is ASCII, one byte a character).
        const SourceLocation first_non_utf8 = location_of_offset(out.text, bad);
        Poco::Windows1252Encoding cp1252;
        Poco::UTF8Encoding utf8;
        Poco::TextConverter converter(cp1252, utf8);
        std::string converted;
        converter.convert(out.text, converted);
        out.text = std::move(converted);
        out.encoding = "Windows-1252";
        findings.note("encoding", first_non_utf8,
                      "read as Windows-1252 (Excel's CSV on Windows) and converted to UTF-8: the first byte "
                      "that is not UTF-8 (" + byte + ") is here");
    }
    for (std::size_t i = 0; i < out.text.size(); ++i) {
        const auto c = static_cast<unsigned char>(out.text[i]);
        if (is_disallowed_control(c)) {
            findings.error("control-character", location_of_offset(out.text, i),
                           "control character " + hex_byte(c) + " in the text; a table holds none (is this a "
                           "binary file?)");
            return out;
        }
    }
    // Noncharacters are never text (U+FFFE is a byte-swapped BOM) and an XML 1.0 document
    // cannot hold U+FFFE or U+FFFF at all: refused where they stand, like control characters.
    const auto* decoded = reinterpret_cast<const unsigned char*>(out.text.data());
    for (std::size_t i = 0; i < out.text.size();) {
        const std::size_t at = i;
        const char32_t c = next_code_point(decoded, out.text.size(), i);
        if (is_noncharacter(c)) {
            char code[16];
            std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
            findings.error("noncharacter", location_of_offset(out.text, at),
                           std::string("noncharacter ") + code + " in the text; it is not a character any "
                           "document can show (was the file damaged or wrongly converted?)");
            return out;
        }
    }
    out.ok = true;
    return out;
}

}  // namespace scorecard
