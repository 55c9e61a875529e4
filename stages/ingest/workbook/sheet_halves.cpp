#include "sheet_halves.hpp"

#include <atomic>
#include <cstdint>
#include <future>
#include <system_error>
#include <thread>

#include "workbook_error.hpp"
#include "xlsx_sheet_handler.hpp"
#include "xml_stream.hpp"

namespace scorecard {

namespace {

// Larger sheets are read whole, so that reading one again (when the halves do not join)
// stays well within the limits on what a workbook may unpack to.
constexpr std::uint64_t kHalvesUpTo = std::uint64_t{256} * 1024 * 1024;
constexpr double kFirstShare = 0.5;
constexpr std::uint64_t kNoBoundary = ~std::uint64_t(0);
constexpr std::size_t kCarried = 64;  // bytes kept from one piece for a tag cut across two

bool name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           c == '.' || c == ':';
}

// The offset of the first "<row" or "<PREFIX:row" start tag at or after `from` in `text`
// (npos when there is none yet); `prefix` gets "PREFIX:" or "". A tag cut off at the end of
// the text is not found (it is looked for again with the next piece).
std::size_t find_row_tag(const std::string& text, std::size_t from, std::string* prefix) {
    for (std::size_t i = text.find('<', from); i != std::string::npos; i = text.find('<', i + 1)) {
        std::size_t end = i + 1;
        while (end < text.size() && name_char(text[end])) ++end;
        if (end >= text.size()) return std::string::npos;
        const char after = text[end];
        if (after != ' ' && after != '>' && after != '/' && after != '\t' && after != '\n' && after != '\r') continue;
        const std::string name = text.substr(i + 1, end - i - 1);
        const std::size_t colon = name.rfind(':');
        if (name.substr(colon == std::string::npos ? 0 : colon + 1) != "row") continue;
        *prefix = colon == std::string::npos ? "" : name.substr(0, colon + 1);
        return i;
    }
    return std::string::npos;
}

const std::function<bool(const SheetGrid&)> kReadAll = [](const SheetGrid&) { return true; };

// The second half: unpacks past `middle`, finds the next row's start tag, says where it is
// (`boundary`), and parses from there into `later`. False when stopped by the first half.
bool read_second_half(ZipArchive& archive, const std::string& part, std::uint64_t middle,
                      const XlsxSheetContext& context, SheetGrid& later, std::shared_future<std::vector<int>> columns,
                      std::promise<std::uint64_t>& boundary, bool* boundary_set, std::string* prefix,
                      const std::atomic<bool>& stop) {
    XlsxSheetHandler handler(context, later, kReadAll);
    handler.on_sheet_data = [&] {
        for (int c : columns.get()) later.hide_column(c);
    };
    XmlStream xml(part, handler);
    std::uint64_t offset = 0;  // of the piece in the part
    std::string carried;
    bool found = false;
    archive.read(part, [&](const char* data, std::size_t size) {
        if (stop) return false;
        if (!found) {
            if (offset + size <= middle) {
                offset += size;
                if (offset + kCarried > middle) carried.assign(data + size - std::min(size, kCarried), std::min(size, kCarried));
                return true;
            }
            std::string window = carried + std::string(data, size);
            const std::uint64_t window_start = offset - carried.size();
            const std::size_t from = middle > window_start ? static_cast<std::size_t>(middle - window_start) : 0;
            const std::size_t at = find_row_tag(window, from, prefix);
            offset += size;
            if (at == std::string::npos) {
                carried = window.substr(window.size() - std::min(window.size(), kCarried));
                return true;
            }
            found = true;
            *boundary_set = true;
            boundary.set_value(window_start + at);
            const std::string start = "<" + *prefix + "worksheet><" + *prefix + "sheetData>";
            xml.feed(start.data(), start.size());
            return xml.feed(window.data() + at, window.size() - at) && !stop;
        }
        offset += size;
        return xml.feed(data, size) && !stop;
    });
    if (!found) {
        *boundary_set = true;
        boundary.set_value(kNoBoundary);
        return true;
    }
    if (stop) return false;
    xml.feed("", 0, true);
    handler.strings_read(true);
    return true;
}

}  // namespace

bool read_sheet_in_halves(ZipArchive& archive, const std::string& part, const XlsxSheetContext& context,
                          SheetGrid& grid, const std::function<bool(const SheetGrid&)>& keep_reading, bool* gave_up) {
    const std::uint64_t size = archive.declared_size(part);
    if (size < grid.limits().workbook.halves_from_bytes || size > kHalvesUpTo) return false;
    const std::uint64_t middle = static_cast<std::uint64_t>(static_cast<double>(size) * kFirstShare);

    std::unique_ptr<ZipArchive> second_archive = archive.reopen();
    SheetGrid later(grid.sheet(), grid.limits());
    std::promise<std::vector<int>> columns;
    bool columns_set = false;
    std::shared_future<std::vector<int>> columns_known = columns.get_future().share();
    std::promise<std::uint64_t> boundary;
    std::future<std::uint64_t> boundary_known = boundary.get_future();
    bool boundary_set = false;
    std::string prefix;
    std::atomic<bool> stop{false};
    bool second_ok = false;
    std::thread second;
    try {
        second = std::thread([&] {
            try {
                second_ok = read_second_half(*second_archive, part, middle, context, later, columns_known, boundary,
                                             &boundary_set, &prefix, stop);
            } catch (...) {
                second_ok = false;  // whatever it was, the sheet is read whole instead
                if (!boundary_set) {
                    boundary_set = true;
                    boundary.set_value(kNoBoundary);
                }
            }
        });
    } catch (const std::system_error&) {
        return false;  // no second thread to be had
    }

    XlsxSheetHandler first(context, grid, keep_reading);
    first.on_sheet_data = [&] {
        columns_set = true;
        columns.set_value(grid.hidden_columns());
    };
    bool first_ok = true, joined_halves = false;
    {
        // Whatever happens here, the second thread is let go on and joined before leaving.
        struct Join {
            std::thread& thread;
            std::promise<std::vector<int>>& columns;
            bool& columns_set;
            ~Join() {
                if (!columns_set) columns.set_value({});
                thread.join();
            }
        } join{second, columns, columns_set};
        try {
            XmlStream xml(part, first);
            std::uint64_t offset = 0;
            std::uint64_t cut = 0;
            bool cut_known = false, cut_reached = false, more = true;
            // Unpacked straight into expat's buffer, as a whole sheet is (archive_xml.cpp).
            archive.read_into(
                part, [&](std::size_t room) { return xml.buffer(room); },
                [&](std::size_t size) {
                    if (!cut_known && offset + size > middle) {
                        cut = boundary_known.get();  // found long since: unpacking is far quicker than parsing
                        cut_known = true;
                    }
                    std::size_t take = size;
                    if (cut_known && cut != kNoBoundary && offset + size >= cut) {
                        take = static_cast<std::size_t>(cut - offset);
                        cut_reached = true;
                    }
                    more = first.gave_up ? false : xml.parse_buffer(take);
                    offset += size;
                    return more && !cut_reached;
                });
            if (first.gave_up || xml.stopped()) {
                stop = true;
            } else if (cut_reached) {
                const std::string end = "</" + prefix + "sheetData></" + prefix + "worksheet>";
                xml.feed(end.data(), end.size(), true);
                joined_halves = true;
            } else {
                xml.feed("", 0, true);
            }
            first.strings_read(true);
        } catch (const WorkbookError&) {
            first_ok = false;
            stop = true;
        } catch (...) {
            stop = true;
            throw;
        }
        if (!columns_set) {
            columns_set = true;
            columns.set_value({});
        }
    }
    if (first.gave_up) {
        *gave_up = true;
        return true;
    }
    if (first_ok && joined_halves && second_ok && grid.append(std::move(later))) return true;
    if (first_ok && !joined_halves && second_ok) return true;  // no row after the middle: read whole above
    grid = SheetGrid(grid.sheet(), grid.limits());
    return false;
}

}  // namespace scorecard
