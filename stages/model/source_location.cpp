#include "source_location.hpp"

#include <deque>
#include <mutex>
#include <unordered_map>

namespace scorecard {

namespace {

constexpr std::size_t kMaxSheetNames = 4096;

struct SheetNames {
    std::mutex lock;
    std::deque<std::string> names;  // a deque: entries never move, so references stay valid
    std::unordered_map<std::string, int> numbers;
};

SheetNames& registry() {
    static SheetNames names;
    return names;
}

}  // namespace

int register_sheet_name(const std::string& name) {
    SheetNames& r = registry();
    std::lock_guard<std::mutex> guard(r.lock);
    auto it = r.numbers.find(name);
    if (it != r.numbers.end()) return it->second;
    if (r.names.size() >= kMaxSheetNames) {
        static const std::string overflow = "(one of too many sheet names)";
        auto o = r.numbers.find(overflow);
        if (o != r.numbers.end()) return o->second;
        r.names.push_back(overflow);
        return r.numbers[overflow] = static_cast<int>(r.names.size());
    }
    r.names.push_back(name);
    return r.numbers[name] = static_cast<int>(r.names.size());
}

std::string sheet_name(int sheet) {
    SheetNames& r = registry();
    std::lock_guard<std::mutex> guard(r.lock);
    if (sheet <= 0 || static_cast<std::size_t>(sheet) > r.names.size()) return "";
    return r.names[static_cast<std::size_t>(sheet) - 1];
}

std::string column_letters(int column) {
    std::string out;
    for (int c = column; c > 0; c = (c - 1) / 26) out.insert(out.begin(), static_cast<char>('A' + (c - 1) % 26));
    return out;
}

std::string cell_reference(const SourceLocation& where) {
    if (!where.in_sheet() || where.line <= 0) return "";
    return column_letters(where.column > 0 ? where.column : 1) + std::to_string(where.line);
}

std::string quoted_sheet_name(const std::string& name) {
    bool bare = !name.empty() && !(name[0] >= '0' && name[0] <= '9');
    for (unsigned char c : name)
        if (c < 0x80 && !((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
                          c == '.'))
            bare = false;
    if (bare) return name;
    std::string out = "'";
    for (char c : name) {
        if (c == '\'') out += '\'';
        out += c;
    }
    return out + "'";
}

std::string location_text(const std::string& file, const SourceLocation& where) {
    if (where.in_sheet()) {
        std::string out = file + ":" + quoted_sheet_name(sheet_name(where.sheet));
        if (where.line > 0) out += "!" + cell_reference(where);
        return out;
    }
    if (where.line <= 0) return file;
    return file + ":" + std::to_string(where.line) + ":" + std::to_string(where.column);
}

}  // namespace scorecard
