#include "export_context.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace scorecard {

std::string published_file_name(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool source_date_epoch(std::time_t* out, std::string* problem) {
    const char* text = std::getenv("SOURCE_DATE_EPOCH");
    if (!text || !*text) {
        *out = std::time(nullptr);
        return true;
    }
    errno = 0;
    char* end = nullptr;
    const long long v = std::strtoll(text, &end, 10);
    const bool digits_only = std::strspn(text, "0123456789") == std::strlen(text);
    if (!digits_only || errno != 0 || end == text || *end != '\0' || v < 0 || v > kLatestSourceDateEpoch) {
        *problem = std::string("SOURCE_DATE_EPOCH=\"") + text +
                   "\" is not a time a document can carry: give whole seconds since 1970-01-01 UTC, from 0 to " +
                   std::to_string(kLatestSourceDateEpoch) + " (the last second of the year 9999)";
        return false;
    }
    *out = static_cast<std::time_t>(v);
    return true;
}

std::time_t creation_time() {
    std::time_t t = 0;
    std::string problem;
    return source_date_epoch(&t, &problem) ? t : std::time(nullptr);
}

std::string format_utc(std::time_t t) {
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M UTC", &tm);
    return buffer;
}

}  // namespace scorecard
