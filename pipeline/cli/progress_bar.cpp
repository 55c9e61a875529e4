#include "progress_bar.hpp"

#include <cstdio>
#include <unistd.h>

namespace scorecard {

bool stderr_is_terminal() { return ::isatty(STDERR_FILENO) == 1; }

ProgressBar::ProgressBar(bool enabled) : enabled_(enabled) {}

ProgressBar::~ProgressBar() { clear(); }

void ProgressBar::show(std::size_t done, std::size_t total, const std::string& label) {
    if (!enabled_ || total == 0) return;
    constexpr std::size_t width = 24;
    const std::size_t filled = done * width / total;
    std::string bar(filled, '#');
    bar.append(width - filled, '.');
    std::string shown = label.size() > 40 ? "..." + label.substr(label.size() - 37) : label;
    std::fprintf(stderr, "\r\033[K[%s] %zu/%zu  %s", bar.c_str(), done, total, shown.c_str());
    std::fflush(stderr);
    drawn_ = true;
}

void ProgressBar::show_stage(const std::string& label) {
    if (!enabled_) return;
    std::fprintf(stderr, "\r\033[K%s", label.c_str());
    std::fflush(stderr);
    drawn_ = true;
}

void ProgressBar::clear() {
    if (!enabled_ || !drawn_) return;
    std::fprintf(stderr, "\r\033[K");
    std::fflush(stderr);
    drawn_ = false;
}

}  // namespace scorecard
