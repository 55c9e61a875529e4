#include "pdf_writer.hpp"

#include <deque>
#include <optional>

#include <podofo/podofo.h>

#include "column_layout.hpp"
#include "corrections_list.hpp"
#include "stages/export/common/cell_content.hpp"
#include "stages/export/common/printable_text.hpp"
#include "font_set.hpp"
#include "missing_glyphs.hpp"
#include "page_canvas.hpp"
#include "page_fit.hpp"
#include "page_frame.hpp"
#include "page_maker.hpp"
#include "page_rules.hpp"
#include "navigation.hpp"
#include "pagination.hpp"
#include "pdf_document.hpp"
#include "pdf_origin.hpp"
#include "stages/export/common/font_measurer.hpp"
#include "rag_key.hpp"
#include "structure_tree.hpp"
#include "summary_pages.hpp"
#include "structure_writer.hpp"
#include "table_layout.hpp"
#include "table_painter.hpp"
#include "stages/export/common/table_rows.hpp"
#include "stages/model/text_utils.hpp"

namespace scorecard {

namespace {

using namespace pdf;

bool any_commentary_row(const Scorecard& scorecard, const OutputTemplate& layout) {
    if (!layout.commentary_below) return false;
    bool any = false;
    scorecard.for_each_indicator([&](const Indicator& i) { any = any || has_commentary_row(i, layout); });
    return any;
}

DocumentMetadata metadata_for(const Scorecard& scorecard, const OutputTemplate& layout, const ExportContext& context,
                              std::size_t corrections) {
    // The Info dictionary and the XMP say the same, and XMP is XML: both take the legal text.
    DocumentMetadata m;
    m.publish_policy = publish_policy_description(scorecard.publish_policy, corrections, "after the table");
    m.title = xml_legal(layout.document_title(scorecard.period, context.first_page));
    m.author = xml_legal(layout.author);
    m.subject = xml_legal(layout.subject);
    m.keywords = xml_legal(layout.keywords);
    m.release_date = xml_legal(layout.release_date);
    m.contact = xml_legal(layout.contact);
    const std::string version = context.version.empty() ? "" : " " + context.version;
    m.creator = kProducerPrefix + version;
    // The Producer is how a later build knows this PDF as scorecard's own (pdf_origin.hpp).
    m.producer = kProducerPrefix + version + " (PoDoFo " + std::to_string(PODOFO_VERSION_MAJOR) + "." +
                 std::to_string(PODOFO_VERSION_MINOR) + "." + std::to_string(PODOFO_VERSION_PATCH) + ")";
    m.language = layout.language;
    m.created = context.created;
    return m;
}

class Writer {
public:
    Writer(const Scorecard& scorecard, const OutputTemplate& layout, const ExportContext& context,
           const std::string& path, const PdfOptions& options)
        : scorecard_(scorecard),
          layout_(layout),
          context_(context),
          path_(path),
          document_(path),
          fonts_(document_, layout),
          measure_(FontMeasurer::for_template(layout, GlyphUnits::Utf16Units)),
          canvas_(document_, fonts_, measure_),
          frame_(make_page_frame(layout, std::string(), measure_)),
          table_(layout, measure_, lay_out_columns(layout.columns, frame_.left, frame_.printable_width()), 0),
          header_(table_.header()),
          painter_(layout, measure_, frame_, table_, header_, elements_),
          pages_maker_(make_page_maker(options.fast_path, document_, document_.pages_root())),
          corrections_(list_corrections(scorecard, layout)),
          corrections_list_(corrections_, layout, measure_, table_.left(), table_.width(), frame_.bottom - frame_.top) {
        targets_.struct_tree_root = prepare_tagging(document_);
        targets_.catalog = document_.catalog().Reference();
        targets_.info = document_.GetInfo()->GetObject()->Reference();
        // About one element per cell and row, and one marked-content sequence per cell.
        const std::size_t cells = (scorecard.indicator_count() + scorecard.groups.size() + 2) * (layout.columns.size() + 1);
        tree_.reserve(cells + 64, cells + 64);
        // Reading order: the summary, the title, then the table (its header row, then its body).
        if (layout.summary_page)
            summary_pages_.emplace(scorecard, layout, measure_, frame_.left, frame_.printable_width(),
                             frame_.bottom - frame_.top, tree_.add(StructRole::Sect, tree_.document()));
        elements_.title = tree_.add(StructRole::H1, tree_.document());
        elements_.table = tree_.add(StructRole::Table, tree_.document());
        elements_.head = tree_.add(StructRole::THead, elements_.table);
        elements_.body = tree_.add(StructRole::TBody, elements_.table);
        fit_page(layout, measure_, table_.columns(), header_, layout.placeholder_values(scorecard.period, context.first_page), frame_);
        // A row must fit on any page, below a repeated group heading where there is one.
        double max_row = std::min(frame_.body_room(true), frame_.body_room(false));
        if (groups_as_headings(layout))
            max_row -= 2 * kCellPadY + 2 * line_height(table_.body_style());
        // An indicator row is kept with the first line of its commentary.
        if (any_commentary_row(scorecard, layout)) max_row -= kCellPadY + line_height(table_.body_style());
        table_.set_max_row_height(max_row);
    }

    PdfSummary write(const PdfFindingsReady& findings_ready) {
        values_ = layout_.placeholder_values(scorecard_.period, context_.first_page);
        // {pages} is the last page's number: a pack gives it; a scorecard of its own counts its
        // pages first (the count does not depend on the footers, which sit in the margin).
        if ((placeholders_used(layout_.pdf_footer) | placeholders_used(layout_.blank_page_text)) & kPlaceholderPages)
            values_.pages = context_.last_page > 0 ? context_.last_page : context_.first_page + count_pages() - 1;
        if (summary_pages_)
            while (!summary_pages_->done()) write_summary_page();
        write_table();
        if (findings_ready) findings_ready(summary_.findings);
        if (layout_.show_rag_key && !key_painted_) write_key_page();
        while (!corrections_list_.done()) write_corrections_page();
        summary_.blank_pages = blank_pages_needed(pages_, layout_.blank_page_rule);
        for (int i = 0; i < summary_.blank_pages; ++i) write_blank_page();
        summary_.pages = pages_;
        canvas_.deflater.finish();  // the last pages' content streams
        canvas_.shaped.finish();    // the fonts of shaped text, now that every glyph is known
        pages_maker_->finish();

        apply_metadata(document_, metadata_for(scorecard_, layout_, context_, corrections_.size()));
        PoDoFo::PdfDictionary& catalog = document_.catalog().GetDictionary();
        set_page_labels(catalog, {PageLabelRange{0, context_.first_page}});
        std::vector<OutlineEntry> outline;
        if (summary_.summary_pages > 0) outline.push_back(OutlineEntry{kSummaryHeading, 0, {}});
        for (const PdfSection& section : summary_.sections) outline.push_back(OutlineEntry{section.title, section.page, {}});
        add_outlines(*document_.GetObjects(), catalog, outline, targets_.pages);
        document_.Close();
        const TrailerFacts trailer = pages_maker_->finish_file(path_);
        append_structure_tree(path_, tree_, targets_, trailer, canvas_.deflater);
        return summary_;
    }

private:
    NewPage new_page() {
        NewPage made = pages_maker_->add_page(PoDoFo::PdfRect(0, 0, frame_.width, frame_.height));
        targets_.pages.push_back(made.page->GetObject()->Reference());
        return made;
    }

    void finish_page(PageCanvas& canvas) {
        paint_footer(canvas, frame_, measure_, layout_.text, footer_text(layout_.pdf_footer, values_, pages_));
        canvas.finish();
        ++pages_;
    }

    void write_table() {
        const std::vector<TableRow> rows = table_rows(scorecard_, layout_);
        const PageGeometry geometry{frame_.body_room(true), frame_.body_room(false), table_.topic_spans()};
        if (layout_.show_rag_key) key_ = lay_out_rag_key(layout_, measure_, table_.width());

        // Rows are laid out as they are fed to the paginator and dropped once their page is
        // painted: only about a page of them is ever held.
        report_missing_glyphs_outside_rows();
        std::deque<RowLayout> pending;
        std::size_t pending_base = 0;

        Paginator paginator(geometry, [&](const PageLayout& page) {
            auto pdf_page = new_page();
            PageCanvas canvas(*pdf_page.page, *pdf_page.contents, canvas_, frame_.height, tree_);
            TablePage table_page;
            table_page.layout = &page;
            table_page.first = summary_.table_pages == 0;
            table_page.row = [&](std::size_t index) -> const RowLayout& { return pending[index - pending_base]; };
            std::optional<RowLayout> continued;
            if (page.continued_group >= 0 && !page.rows.empty()) {
                continued = table_.continued_heading(table_page.row(page.rows.front().index).row);
                table_page.continued_heading = &*continued;
            }
            const double table_end = painter_.paint(canvas, table_page);
            record_sections(page, table_page.row);
            if (page.last && key_ && table_end + key_->height <= frame_.bottom) {
                paint_rag_key(canvas, *key_, layout_, measure_, table_.left(), table_end);
                key_painted_ = true;
            }
            // The corrections follow the key, or the table where there is no key.
            if (page.last && (!key_ || key_painted_))
                corrections_list_.paint(canvas, key_ ? table_end + key_->height : table_end, frame_.bottom);
            finish_page(canvas);
            ++summary_.table_pages;
            if (!page.rows.empty()) {
                const std::size_t last = page.rows.back().index;
                while (pending_base <= last && !pending.empty()) {
                    pending.pop_front();
                    ++pending_base;
                }
            }
        });

        feed_rows(rows, paginator, &pending);
    }

    // Lays out each row and hands it to the paginator; with `pending`, keeps the laid-out rows
    // for the painter (which drops them once their page is done).
    void feed_rows(const std::vector<TableRow>& rows, Paginator& paginator, std::deque<RowLayout>* pending) {
        const bool sectioned = groups_as_headings(layout_);
        int group = -2;
        double topic_height = 0, repeat_height = 0;
        std::size_t text_cells = 0, cells_cut = 0;
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const TableRow& row = rows[r];
            if (row.group != group) {
                // Worked out once per group: what its topic cell and its repeated heading need.
                group = row.group;
                topic_height = table_.topic_spans() && row.group_ptr ? table_.topic_height(*row.group_ptr, group) : 0;
                repeat_height = sectioned && row.group_ptr ? table_.continued_heading(row).height : 0;
                if (pending && table_.topic_spans() && row.group_ptr)
                    for (const TextCut& cut : table_.topic_cuts(*row.group_ptr))
                        summary_.findings.push_back(group_cut_finding(cut, *row.group_ptr, "topic", scorecard_.source_file));
            }
            RowBox box;
            box.kind = row.kind;
            box.group = row.group;
            box.topic_height = topic_height;
            box.repeat_height = repeat_height;
            if (row.kind == RowKind::Commentary) {
                // One box per line: the paginator may break the page between any two.
                std::vector<RowLayout> pieces = table_.lay_out_commentary(row);
                if (pending) report_missing_glyphs_in_commentary(row, pieces);
                for (RowLayout& piece : pieces) {
                    box.height = piece.height;
                    box.pad_if_first = piece.piece > 0 ? kCellPadY : 0;
                    if (pending) pending->push_back(std::move(piece));
                    paginator.add(box);
                }
                continue;
            }
            RowLayout laid_out = table_.lay_out(row);
            if (row.kind == RowKind::Indicator) {
                text_cells += laid_out.text_cells;
                cells_cut += laid_out.cuts.size();
            }
            box.height = laid_out.height;
            box.keep_with_next = r + 1 < rows.size() && rows[r + 1].kind == RowKind::Commentary;
            if (pending) {  // the painting pass, not the count: each cut is reported once
                report_cuts(laid_out);
                report_missing_glyphs(laid_out);
                pending->push_back(std::move(laid_out));
            }
            paginator.add(box);
        }
        paginator.finish();
        if (text_cells > 0 && cells_cut >= text_cells) unreadable(text_cells);
    }

    void report_cuts(const RowLayout& laid_out) {
        if (!laid_out.cut()) return;
        ++summary_.rows_cut;
        const TableRow& row = laid_out.row;
        for (const TextCut& cut : laid_out.cuts) {
            if (row.kind == RowKind::Indicator && cut.column >= 0)
                summary_.findings.push_back(indicator_cut_finding(
                    cut, *row.indicator, layout_.columns[static_cast<std::size_t>(cut.column)], scorecard_.source_file));
            else if (row.kind == RowKind::GroupHeading && row.group_ptr)
                summary_.findings.push_back(group_cut_finding(cut, *row.group_ptr, "heading", scorecard_.source_file));
        }
    }

    // Characters no font of the chain draws, once per indicator or group heading.
    void report_missing_glyphs(const RowLayout& laid_out) {
        std::u32string missing;
        for (const LaidOutCell& cell : laid_out.cells)
            for (const std::string& line : cell.lines) collect_undrawable(line, measure_, missing);
        for (const std::string& line : laid_out.full_width.lines) collect_undrawable(line, measure_, missing);
        if (missing.empty()) return;
        const TableRow& row = laid_out.row;
        if (row.kind == RowKind::Indicator && row.indicator) {
            SourceLocation where;
            where.line = row.indicator->line;
            summary_.findings.push_back(missing_glyphs_finding(missing, measure_,
                                                               "the row of " + quoted(row.indicator->name.text),
                                                               scorecard_.source_file, where, row.indicator->name.text));
        } else if (row.group_ptr) {
            summary_.findings.push_back(missing_glyphs_finding(missing, measure_,
                                                               "the heading " + quoted(row.group_ptr->name),
                                                               scorecard_.source_file, row.group_ptr->where, ""));
        }
    }

    // Characters no font draws in an indicator's commentary, once for the whole commentary.
    void report_missing_glyphs_in_commentary(const TableRow& row, const std::vector<RowLayout>& pieces) {
        std::u32string missing;
        for (const RowLayout& piece : pieces)
            for (const std::string& line : piece.full_width.lines) collect_undrawable(line, measure_, missing);
        if (missing.empty()) return;
        SourceLocation where = row.indicator->commentary.where;
        if (where.line == 0) where.line = row.indicator->line;
        summary_.findings.push_back(missing_glyphs_finding(missing, measure_,
                                                           "the commentary of " + quoted(row.indicator->name.text),
                                                           scorecard_.source_file, where, row.indicator->name.text));
    }

    // The title and the column headings: the template's words, or the table's period.
    void report_missing_glyphs_outside_rows() {
        std::u32string missing;
        collect_undrawable(layout_.document_title(scorecard_.period), measure_, missing);
        for (const LaidOutCell& cell : header_.cells)
            for (const std::string& line : cell.lines) collect_undrawable(line, measure_, missing);
        if (!missing.empty())
            summary_.findings.push_back(missing_glyphs_finding(missing, measure_, "the title or the column headings",
                                                               scorecard_.source_file, SourceLocation{}, ""));
    }

    // Every cell of the body had to be cut: the template, not the table, leaves too little
    // room (page_fit.hpp refuses the templates that would do this that it can foresee).
    [[noreturn]] void unreadable(std::size_t cells) const {
        const TextStyle body = table_.body_style();
        const double room = std::min(frame_.body_room(true), frame_.body_room(false));
        const long lines = static_cast<long>(room / line_height(body));
        throw ExportError("template " + layout_.file + ": fonts.size, page.margins_mm: every one of the " +
                          with_thousands(cells) + " cells of the table had to be cut to fit a page, which holds " +
                          std::to_string(lines) + " lines of " + format_points(body.size) +
                          " pt text below the header row; make fonts.size or the margins smaller");
    }

    // The pages the document will have, blank ones included, found by paginating without
    // painting: what {pages} needs before the first footer is drawn. It follows write(): the
    // table's pages, the key below the table or on a page of its own, the corrections list
    // below them and on pages of its own, then the blank pages.
    int count_pages() {
        const std::vector<TableRow> rows = table_rows(scorecard_, layout_);
        const PageGeometry geometry{frame_.body_room(true), frame_.body_room(false), table_.topic_spans()};
        std::optional<RagKeyLayout> key;
        if (layout_.show_rag_key) key = lay_out_rag_key(layout_, measure_, table_.width());
        int pages = summary_pages_ ? summary_pages_->pages_needed(frame_.top, frame_.bottom) : 0;
        double table_end = 0;
        Paginator paginator(geometry, [&](const PageLayout& page) {
            if (page.last) table_end = frame_.table_top(page.index == 0) + header_.height + page.used;
            ++pages;
        });
        feed_rows(rows, paginator, nullptr);
        const double page_top = frame_.top - kBlockGap;
        double corrections_top = table_end;  // where the list starts: below the table, or the key
        if (key) {
            if (table_end + key->height <= frame_.bottom) {
                corrections_top = table_end + key->height;
            } else {
                ++pages;  // the key's own page
                corrections_top = page_top + key->height;
            }
        }
        pages += corrections_list_.pages_after(corrections_top, frame_.bottom, page_top);
        return pages + blank_pages_needed(pages, layout_.blank_page_rule);
    }

    // A bookmark for each group (topic or outcome) where its first row is drawn.
    void record_sections(const PageLayout& page, const std::function<const RowLayout&(std::size_t)>& laid_out) {
        for (const PlacedRow& placed : page.rows) {
            const TableRow& row = laid_out(placed.index).row;
            if (row.group < 0 || row.group == last_section_group_ || !row.group_ptr) continue;
            last_section_group_ = row.group;
            if (!row.group_ptr->name.empty()) summary_.sections.push_back(PdfSection{row.group_ptr->name, pages_});
        }
    }

    // The summary, before the table, on as many pages as it needs.
    void write_summary_page() {
        auto pdf_page = new_page();
        PageCanvas canvas(*pdf_page.page, *pdf_page.contents, canvas_, frame_.height, tree_);
        summary_pages_->paint(canvas, frame_.top, frame_.bottom);
        finish_page(canvas);
        ++summary_.summary_pages;
    }

    // The key did not fit below the table: it gets a page of its own.
    void write_key_page() {
        auto pdf_page = new_page();
        PageCanvas canvas(*pdf_page.page, *pdf_page.contents, canvas_, frame_.height, tree_);
        paint_rag_key(canvas, *key_, layout_, measure_, table_.left(), frame_.top - kBlockGap);
        corrections_list_.paint(canvas, frame_.top - kBlockGap + key_->height, frame_.bottom);
        finish_page(canvas);
    }

    // The corrections that did not fit below the table (or the key) carry on over pages of
    // their own.
    void write_corrections_page() {
        auto pdf_page = new_page();
        PageCanvas canvas(*pdf_page.page, *pdf_page.contents, canvas_, frame_.height, tree_);
        corrections_list_.paint(canvas, frame_.top - kBlockGap, frame_.bottom);
        finish_page(canvas);
    }

    void write_blank_page() {
        auto pdf_page = new_page();
        PageCanvas canvas(*pdf_page.page, *pdf_page.contents, canvas_, frame_.height, tree_);
        PlaceholderValues values = values_;
        values.page = context_.first_page + pages_;
        paint_blank_page_text(canvas, frame_, measure_, layout_.text, fill_placeholders(layout_.blank_page_text, values));
        finish_page(canvas);
    }

    const Scorecard& scorecard_;
    const OutputTemplate& layout_;
    const ExportContext& context_;
    std::string path_;
    ScorecardDocument document_;
    FontSet fonts_;
    FontMeasurer measure_;
    CanvasResources canvas_;
    PageFrame frame_;
    TableLayout table_;
    HeaderLayout header_;
    StructureTree tree_;
    TableElements elements_;
    StructureTargets targets_;
    TablePainter painter_;
    std::unique_ptr<PageMaker> pages_maker_;
    std::vector<Correction> corrections_;
    CorrectionsList corrections_list_;
    std::optional<SummaryPages> summary_pages_;
    std::optional<RagKeyLayout> key_;
    bool key_painted_ = false;
    int pages_ = 0;
    int last_section_group_ = -2;
    PlaceholderValues values_;
    PdfSummary summary_;
};

}  // namespace

PdfSummary write_pdf(const Scorecard& scorecard, const OutputTemplate& layout, const ExportContext& context,
                     const std::string& path, const PdfFindingsReady& findings_ready, const PdfOptions& options) {
    try {
        const OutputTemplate shown = layout_for(scorecard, layout);  // optional columns with data only
        Writer writer(scorecard, shown, context, path, options);
        return writer.write(findings_ready);
    } catch (const ExportError&) {
        throw;
    } catch (const TemplateError& e) {
        throw ExportError(std::string("template: ") + e.what());
    } catch (const PoDoFo::PdfError& e) {
        // PoDoFo has no message for some codes: never build a string from a null pointer.
        const char* message = PoDoFo::PdfError::ErrorMessage(e.GetError());
        const char* name = PoDoFo::PdfError::ErrorName(e.GetError());
        throw ExportError("cannot write the PDF " + path + ": " + (message ? message : "PoDoFo error") + " (" +
                          (name ? name : "unknown") + ")");
    } catch (const std::exception& e) {
        throw ExportError("cannot write the PDF " + path + ": " + e.what());
    }
}

}  // namespace scorecard
