// Page units and geometry shared by the layout and the painting code.
//
// Everything is laid out in PDF points (1/72 inch) with y measured downwards from the top of
// the page, the way a reader (and the template's margins) think of a page; only the canvas
// turns that into PDF's bottom-up coordinates, so no layout code has to.
#pragma once

namespace scorecard::pdf {

constexpr double kPointsPerMm = 72.0 / 25.4;
constexpr double mm_to_pt(double mm) { return mm * kPointsPerMm; }

// A box on the page, top-down: `top` is the distance from the top edge of the page.
struct Box {
    double left = 0;
    double top = 0;
    double width = 0;
    double height = 0;
    double right() const { return left + width; }
    double bottom() const { return top + height; }
};

}  // namespace scorecard::pdf
