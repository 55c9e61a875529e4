// The PDF's embedded fonts: loaded by file path, never by a name fontconfig would guess at.
#include <catch2/catch.hpp>

#include <podofo/podofo.h>

#include "stages/export/pdf/font_set.hpp"
#include "pdf_test_support.hpp"

using namespace scorecard;
using namespace scorecard::pdf;

TEST_CASE("a missing font file is an export error naming the file", "[fonts]") {
    PoDoFo::PdfMemDocument document;
    OutputTemplate layout = scorecard::test::named_template("flat-2022-23");
    layout.font_bold = "/nonexistent/LiberationSans-Bold.ttf";
    CHECK_THROWS_WITH(FontSet(document, layout), Catch::Contains("/nonexistent/LiberationSans-Bold.ttf"));
}

