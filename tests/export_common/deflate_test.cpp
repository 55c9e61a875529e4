// The one zlib wrapper both writers compress with: whole streams, streams in pieces, and raw
// segments that join into one stream (how a workbook's rows go between their sheet's frame).
#include <catch2/catch.hpp>

#include <zlib.h>

#include <string>

#include "stages/export/common/deflate.hpp"

using scorecard::Deflater;
using scorecard::DeflateFormat;

namespace {

std::string inflate_all(const std::string& compressed, bool raw) {
    z_stream z{};
    REQUIRE(inflateInit2(&z, raw ? -MAX_WBITS : MAX_WBITS) == Z_OK);
    std::string out;
    char buffer[65536];
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    z.avail_in = static_cast<uInt>(compressed.size());
    int status;
    do {
        z.next_out = reinterpret_cast<Bytef*>(buffer);
        z.avail_out = sizeof buffer;
        status = inflate(&z, Z_NO_FLUSH);
        out.append(buffer, sizeof buffer - z.avail_out);
    } while (status == Z_OK);
    inflateEnd(&z);
    CHECK(status == Z_STREAM_END);
    return out;
}

std::string page_like(int n) {
    std::string s;
    for (int i = 0; i < 200 + n * 37; ++i) s += "/TD <</MCID " + std::to_string(i) + ">> BDC\nBT\n12.5 " + std::to_string(n) + " Td\n(x) Tj\nET\nEMC\n";
    return s;
}

}  // namespace

TEST_CASE("a compressed stream inflates back to its bytes, and the compressor is reused", "[deflate]") {
    Deflater deflater(Z_BEST_SPEED);
    std::string out;
    for (int n : {0, 1, 5, 40}) {
        const std::string page = n == 0 ? std::string() : page_like(n);
        deflater.compress(page, out);
        CHECK(inflate_all(out, false) == page);
        if (!page.empty()) CHECK(out.size() < page.size() / 4);
    }
}

TEST_CASE("a stream compressed in pieces inflates back to all of them", "[deflate]") {
    Deflater deflater(Z_BEST_SPEED);
    std::string whole, out;
    deflater.start();
    for (int n = 0; n < 30; ++n) {
        const std::string piece = page_like(n);
        whole += piece;
        deflater.add(piece.data(), piece.size(), out);
    }
    deflater.add("", 0, out);
    deflater.finish(out);
    CHECK(inflate_all(out, false) == whole);
    // And the compressor is ready for the next stream, in pieces or whole.
    std::string again;
    deflater.start();
    deflater.finish(again);
    CHECK(inflate_all(again, false).empty());
    deflater.compress(whole, again);
    CHECK(inflate_all(again, false) == whole);
}

TEST_CASE("raw segments compressed apart join into one stream", "[deflate]") {
    const std::string head = "<worksheet><sheetData>", tail = "</sheetData></worksheet>";
    std::string rows;
    for (int i = 0; i < 5000; ++i) rows += "<row r=\"" + std::to_string(i) + "\"/>";
    std::string joined = scorecard::deflate_raw_piece(head, Z_DEFAULT_COMPRESSION, false);
    // The middle at another level, in pieces, as a sheet's rows are.
    Deflater middle(2, DeflateFormat::Raw);
    const Deflater::Sink append = [&joined](const char* p, std::size_t n) { joined.append(p, n); };
    middle.put(rows.data(), rows.size() / 2, Deflater::Flush::None, append);
    middle.put(rows.data() + rows.size() / 2, rows.size() - rows.size() / 2, Deflater::Flush::Segment, append);
    joined += scorecard::deflate_raw_piece(tail, Z_DEFAULT_COMPRESSION, true);
    CHECK(inflate_all(joined, true) == head + rows + tail);
}
