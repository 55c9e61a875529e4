#include "pdf_origin.hpp"

#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

namespace scorecard::pdf {

namespace {

constexpr std::size_t kChunk = 1 << 20;
constexpr std::size_t kMaxString = 512;  // an entry's value is read this far at most

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

// The value of a string entry starting at `at` (just after the key): a literal "(...)", with
// its escapes undone, or a hex string "<...>". "" for anything else.
std::string string_value(std::FILE* f, long at) {
    std::vector<char> buffer(kMaxString);
    if (std::fseek(f, at, SEEK_SET) != 0) return "";
    const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), f);
    std::size_t i = 0;
    while (i < n && (buffer[i] == ' ' || buffer[i] == '\r' || buffer[i] == '\n')) ++i;
    std::string out;
    if (i < n && buffer[i] == '<') {
        int high = -1;
        for (++i; i < n && buffer[i] != '>'; ++i) {
            const char c = buffer[i];
            const int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (v < 0) continue;
            if (high < 0) high = v;
            else {
                out += static_cast<char>(high * 16 + v);
                high = -1;
            }
        }
        return out;
    }
    if (i >= n || buffer[i] != '(') return "";
    int depth = 1;
    for (++i; i < n; ++i) {
        const char c = buffer[i];
        if (c == '\\' && i + 1 < n) {
            const char e = buffer[++i];
            if (e >= '0' && e <= '7') {  // \ddd: a byte in octal
                int byte = e - '0';
                for (int k = 0; k < 2 && i + 1 < n && buffer[i + 1] >= '0' && buffer[i + 1] <= '7'; ++k)
                    byte = byte * 8 + (buffer[++i] - '0');
                out += static_cast<char>(byte);
                continue;
            }
            out += e == 'n' ? '\n' : e == 'r' ? '\r' : e == 't' ? '\t' : e;
            continue;
        }
        if (c == '(') ++depth;
        if (c == ')' && --depth == 0) break;
        out += c;
    }
    return out;
}

// A text string as ASCII, anything else shown as '?': PDFDocEncoding, or UTF-16BE with its
// byte-order mark.
std::string as_ascii(const std::string& value) {
    std::string out;
    if (value.size() >= 2 && static_cast<unsigned char>(value[0]) == 0xFE && static_cast<unsigned char>(value[1]) == 0xFF) {
        for (std::size_t i = 2; i + 1 < value.size(); i += 2)
            out += value[i] == 0 && static_cast<unsigned char>(value[i + 1]) < 0x80 ? value[i + 1] : '?';
        return out;
    }
    for (char c : value) out += static_cast<unsigned char>(c) < 0x80 ? c : '?';
    return out;
}

}  // namespace

FileOrigin pdf_origin(const std::string& path) {
    FileOrigin origin;
    File f(std::fopen(path.c_str(), "rb"));
    char header[5] = {};
    if (!f || std::fread(header, 1, 5, f.get()) != 5 || std::memcmp(header, "%PDF-", 5) != 0) {
        origin.description = "not a PDF";
        return origin;
    }
    // The offsets just past the last of each key, found in chunks that overlap by a key's length.
    const char* const keys[] = {"/Producer", "/CreationDate", "/ModDate"};
    long last[3] = {-1, -1, -1};
    std::vector<char> buffer(kChunk);
    constexpr std::size_t kOverlap = 16;
    long base = 0;
    std::size_t kept = 0;
    std::rewind(f.get());
    while (true) {
        const std::size_t n = std::fread(buffer.data() + kept, 1, buffer.size() - kept, f.get());
        const std::size_t size = kept + n;
        for (int k = 0; k < 3; ++k) {
            const std::size_t length = std::strlen(keys[k]);
            for (const char* p = buffer.data(); size >= length;) {
                const char* hit = static_cast<const char*>(
                    memmem(p, static_cast<std::size_t>(buffer.data() + size - p), keys[k], length));
                if (!hit) break;
                last[k] = base + static_cast<long>(hit - buffer.data() + length);
                p = hit + 1;
            }
        }
        if (n == 0) break;
        kept = size < kOverlap ? size : kOverlap;
        std::memmove(buffer.data(), buffer.data() + size - kept, kept);
        base += static_cast<long>(size - kept);
    }
    const std::string producer = last[0] < 0 ? "" : as_ascii(string_value(f.get(), last[0]));
    const std::string created = last[1] < 0 ? "" : string_value(f.get(), last[1]);
    const std::string modified = last[2] < 0 ? "" : string_value(f.get(), last[2]);
    const bool ours = producer.rfind(std::string(kProducerPrefix) + " ", 0) == 0 || producer == kProducerPrefix;
    if (ours && !created.empty() && created == modified) {
        origin.written_by_scorecard = true;
        origin.description = "a PDF scorecard wrote";
    } else if (ours) {
        origin.description = "a PDF scorecard made, changed since";
    } else {
        origin.description = producer.empty() ? "a PDF not made by scorecard"
                                               : "a PDF made by " + program_name_for_message(producer);
    }
    return origin;
}

}  // namespace scorecard::pdf
