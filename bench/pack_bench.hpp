// The pack benchmark: an agenda pack of a scorecard and an imported PDF of growing size (a
// covering report or appendix from outside, with a bookmark every ten pages), timed as the
// imported PDF's check (qpdf's check and rewrite, then PoDoFo's parse) and as the whole pack.
#pragma once

#include <string>

namespace scorecard::bench {

struct PackMeasurement {
    int imported_pages = 0;
    double imported_bytes = 0;
    double inspect_seconds = 0;  // inspect_pdf: what the pack does to an imported PDF before placing it
    double pack_seconds = 0;     // `scorecard pack TABLE PDF -o PACK`, end to end
    double pack_cpu_seconds = 0; // its processor time (user and system): on a busy machine the
                                 // wall time stretches, this much less
    int pack_pages = 0;
    long peak_rss_kib = 0;
};

// Writes the imported PDF and the table into `dir` and measures them.
PackMeasurement measure_pack(int imported_pages, const std::string& dir);

}  // namespace scorecard::bench
