#include "document_id.hpp"

#include <Poco/DigestEngine.h>
#include <Poco/MD5Engine.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <vector>

#include "stages/export/common/export_context.hpp"

namespace scorecard::pdf {

TrailerFacts make_document_id_reproducible(const std::string& path) {
    std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
    if (!file) throw ExportError("cannot reopen the PDF to finish it: " + path);
    const PdfTail read = read_pdf_tail(file, path);
    const std::string& tail = read.text;
    const std::size_t trailer = read.trailer;
    const std::streamoff tail_start = read.start;
    const std::size_t id = tail.find("/ID", trailer);
    if (id == std::string::npos) throw ExportError("the PDF trailer has no /ID: " + path);
    // Two hex strings follow: /ID[<...><...>] (PoDoFo writes them without spaces).
    std::size_t first_open = tail.find('<', id);
    std::size_t first_close = first_open == std::string::npos ? first_open : tail.find('>', first_open);
    std::size_t second_open = first_close == std::string::npos ? first_close : tail.find('<', first_close);
    std::size_t second_close = second_open == std::string::npos ? second_open : tail.find('>', second_open);
    if (second_close == std::string::npos) throw ExportError("the PDF trailer's /ID is not as expected: " + path);

    // MD5 of everything before the trailer: the whole document but its own identifier.
    Poco::MD5Engine md5;
    file.seekg(0);
    std::vector<char> buffer(1 << 16);
    std::streamoff left = tail_start + static_cast<std::streamoff>(trailer);
    while (left > 0) {
        const std::streamsize chunk = static_cast<std::streamsize>(std::min<std::streamoff>(left, static_cast<std::streamoff>(buffer.size())));
        file.read(buffer.data(), chunk);
        if (file.gcount() != chunk) throw ExportError("cannot read back the PDF: " + path);
        md5.update(buffer.data(), static_cast<unsigned>(chunk));
        left -= chunk;
    }
    std::string hex = Poco::DigestEngine::digestToHex(md5.digest());
    std::transform(hex.begin(), hex.end(), hex.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });

    // Replace each half with the digest, keeping each string's length.
    auto write_half = [&](std::size_t open, std::size_t close) {
        const std::size_t length = close - open - 1;
        std::string value = hex;
        value.resize(length, '0');
        file.seekp(tail_start + static_cast<std::streamoff>(open) + 1);
        file.write(value.data(), static_cast<std::streamsize>(value.size()));
    };
    file.clear();
    write_half(first_open, first_close);
    write_half(second_open, second_close);
    file.flush();
    if (!file) throw ExportError("cannot write the PDF's identifier: " + path);

    file.close();
    return read_trailer_facts(path);
}

}  // namespace scorecard::pdf
