// The libxlsxwriter this folder was written against.
//
// The code in stages/export/xlsx/fast_path/ depends on what libxlsxwriter 1.1.4 does inside, not
// only on its documented calls: streamed_sheet writes the row XML that version writes, byte for
// byte, and default_font changes the first format of its list. Another version may write rows
// differently or order its formats otherwise, so the build stops here until the fast path has
// been checked against it (tests/export_xlsx/fast_path_test.cpp compares it with the plain
// path, which uses only libxlsxwriter's documented calls).
#pragma once

#include <xlsxwriter.h>

#if LXW_VERSION_ID != 114
#error "stages/export/xlsx/fast_path was written against libxlsxwriter 1.1.4 (LXW_VERSION_ID 114): check it against this version, then update this test"
#endif
