// `scorecard pack`: an agenda pack of tables (each built into a scorecard as `build` would)
// and existing PDFs, in the order given, in one PDF (stages/export/pdf/pack_writer.hpp).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "pipeline_run.hpp"

namespace scorecard {

struct PackOptions {
    CheckOptions check;               // for the tables: -t, --period, --strict, ...
    std::vector<std::string> items;   // tables and PDFs, in pack order
    std::string output;               // -o PACK.pdf
    int first_page = 1;               // --first-page
    std::string title;                // --title; default: the first scorecard's title
    bool right_hand_starts = true;    // --start any turns it off
    bool stamp = true;                // --no-stamp turns it off
    bool force = false;               // --force: replace a file scorecard did not write
};

struct PackReport {
    int exit_code = kExitOk;
    int pages = 0, blank_pages = 0;
    std::vector<int> item_first_number;  // the printed number of each item's first page
    std::size_t warnings = 0;
    std::string message;  // for exit codes 1 and 2: what went wrong
    std::string file, detail;  // for an item refused (exit 1): which, and why (message is both)
};

// Builds the pack. Findings and warnings are printed to `err`.
PackReport pack_items(const PackOptions& options, std::ostream& err);

// True when the file starts like a PDF ("%PDF-" in its first kilobyte).
bool looks_like_pdf(const std::string& path);

}  // namespace scorecard
