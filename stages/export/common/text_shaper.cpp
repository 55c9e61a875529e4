#include "text_shaper.hpp"

#include <fribidi.h>

#include <algorithm>
#include <numeric>
#include <stdexcept>

#include "font_measurer.hpp"
#include "stages/model/utf8.hpp"

namespace scorecard {

bool is_default_ignorable(char32_t c) {
    return c == 0x034F || c == 0x061C || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x206F) || (c >= 0xFE00 && c <= 0xFE0F) ||
           c == 0xFEFF;
}

bool needs_shaping(char32_t c) {
    if (c < 0x0300) return false;
    if (c >= 0x10000) return true;
    return c <= 0x036F                        // combining diacritical marks
           || (c >= 0x0483 && c <= 0x0489)    // Cyrillic combining marks
           || (c >= 0x0590 && c <= 0x08FF)    // Hebrew, Arabic, Syriac, Thaana, N'Ko, ... Arabic Extended
           || (c >= 0x0900 && c <= 0x109F)    // the Indic scripts, Thai, Lao, Tibetan, Myanmar
           || (c >= 0x1700 && c <= 0x18AF)    // Philippine scripts, Khmer, Mongolian
           || (c >= 0x1A00 && c <= 0x1CFF)    // Buginese .. Vedic Extensions
           || (c >= 0x1DC0 && c <= 0x1DFF)    // combining marks supplement
           || (c >= 0x200B && c <= 0x200F)    // zero-width space, joiners, direction marks
           || (c >= 0x202A && c <= 0x202E)    // bidi embeddings and overrides
           || (c >= 0x2060 && c <= 0x206F)    // word joiner, bidi isolates
           || (c >= 0x20D0 && c <= 0x20FF)    // combining marks for symbols
           || (c >= 0xA800 && c <= 0xABFF)    // Syloti Nagri .. Meetei Mayek, Devanagari Extended
           || (c >= 0xFB1D && c <= 0xFDFF)    // Hebrew and Arabic presentation forms
           || (c >= 0xFE00 && c <= 0xFE0F)    // variation selectors
           || (c >= 0xFE20 && c <= 0xFE2F)    // combining half marks
           || (c >= 0xFE70 && c <= 0xFEFF);   // Arabic presentation forms B, the byte order mark
}

bool text_needs_shaping(const std::string& utf8) {
    // Every character below U+0300 is encoded in bytes below 0xCC, and every byte from 0xCC up
    // starts a character: only those need decoding.
    const auto* s = reinterpret_cast<const unsigned char*>(utf8.data());
    const std::size_t n = utf8.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (s[i] < 0xCC) continue;
        std::size_t at = i;
        if (needs_shaping(next_code_point(s, n, at))) return true;
    }
    return false;
}

ShapingFont::ShapingFont(const std::string& path, int index) {
    blob_ = hb_blob_create_from_file_or_fail(path.c_str());
    if (!blob_) throw std::runtime_error("font " + path + ": cannot be read for shaping");
    face_ = hb_face_create(blob_, static_cast<unsigned>(index));
    units_per_em_ = hb_face_get_upem(face_);
    font_ = hb_font_create(face_);
    hb_font_set_scale(font_, static_cast<int>(units_per_em_), static_cast<int>(units_per_em_));
    hb_font_make_immutable(font_);  // shared by the writers' threads
}

ShapingFont::~ShapingFont() {
    hb_font_destroy(font_);
    hb_face_destroy(face_);
    hb_blob_destroy(blob_);
}

const ShapingFont& FontMeasurer::shaping_font(std::size_t index, FontStyle font) const {
    Slot& slot = *chain_[index];
    const bool bold = font == FontStyle::Bold && slot.spec.has_bold;
    const int k = bold ? 1 : 0;
    std::call_once(slot.shaping_once[k], [&] {
        const FontFile& file = bold ? slot.spec.bold : slot.spec.regular;
        try {
            slot.shaping[k] = std::make_unique<ShapingFont>(file.path, file.index);
        } catch (const std::runtime_error& e) {
            slot.shaping_failure[k] = e.what();
        }
    });
    if (!slot.shaping[k]) throw std::runtime_error(slot.shaping_failure[k]);
    return *slot.shaping[k];
}

namespace {

bool is_mark(char32_t c) {
    switch (hb_unicode_general_category(hb_unicode_funcs_get_default(), c)) {
        case HB_UNICODE_GENERAL_CATEGORY_NON_SPACING_MARK:
        case HB_UNICODE_GENERAL_CATEGORY_SPACING_MARK:
        case HB_UNICODE_GENERAL_CATEGORY_ENCLOSING_MARK:
            return true;
        default:
            return false;
    }
}

bool is_letter(char32_t c) {
    switch (hb_unicode_general_category(hb_unicode_funcs_get_default(), c)) {
        case HB_UNICODE_GENERAL_CATEGORY_LOWERCASE_LETTER:
        case HB_UNICODE_GENERAL_CATEGORY_MODIFIER_LETTER:
        case HB_UNICODE_GENERAL_CATEGORY_OTHER_LETTER:
        case HB_UNICODE_GENERAL_CATEGORY_TITLECASE_LETTER:
        case HB_UNICODE_GENERAL_CATEGORY_UPPERCASE_LETTER:
            return true;
        default:
            return false;
    }
}

// One run before shaping: characters [first, last) of the line, one level, one font, or
// characters no font draws (replacement).
struct PlainRun {
    std::size_t first = 0, last = 0;
    FriBidiLevel level = 0;
    std::size_t font = 0;
    bool replacement = false;
};

// The buffer of the calling thread, kept between lines (making one per run was a tenth of
// the shaping time).
hb_buffer_t* thread_buffer() {
    struct Holder {
        hb_buffer_t* buffer = hb_buffer_create();
        ~Holder() { hb_buffer_destroy(buffer); }
    };
    thread_local Holder holder;
    hb_buffer_reset(holder.buffer);
    return holder.buffer;
}

// A run of characters no font draws: one glyph of the replacement character each, with the
// character's own cluster, in visual order (right to left: the last first).
ShapedRun replacement_run(const ShapingFont& font, std::size_t first, std::size_t last, bool rtl,
                          const std::vector<std::size_t>& starts, char32_t stand_in) {
    ShapedRun run;
    run.replacement = true;
    run.right_to_left = rtl;
    run.begin = starts[first];
    run.end = starts[last];
    run.units_per_em = font.units_per_em();
    hb_codepoint_t glyph = 0;
    hb_font_get_nominal_glyph(font.font(), stand_in, &glyph);
    const hb_position_t advance = hb_font_get_glyph_h_advance(font.font(), glyph);
    for (std::size_t i = first; i < last; ++i)
        run.glyphs.push_back(ShapedGlyph{glyph, advance, 0, 0, static_cast<std::uint32_t>(starts[i])});
    if (rtl) std::reverse(run.glyphs.begin(), run.glyphs.end());
    return run;
}

double replacement_width_em(const ShapedRun& run) {
    long long advance = 0;
    for (const ShapedGlyph& g : run.glyphs) advance += g.advance;
    return static_cast<double>(advance) / run.units_per_em;
}

}  // namespace

bool continues_cluster(char32_t previous, char32_t c) {
    if (c == 0x200C || c == 0x200D || is_mark(c)) return true;
    return previous == 0x200D ||
           hb_unicode_combining_class(hb_unicode_funcs_get_default(), previous) == HB_UNICODE_COMBINING_CLASS_VIRAMA;
}

ShapedLine FontMeasurer::shape(const std::string& utf8, FontStyle style, TextDirection paragraph) const {
    ShapedLine line;
    // The characters and where each starts in the line.
    std::vector<FriBidiChar> chars;
    std::vector<std::size_t> starts;
    {
        const auto* s = reinterpret_cast<const unsigned char*>(utf8.data());
        const std::size_t n = utf8.size();
        std::size_t i = 0;
        while (i < n) {
            starts.push_back(i);
            chars.push_back(next_code_point(s, n, i));
        }
        starts.push_back(n);
    }
    const auto count = static_cast<FriBidiStrIndex>(chars.size());
    if (count == 0) return line;

    // Levels and the visual order of the characters, in the paragraph's direction: the
    // writers find it once for the whole paragraph (paragraph_direction.hpp), since a wrapped
    // line's own first strong character may not be the paragraph's. Auto takes the line's
    // (rules P2, P3). The levels are resolved over the line itself, as it is measured for
    // wrapping, so that what is drawn is what was measured; the paragraph's base level is
    // what decides the order of its words.
    std::vector<FriBidiCharType> types(chars.size());
    std::vector<FriBidiBracketType> brackets(chars.size());
    std::vector<FriBidiLevel> levels(chars.size(), 0);
    std::vector<FriBidiStrIndex> visual(chars.size());
    std::iota(visual.begin(), visual.end(), 0);
    fribidi_get_bidi_types(chars.data(), count, types.data());
    fribidi_get_bracket_types(chars.data(), count, types.data(), brackets.data());
    FriBidiParType direction = paragraph == TextDirection::RightToLeft   ? FRIBIDI_PAR_RTL
                               : paragraph == TextDirection::LeftToRight ? FRIBIDI_PAR_LTR
                                                                         : FRIBIDI_PAR_ON;
    if (fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), count, &direction, levels.data()) == 0 ||
        fribidi_reorder_line(0, types.data(), count, 0, direction, levels.data(), nullptr, visual.data()) == 0) {
        std::fill(levels.begin(), levels.end(), 0);  // out of memory: left to right, unshuffled
        std::iota(visual.begin(), visual.end(), 0);
    }

    // Runs of one level and one font. A character stays in the run's font when that font has
    // it and it is a mark, a joiner or control, or not a letter (a space, a digit, punctuation),
    // so a cluster is never split between fonts and Arabic words keep their own spaces.
    // Characters no font draws make runs of their own.
    std::vector<PlainRun> runs;
    for (std::size_t i = 0; i < chars.size(); ++i) {
        const char32_t c = chars[i];
        PlainRun* current = runs.empty() || runs.back().level != levels[i] ? nullptr : &runs.back();
        if (!can_draw(c)) {
            if (current && current->replacement)
                current->last = i + 1;
            else
                runs.push_back(PlainRun{i, i + 1, levels[i], replacement().font, true});
            continue;
        }
        if (current && current->replacement) current = nullptr;
        std::size_t font = 0;
        if (current && (is_default_ignorable(c) ||
                        ((is_mark(c) || !is_letter(c)) && face(current->font, style).maps(c))))
            font = current->font;
        else if (is_default_ignorable(c))
            font = 0;
        else
            font = font_for(c, style);
        if (current && current->font == font) {
            current->last = i + 1;
        } else {
            runs.push_back(PlainRun{i, i + 1, levels[i], font, false});
        }
    }

    // The runs in visual order: a run of one level stays whole when the line is reordered.
    std::vector<std::size_t> position(chars.size());
    for (std::size_t v = 0; v < visual.size(); ++v) position[static_cast<std::size_t>(visual[v])] = v;
    std::vector<std::pair<std::size_t, std::size_t>> order;  // (visual position, run)
    for (std::size_t r = 0; r < runs.size(); ++r) {
        std::size_t first = position[runs[r].first];
        for (std::size_t i = runs[r].first; i < runs[r].last; ++i) first = std::min(first, position[i]);
        order.emplace_back(first, r);
    }
    std::sort(order.begin(), order.end());

    double width_em = 0;
    for (const auto& [unused, r] : order) {
        const PlainRun& plain = runs[r];
        const ShapingFont& font = shaping_font(plain.font, style);
        if (plain.replacement) {
            line.runs.push_back(
                replacement_run(font, plain.first, plain.last, (plain.level & 1) != 0, starts, replacement().c));
            line.runs.back().font = plain.font;
            line.runs.back().style = style;
            width_em += replacement_width_em(line.runs.back());
            continue;
        }
        hb_buffer_t* buffer = thread_buffer();
        hb_buffer_set_flags(buffer, HB_BUFFER_FLAG_REMOVE_DEFAULT_IGNORABLES);
        const std::size_t begin = starts[plain.first], end = starts[plain.last];
        hb_buffer_add_utf8(buffer, utf8.data(), static_cast<int>(utf8.size()), static_cast<unsigned>(begin),
                           static_cast<int>(end - begin));
        const bool rtl = (plain.level & 1) != 0;
        hb_buffer_set_direction(buffer, rtl ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
        hb_buffer_guess_segment_properties(buffer);  // the script, from the run's characters
        hb_shape(font.font(), buffer, nullptr, 0);

        ShapedRun run;
        run.font = plain.font;
        run.style = style;
        run.right_to_left = rtl;
        run.begin = begin;
        run.end = end;
        run.units_per_em = font.units_per_em();
        unsigned glyph_count = 0;
        const hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buffer, &glyph_count);
        const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer, &glyph_count);
        run.glyphs.reserve(glyph_count);
        long long advance = 0;
        for (unsigned g = 0; g < glyph_count; ++g) {
            run.glyphs.push_back(ShapedGlyph{infos[g].codepoint, positions[g].x_advance, positions[g].x_offset,
                                             positions[g].y_offset, infos[g].cluster});
            advance += positions[g].x_advance;
        }
        width_em += static_cast<double>(advance) / run.units_per_em;
        line.runs.push_back(std::move(run));
    }
    line.width_em = width_em;
    return line;
}

}  // namespace scorecard
