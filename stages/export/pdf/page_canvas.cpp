#include "page_canvas.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "stages/export/common/printable_text.hpp"
#include "stages/model/utf8.hpp"

namespace scorecard::pdf {

PageCanvas::PageCanvas(PoDoFo::PdfPage& page, PoDoFo::PdfObject& contents, CanvasResources& resources,
                       double page_height, StructureTree& tree)
    : page_(page), contents_(contents), resources_(resources), out_(resources.deflater.take_buffer()),
      page_height_(page_height), tree_(tree) {
    page_index_ = tree_.begin_page();
    PoDoFo::PdfDictionary& dict = page_.GetObject()->GetDictionary();
    dict.AddKey("StructParents", PoDoFo::PdfVariant(static_cast<PoDoFo::pdf_int64>(page_index_)));
    dict.AddKey("Tabs", PoDoFo::PdfName("S"));
}

void PageCanvas::check_open() const {
    if (!open_) throw std::logic_error("drawing on a page that is finished");
}

void PageCanvas::append_y(double top_down) { append_hundredths(out_, y_hundredths(top_down)); }

void PageCanvas::set_fill(const Rgb& colour) {
    if (have_fill_ && fill_.r == colour.r && fill_.g == colour.g && fill_.b == colour.b) return;
    append_colour(out_, colour);
    out_ += " rg\n";
    fill_ = colour;
    have_fill_ = true;
}

// "x y w h re": a box as a path, in the page's upward coordinates.
void PageCanvas::append_rect(const Box& box) {
    append_number(out_, box.left);
    out_ += ' ';
    append_y(box.bottom());
    out_ += ' ';
    append_number(out_, box.width);
    out_ += ' ';
    append_number(out_, box.height);
    out_ += " re";
}

void PageCanvas::fill_box(const Box& box, const Rgb& colour) {
    check_open();
    set_fill(colour);
    append_rect(box);
    out_ += " f\n";
}

void PageCanvas::stroke_boxes(const std::vector<Box>& boxes, const Rgb& colour, double width) {
    check_open();
    if (boxes.empty()) return;
    append_number(out_, width);
    out_ += " w ";
    append_colour(out_, colour);
    out_ += " RG\n";
    for (const Box& b : boxes) {
        append_rect(b);
        out_ += '\n';
    }
    out_ += "S\n";
}

void PageCanvas::stroke_lines(const std::vector<Segment>& lines, const Rgb& colour, double width) {
    check_open();
    if (lines.empty()) return;
    append_number(out_, width);
    out_ += " w ";
    append_colour(out_, colour);
    out_ += " RG\n";
    for (const Segment& l : lines) {
        append_number(out_, l.x1);
        out_ += ' ';
        append_y(l.y1);
        out_ += " m ";
        append_number(out_, l.x2);
        out_ += ' ';
        append_y(l.y2);
        out_ += " l\n";
    }
    out_ += "S\n";
}

namespace {

// Shaped fonts' slots as font_slot_ holds them, apart from the chain's PoDoFo fonts.
constexpr std::size_t kShapedSlot = std::size_t{1} << 20;

// A glyph id as a two-byte hex string.
void append_glyph(PdfOut& out, std::uint32_t glyph) {
    static const char digits[] = "0123456789ABCDEF";
    char b[6] = {'<', digits[(glyph >> 12) & 15], digits[(glyph >> 8) & 15], digits[(glyph >> 4) & 15],
                 digits[glyph & 15], '>'};
    out.put(b, sizeof b);
}

// UTF-8 as a PDF text string: UTF-16BE with its byte order mark, in hex.
void append_text_string(PdfOut& out, const std::string& utf8) {
    static const char digits[] = "0123456789ABCDEF";
    auto unit = [&](unsigned u) {
        const char b[4] = {digits[(u >> 12) & 15], digits[(u >> 8) & 15], digits[(u >> 4) & 15], digits[u & 15]};
        out.put(b, sizeof b);
    };
    out += "<FEFF";
    const auto* s = reinterpret_cast<const unsigned char*>(utf8.data());
    std::size_t i = 0;
    while (i < utf8.size()) {
        const char32_t c = next_code_point(s, utf8.size(), i);
        if (c < 0x10000) {
            unit(static_cast<unsigned>(c));
        } else {
            unit(static_cast<unsigned>(0xD800 + ((c - 0x10000) >> 10)));
            unit(static_cast<unsigned>(0xDC00 + ((c - 0x10000) & 0x3FF)));
        }
    }
    out += '>';
}

}  // namespace

void PageCanvas::set_font(std::size_t slot, const std::string& resource, double size) {
    const long long thousandths = std::llround(size * 1000.0);
    if (have_font_ && font_slot_ == slot && font_size_ == thousandths) return;
    out_ += '/';
    out_ += resource;
    out_ += ' ';
    append_thousandths(out_, size);
    out_ += " Tf\n";
    have_font_ = true;
    font_slot_ = slot;
    font_size_ = thousandths;
}

void PageCanvas::text(double x, double baseline, const std::string& utf8, const TextStyle& style, const Rgb& colour) {
    check_open();
    if (utf8.empty()) return;
    set_fill(colour);
    if (resources_.measure.takes_shaped_path(utf8)) {
        shaped_text(x, baseline, utf8, style);
        return;
    }
    // Positions are rounded as the boxes are, so text and rules agree to the hundredth.
    const long long px = to_hundredths(x);
    const long long py = y_hundredths(baseline);
    out_ += "BT\n";
    const bool bold = style.font == FontStyle::Bold;
    bool placed = false;
    resources_.measure.for_each_run(utf8, style.font, [&](std::size_t index, std::size_t begin, std::size_t end) {
        const std::size_t slot = index * 2 + (bold ? 1 : 0);
        set_font(slot, resources_.glyphs.resource_name(style.font, index), style.size);
        if (!placed) {
            append_hundredths(out_, px);
            out_ += ' ';
            append_hundredths(out_, py);
            out_ += " Td\n";
            placed = true;
        }
        if (slot >= uses_font_.size()) uses_font_.resize(slot + 1, false);
        uses_font_[slot] = true;
        if (begin == 0 && end == utf8.size())
            resources_.glyphs.append_string(out_, utf8, style.font, index);
        else
            resources_.glyphs.append_string(out_, utf8.substr(begin, end - begin), style.font, index);
        out_ += " Tj\n";
    });
    out_ += "ET\n";
}

namespace {

// A piece of a shaped line drawn and extracted as one: glyphs `first`..`last` (visual order)
// of run `run`, with the characters they stand for as /ActualText, or none when each glyph
// stands for one character by its ToUnicode entry.
struct Segment {
    std::size_t run = 0;
    std::size_t first = 0, last = 0;
    std::string actual_text;
    // A right-to-left cluster that is not one glyph per character: its glyphs are drawn with
    // an empty /ActualText, and its characters (actual_text) are carried by invisible glyphs
    // laid across its box in visual order, one character each (see segments_of).
    bool carriers = false;
};

// A line's segments in visual order. A left-to-right run is one segment with its text.
// A right-to-left run is left to its glyphs' ToUnicode entries where each glyph is one
// character (an Arabic letter in any of its joining forms). Why not one /ActualText for the
// whole run: readers put right-to-left text in reading order themselves, from where the
// glyphs sit, and poppler 22.12 lays the characters of an /ActualText out left to right
// across the span and then reverses the right-to-left ones, so a run's text given whole
// comes out backwards, and so does a ligature's ("لأ" read as "أل"). A cluster that is not
// one glyph per character (the lam-alef ligature, a letter with vowel marks) is therefore
// drawn with an empty /ActualText and its characters follow as invisible glyphs (text
// render mode 3), each in an /ActualText of one character, placed right to left across the
// cluster's box: every reader then gets the characters once, in reading order.
std::vector<Segment> segments_of(const ShapedLine& line, const std::string& utf8) {
    std::vector<Segment> segments;
    for (std::size_t r = 0; r < line.runs.size(); ++r) {
        const ShapedRun& run = line.runs[r];
        const std::size_t n = run.glyphs.size();
        if (n == 0) continue;
        if (run.replacement) {
            // Each stand-in glyph carries the character it stands for: one character each, so
            // right-to-left text keeps its order too.
            const auto* s = reinterpret_cast<const unsigned char*>(utf8.data());
            for (std::size_t g = 0; g < n; ++g) {
                std::size_t end = run.glyphs[g].cluster;
                next_code_point(s, run.end, end);
                segments.push_back(
                    Segment{r, g, g + 1, utf8.substr(run.glyphs[g].cluster, end - run.glyphs[g].cluster), false});
            }
            continue;
        }
        if (!run.right_to_left) {
            // Its text as /ActualText, unless each glyph is one character, in order, and so
            // extracts through its ToUnicode entry (a space the wrapper left at a line's end).
            bool one_to_one = true;
            std::size_t next = run.begin;
            const auto* s = reinterpret_cast<const unsigned char*>(utf8.data());
            for (const ShapedGlyph& g : run.glyphs) {
                if (g.glyph == 0 || g.cluster != next) {
                    one_to_one = false;
                    break;
                }
                next_code_point(s, run.end, next);
            }
            one_to_one = one_to_one && next == run.end;
            segments.push_back(Segment{r, 0, n, one_to_one ? std::string() : utf8.substr(run.begin, run.end - run.begin),
                                       false});
            continue;
        }
        // Where each cluster's characters end: at the next cluster's start.
        auto cluster_end = [&](std::uint32_t c) {
            std::size_t end = run.end;
            for (const ShapedGlyph& g : run.glyphs)
                if (g.cluster > c && g.cluster < end) end = g.cluster;
            return end;
        };
        for (std::size_t g = 0; g < n;) {
            std::size_t end = g + 1;
            while (end < n && run.glyphs[end].cluster == run.glyphs[g].cluster) ++end;
            const std::size_t begin_byte = run.glyphs[g].cluster, end_byte = cluster_end(run.glyphs[g].cluster);
            std::size_t i = begin_byte;
            const auto* s = reinterpret_cast<const unsigned char*>(utf8.data());
            if (i < end_byte) next_code_point(s, end_byte, i);
            // (.notdef stands for whatever no font has: it gets /ActualText too, since its
            // ToUnicode entry can name only one character.)
            const bool one_to_one = end == g + 1 && i == end_byte && run.glyphs[g].glyph != 0;
            if (one_to_one && !segments.empty() && segments.back().run == r && segments.back().actual_text.empty() &&
                !segments.back().carriers && segments.back().last == g) {
                segments.back().last = end;
            } else if (one_to_one) {
                segments.push_back(Segment{r, g, end, std::string(), false});
            } else {
                segments.push_back(Segment{r, g, end, utf8.substr(begin_byte, end_byte - begin_byte), true});
            }
            g = end;
        }
    }
    return segments;
}

}  // namespace

// The line is drawn in visual order, segment by segment, each placed where it sits with a Td
// from the one before. Each string is one glyph id; the numbers between move
// the pen from where the glyph's /W width left it to where HarfBuzz put the next glyph (marks
// sit on their letters with no advance of their own, kerning, Indic vowel signs placed before
// their consonant). A glyph raised or lowered (an Arabic vowel mark) is shown with a text rise
// (Ts), reset after it.
void PageCanvas::shaped_text(double x, double baseline, const std::string& utf8, const TextStyle& style) {
    const ShapedLine line = resources_.measure.shape(utf8, style.font, style.direction);
    ShapedFonts& fonts = resources_.shaped;
    // Where each glyph's pen position is along the line, in thousandths of the font size.
    // A space the wrapper left at the line's logical end (line_wrap.hpp) sits at its left end
    // in a right-to-left line: it starts left of `x`, so the visible text starts at `x`.
    std::size_t visible_end = utf8.size();
    while (visible_end > 0 && utf8[visible_end - 1] == ' ') --visible_end;
    double pen = 0;
    for (const ShapedRun& run : line.runs) {
        bool leading = true;
        for (const ShapedGlyph& g : run.glyphs) {
            if (g.cluster < visible_end) {
                leading = false;
                break;
            }
            pen -= g.advance * 1000.0 / run.units_per_em;
        }
        if (!leading) break;
    }
    std::vector<std::vector<double>> pen_at(line.runs.size());
    for (std::size_t r = 0; r < line.runs.size(); ++r) {
        const double scale = 1000.0 / line.runs[r].units_per_em;
        for (const ShapedGlyph& g : line.runs[r].glyphs) {
            pen_at[r].push_back(pen);
            pen += g.advance * scale;
        }
    }

    out_ += "BT\n";
    long long line_x = to_hundredths(x);  // the text line matrix's origin, in hundredths
    append_hundredths(out_, line_x);
    out_ += ' ';
    append_hundredths(out_, y_hundredths(baseline));
    out_ += " Td\n";
    const std::vector<Segment> segments = segments_of(line, utf8);
    for (const Segment& segment : segments) {
        const ShapedRun& run = line.runs[segment.run];
        const double scale = 1000.0 / run.units_per_em;
        const std::size_t slot = fonts.slot(run.font, run.style);
        set_font(kShapedSlot + slot, fonts.resource_name(slot), style.size);
        if (slot >= uses_shaped_.size()) uses_shaped_.resize(slot + 1, false);
        uses_shaped_[slot] = true;

        const double start = pen_at[segment.run][segment.first];
        // Each segment from the line's origin: the pen is wherever the last TJ left it.
        auto place = [&](double at_x) {
            const long long target = to_hundredths(at_x);
            append_hundredths(out_, target - line_x);
            out_ += " 0 Td\n";
            line_x = target;
        };
        if (to_hundredths(x + start * style.size / 1000.0) != line_x || &segment != &segments.front())
            place(x + start * style.size / 1000.0);
        if (segment.carriers) {
            out_ += "/Span <</ActualText <FEFF>>> BDC\n";
        } else if (!segment.actual_text.empty()) {
            out_ += "/Span <</ActualText ";
            append_text_string(out_, segment.actual_text);
            out_ += ">> BDC\n";
        }
        // Each glyph's characters, for the ToUnicode map of a glyph that alone draws them (a
        // stand-in's own character: what it stands for is its /ActualText).
        std::string stand_in;
        if (run.replacement) append_utf8(stand_in, resources_.measure.replacement().c);
        auto cluster_text = [&](std::size_t g) -> std::string {
            if (run.replacement) return stand_in;
            const std::uint32_t c = run.glyphs[g].cluster;
            std::size_t end = run.end;
            int glyphs_in_cluster = 0;
            for (const ShapedGlyph& other : run.glyphs) {
                if (other.cluster == c) ++glyphs_in_cluster;
                else if (other.cluster > c && other.cluster < end) end = other.cluster;
            }
            if (glyphs_in_cluster != 1 || c >= end) return std::string();
            return utf8.substr(c, end - c);
        };
        double at = 0;  // where the PDF has the pen, from the segment's start
        auto move_to = [&](double target) {
            const long long n = to_hundredths(at - target);
            if (n == 0) return;
            append_hundredths(out_, n);
            at -= static_cast<double>(n) / 100.0;
        };
        double rise = 0;
        out_ += '[';
        for (std::size_t g = segment.first; g < segment.last; ++g) {
            const ShapedGlyph& glyph = run.glyphs[g];
            const double wanted_rise = glyph.y_offset * scale * style.size / 1000.0;
            if (to_hundredths(wanted_rise) != to_hundredths(rise)) {
                out_ += "] TJ\n";
                append_number(out_, wanted_rise);
                out_ += " Ts\n[";
                rise = wanted_rise;
            }
            move_to(pen_at[segment.run][g] - start + glyph.x_offset * scale);
            append_glyph(out_, glyph.glyph);
            at += static_cast<double>(fonts.glyph_used(slot, glyph.glyph, cluster_text(g)));
        }
        out_ += "] TJ\n";
        if (to_hundredths(rise) != 0) out_ += "0 Ts\n";
        if (segment.carriers || !segment.actual_text.empty()) out_ += "EMC\n";
        if (segment.carriers) {
            // The characters, last first (leftmost), each a glyph not painted (Tr 3) and
            // scaled (Tz) to an equal share of the cluster's width, edge to edge, so that a
            // reader sees no gap (a word break) between them.
            const std::vector<char32_t> chars = decode_utf8(segment.actual_text);
            const double width = (pen_at[segment.run].size() > segment.last ? pen_at[segment.run][segment.last]
                                                                               : pen_at[segment.run].back() +
                                                                                     run.glyphs.back().advance * scale) -
                                 start;
            const std::uint32_t carrier = run.glyphs[segment.first].glyph;
            const double share = width / static_cast<double>(chars.size());
            const double carrier_width = static_cast<double>(fonts.glyph_used(slot, carrier, std::string()));
            out_ += "3 Tr ";
            append_number(out_, carrier_width > 0 ? 100.0 * share / carrier_width : 100.0);
            out_ += " Tz\n";
            for (std::size_t j = 0; j < chars.size(); ++j) {
                place(x + (start + share * static_cast<double>(j)) * style.size / 1000.0);
                std::string one;
                append_utf8(one, chars[chars.size() - 1 - j]);
                out_ += "/Span <</ActualText ";
                append_text_string(out_, one);
                out_ += ">> BDC\n[";
                append_glyph(out_, carrier);
                out_ += "] TJ\nEMC\n";
            }
            out_ += "0 Tr 100 Tz\n";
        }
    }
    out_ += "ET\n";
}

void PageCanvas::begin_marked() {
    check_open();
    if (marked_) throw std::logic_error("marked content nested");
    marked_ = true;
}

void PageCanvas::begin_content(int element) {
    const StructRole role = tree_.elements().at(static_cast<std::size_t>(element)).role;
    begin_marked();
    const int mcid = tree_.add_content(element);
    out_ += '/';
    out_.put_c_string(role_name(role));
    out_ += " <</MCID ";
    append_integer(out_, mcid);
    out_ += ">> BDC\n";
}

void PageCanvas::begin_artifact() {
    begin_marked();
    out_ += "/Artifact BMC\n";
}

void PageCanvas::begin_pagination(const char* subtype) {
    begin_marked();
    out_ += "/Artifact <</Type /Pagination";
    if (subtype) {
        out_ += " /Subtype /";
        out_.put_c_string(subtype);
    }
    out_ += ">> BDC\n";
}

void PageCanvas::begin_layout_artifact(const Box& box) {
    begin_marked();
    out_ += "/Artifact <</Type /Layout /BBox [";
    append_number(out_, box.left);
    out_ += ' ';
    append_y(box.bottom());
    out_ += ' ';
    append_number(out_, box.right());
    out_ += ' ';
    append_y(box.top);
    out_ += "]>> BDC\n";
}

void PageCanvas::end_marked() {
    if (!marked_) return;
    out_ += "EMC\n";
    marked_ = false;
}

void PageCanvas::finish() {
    if (!open_) return;
    open_ = false;
    for (std::size_t slot = 0; slot < uses_font_.size(); ++slot) {
        if (!uses_font_[slot]) continue;
        PoDoFo::PdfFont& font = resources_.glyphs.font(slot % 2 ? FontStyle::Bold : FontStyle::Regular, slot / 2);
        page_.AddResource(font.GetIdentifier(), font.GetObject()->Reference(), PoDoFo::PdfName("Font"));
    }
    for (std::size_t slot = 0; slot < uses_shaped_.size(); ++slot) {
        if (!uses_shaped_[slot]) continue;
        page_.AddResource(PoDoFo::PdfName(resources_.shaped.resource_name(slot)),
                          resources_.shaped.dictionary(slot).Reference(), PoDoFo::PdfName("Font"));
    }
    PoDoFo::PdfObject* contents = &contents_;
    resources_.deflater.submit(out_.release(), [contents](const std::string& compressed) {
        // The stream is handed over already compressed: /Filter is set first, and BeginAppend
        // is told to add no filter of its own and to leave that key alone.
        contents->GetDictionary().AddKey(PoDoFo::PdfName::KeyFilter, PoDoFo::PdfName("FlateDecode"));
        PoDoFo::PdfStream* stream = contents->GetStream();
        stream->BeginAppend(PoDoFo::TVecFilters(), true, false);
        stream->Append(compressed.data(), compressed.size());
        stream->EndAppend();
    });
}

}  // namespace scorecard::pdf
