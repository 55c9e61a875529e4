#include "delimited_file.hpp"

#include "stages/model/input_file.hpp"
#include "stages/model/text_utils.hpp"
#include "text_decoding.hpp"

namespace scorecard {

DelimitedText read_delimited_bytes(std::string bytes, Findings& findings, const IngestLimits& limits) {
    DelimitedText out;
    if (bytes.size() > limits.max_file_bytes) {
        findings.error("file-too-large", {1, 1, 0},
                       "the file is " + std::to_string(bytes.size() / (std::size_t{1024} * 1024)) + " MiB; the limit is " +
                           std::to_string(limits.max_file_bytes / (std::size_t{1024} * 1024)) + " MiB");
        return out;
    }
    DecodedText decoded = decode_text(std::move(bytes), findings);
    if (!decoded.ok) return out;
    out.encoding = decoded.encoding;
    out.text = std::move(decoded.text);
    if (trim(out.text).empty()) {
        findings.error("empty-file", {1, 1, 0}, "the file holds only white space: there is no table to read");
        return out;
    }
    const char delimiter = detect_delimiter(out.text);
    if (delimiter == 0) {
        findings.error("unknown-delimiter", {1, 1, 0},
                       "no tab, comma or semicolon separates the cells of the first lines; save the table as "
                       "tab- or comma-separated text");
        return out;
    }
    out.ok = read_delimited(out.text, delimiter, limits, &out.table, findings);
    return out;
}

bool read_file_bytes(const std::string& path, std::string* bytes, Findings& findings, const IngestLimits& limits) {
    InputFile in = read_input_file(path, limits.max_file_bytes);
    if (in.status == InputFile::Status::TooLarge) {
        findings.error("file-too-large", {1, 1, 0},
                       "the file " + in.problem);
        return false;
    }
    if (!in.ok()) throw IngestIoError(path + ": " + in.problem);
    *bytes = std::move(in.bytes);
    return true;
}

}  // namespace scorecard
