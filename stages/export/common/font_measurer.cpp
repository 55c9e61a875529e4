#include "font_measurer.hpp"

#include <stdexcept>

namespace scorecard {

FontMeasurer::FontMeasurer(FontFace regular, FontFace bold, GlyphUnits units) : units_(units) {
    auto slot = std::make_shared<Slot>();
    slot->spec.name = "(given faces)";
    slot->spec.regular.path = regular.path();  // what shaping opens
    slot->spec.bold.path = bold.path();
    slot->spec.has_bold = true;
    std::call_once(slot->once[0], [&] { slot->faces[0] = std::move(regular); });
    std::call_once(slot->once[1], [&] { slot->faces[1] = std::move(bold); });
    chain_.push_back(std::move(slot));
}

FontMeasurer::FontMeasurer(const std::vector<ChainFont>& chain, GlyphUnits units) : units_(units) {
    if (chain.empty()) throw std::runtime_error("the template names no font");
    for (const ChainFont& font : chain) {
        auto slot = std::make_shared<Slot>();
        slot->spec = font;
        chain_.push_back(std::move(slot));
    }
    face(0, FontStyle::Regular);
    face(0, FontStyle::Bold);
}

FontMeasurer FontMeasurer::for_template(const OutputTemplate& output_template, GlyphUnits units) {
    return FontMeasurer(output_template.fonts(), units);
}

const FontFace& FontMeasurer::face(std::size_t index, FontStyle font) const {
    Slot& slot = *chain_[index];
    const bool bold = font == FontStyle::Bold && slot.spec.has_bold;
    const int k = bold ? 1 : 0;
    std::call_once(slot.once[k], [&] {
        const FontFile& file = bold ? slot.spec.bold : slot.spec.regular;
        try {
            slot.faces[k] = FontFace::load(file.path, file.index);
        } catch (const std::runtime_error& e) {
            slot.failure[k] = e.what();
        }
    });
    if (!slot.faces[k]) throw std::runtime_error(slot.failure[k]);
    return *slot.faces[k];
}

std::size_t FontMeasurer::find_font(char32_t c, FontStyle font) const {
    if (c == '\t' || c == '\n') return 0;
    for (std::size_t i = 0; i < chain_.size(); ++i)
        if (face(i, font).maps(c)) return i;
    return chain_.size();
}

std::size_t FontMeasurer::font_for(char32_t c, FontStyle font) const {
    const std::size_t index = find_font(c, font);
    return index == chain_.size() ? 0 : index;
}

bool FontMeasurer::can_draw(char32_t c) const {
    if (c == '\t' || c == '\n') return true;
    // Bidi controls, joiners and the like are not drawn: shaping takes them out of the line.
    if (is_default_ignorable(c)) return true;
    for (std::size_t i = 0; i < chain_.size(); ++i)
        if (face(i, FontStyle::Regular).maps(c)) return true;
    return false;
}

bool FontMeasurer::draws_all(const std::string& utf8) const {
    const FontFace& first = face(FontStyle::Regular);
    const auto* s = reinterpret_cast<const unsigned char*>(utf8.data());
    const std::size_t n = utf8.size();
    std::size_t i = 0;
    while (i < n) {
        if (s[i] < 0x80 && first.maps(s[i])) {
            ++i;  // the common case, without decoding
            continue;
        }
        if (!can_draw(next_code_point(s, n, i))) return false;
    }
    return true;
}

const FontMeasurer::Replacement& FontMeasurer::replacement() const {
    std::call_once(replacement_->once, [&] {
        for (const char32_t c : {U'\uFFFD', U'\u25A1', U'?'}) {
            for (std::size_t i = 0; i < chain_.size(); ++i) {
                if (face(i, FontStyle::Regular).maps(c)) {
                    replacement_->value = Replacement{c, i};
                    return;
                }
            }
        }
    });
    return replacement_->value;
}

double FontMeasurer::unit_width(char32_t c, FontStyle font) const {
    if (units_ == GlyphUnits::Utf16Units && c == '\t') return 4 * face(font).advance_em(' ');
    if (units_ == GlyphUnits::Utf16Units && c >= 0x10000) {
        const FontFace& f = face(font);
        const char32_t v = c - 0x10000;
        return f.advance_em(0xD800 + (v >> 10)) + f.advance_em(0xDC00 + (v & 0x3FF));
    }
    const std::size_t index = find_font(c, font);
    if (index < chain_.size()) return face(index, font).advance_em(c);
    if (can_draw(c)) return face(font).advance_em(c);  // in this style's faces, none maps it
    const Replacement& r = replacement();
    return face(r.font, font).advance_em(r.c);
}

double FontMeasurer::width(const std::string& utf8, const TextStyle& style) const {
    if (takes_shaped_path(utf8)) return shape(utf8, style.font, style.direction).width_em * style.size;
    double total = 0;
    const auto* s = reinterpret_cast<const unsigned char*>(utf8.data());
    const std::size_t n = utf8.size();
    std::size_t i = 0;
    while (i < n) total += unit_width(next_code_point(s, n, i), style.font);
    return total * style.size;
}

}  // namespace scorecard
