#include "paragraph_direction.hpp"

#include <fribidi.h>

#include <vector>

#include "printable_text.hpp"
#include "text_shaper.hpp"

namespace scorecard {

TextDirection paragraph_direction(const std::string& utf8) {
    // Every right-to-left character needs shaping: plain text needs no decoding.
    if (!text_needs_shaping(utf8)) return TextDirection::LeftToRight;
    const std::vector<char32_t> decoded = decode_utf8(utf8);
    const std::vector<FriBidiChar> chars(decoded.begin(), decoded.end());
    std::vector<FriBidiCharType> types(chars.size());
    const auto count = static_cast<FriBidiStrIndex>(chars.size());
    fribidi_get_bidi_types(chars.data(), count, types.data());
    return fribidi_get_par_direction(types.data(), count) == FRIBIDI_PAR_RTL ? TextDirection::RightToLeft
                                                                             : TextDirection::LeftToRight;
}

TextStyle in_direction_of(TextStyle style, const std::string& utf8) {
    style.direction = paragraph_direction(utf8);
    return style;
}

Align aligned_for(Align column, TextDirection direction) {
    return column == Align::Left && direction == TextDirection::RightToLeft ? Align::Right : column;
}

}  // namespace scorecard
