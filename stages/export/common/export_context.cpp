#include "export_context.hpp"

#include <cerrno>
#include <cstdlib>

namespace scorecard {

std::time_t creation_time() {
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
        errno = 0;
        char* end = nullptr;
        long long v = std::strtoll(epoch, &end, 10);
        if (errno == 0 && end && *end == '\0' && end != epoch && v >= 0) return static_cast<std::time_t>(v);
    }
    return std::time(nullptr);
}

std::string format_utc(std::time_t t) {
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M UTC", &tm);
    return buffer;
}

}  // namespace scorecard
