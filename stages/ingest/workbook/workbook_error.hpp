// Why a workbook cannot be read: thrown inside the workbook readers, turned into one located
// error finding where the reading started (workbook_reader.cpp).
#pragma once

#include <stdexcept>
#include <string>

#include "stages/model/source_location.hpp"

namespace scorecard {

class WorkbookError : public std::runtime_error {
public:
    WorkbookError(std::string code, const std::string& message, SourceLocation where = {})
        : std::runtime_error(message), code_(std::move(code)), where_(where) {}
    const std::string& code() const { return code_; }
    const SourceLocation& where() const { return where_; }

private:
    std::string code_;
    SourceLocation where_;
};

}  // namespace scorecard
