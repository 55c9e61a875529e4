#include "html_output.hpp"

#include <cerrno>
#include <cstring>

#include "html_text.hpp"
#include "stages/export/common/export_context.hpp"

namespace scorecard::html {

namespace {
constexpr std::size_t kFlushAt = std::size_t{1} << 20;
}  // namespace

void Checksum::add(std::string_view bytes) {
    for (const char c : bytes) {
        hash_ ^= static_cast<unsigned char>(c);
        hash_ *= 1099511628211ULL;
    }
}

std::string Checksum::hex() const {
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash_));
    return text;
}

HtmlOutput::HtmlOutput(const std::string& path) : path_(path), file_(std::fopen(path.c_str(), "wb")) {
    if (!file_) throw ExportError(path + ": cannot write the web page: " + std::strerror(errno));
    buffer_.reserve(kFlushAt + 4096);
}

HtmlOutput::~HtmlOutput() {
    if (file_) std::fclose(file_);
}

HtmlOutput& HtmlOutput::raw(std::string_view markup) {
    buffer_.append(markup);
    if (buffer_.size() >= kFlushAt) flush();
    return *this;
}

HtmlOutput& HtmlOutput::text(std::string_view text) {
    append_escaped(buffer_, text);
    if (buffer_.size() >= kFlushAt) flush();
    return *this;
}

HtmlOutput& HtmlOutput::lines(std::string_view text) {
    append_escaped_lines(buffer_, text);
    if (buffer_.size() >= kFlushAt) flush();
    return *this;
}

void HtmlOutput::flush() {
    checksum_.add(buffer_);
    if (!buffer_.empty() && std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size())
        throw ExportError(path_ + ": cannot write the web page: " + std::strerror(errno));
    buffer_.clear();
}

void HtmlOutput::finish() {
    flush();
    std::string last(kChecksumPrefix);
    last += checksum_.hex();
    last += kChecksumSuffix;
    buffer_ = last;
    if (std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size() || std::fclose(file_) != 0) {
        file_ = nullptr;
        throw ExportError(path_ + ": cannot write the web page: " + std::strerror(errno));
    }
    file_ = nullptr;
    buffer_.clear();
}

}  // namespace scorecard::html
