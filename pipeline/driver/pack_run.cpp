#include "pack_run.hpp"

#include <Poco/Path.h>

#include <cctype>
#include <fstream>
#include <memory>

#include "interrupts.hpp"
#include "output_files.hpp"
#include "output_guard.hpp"
#include "scorecard_version.hpp"
#include "stages/export/pdf/layout_checks.hpp"
#include "stages/export/pdf/pack_writer.hpp"
#include "stages/export/pdf/pdf_origin.hpp"
#include "stages/export/pdf/pdf_writer.hpp"
#include "stages/model/input_file.hpp"
#include "stages/templates/placeholders.hpp"

namespace scorecard {

namespace {

// A table's scorecard, written to a temporary PDF, and what the pack needs of it.
struct BuiltItem {
    bool scorecard = false;
    std::string pdf_path;
    std::string title;
    std::string period;
    int pages = 0;
    std::vector<PdfSection> sections;
    std::unique_ptr<CheckedScorecard> checked;  // kept for a second pass when {pages} is used
    ExportContext context;
};

bool uses_pages(const OutputTemplate& layout) {
    return ((placeholders_used(layout.pdf_footer) | placeholders_used(layout.blank_page_text)) & kPlaceholderPages) != 0;
}

// A name ending in .pdf, in any case.
bool named_pdf(const std::string& path) {
    std::string extension = Poco::Path(path).getExtension();
    for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return extension == "pdf";
}

}  // namespace

bool looks_like_pdf(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string head(1024, '\0');
    in.read(&head[0], static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    return head.find("%PDF-") != std::string::npos;
}

PackReport pack_items(const PackOptions& options, std::ostream& err) {
    PackReport report;
    try {
        RunFiles run;
        for (const auto& item : options.items) run.inputs.emplace_back(item, "an item of the pack");
        if (!options.check.template_name.empty()) {
            const std::string t = resolve_template_path(options.check.template_name);
            run.inputs.emplace_back(t, "the template");
        }
        run.force = options.force;
        check_output_path(options.output, OutputKind::Pdf, run);

        const std::string folder = Poco::Path(options.output).makeAbsolute().parent().toString();
        prepare_output_directory(folder);
        TemporariesIn temporaries(folder);
        remove_stale_temporaries(folder);
        std::vector<std::unique_ptr<StagedFile>> item_files;  // the scorecards, removed when done

        std::vector<BuiltItem> built;
        long long number = options.first_page;
        std::vector<pdf::PackItem> items;
        const OutputTemplate* pack_layout = nullptr;
        std::unique_ptr<OutputTemplate> default_layout;
        for (std::size_t n = 0; n < options.items.size(); ++n) {
            const std::string& input = options.items[n];
            BuiltItem b;
            pdf::PackItem item;
            item.name = input;
            if (named_pdf(input) && why_not_a_regular_file(input).empty() && !looks_like_pdf(input))
                throw pdf::PackInputError("pdf-not-pdf", input,
                                          "the file is named .pdf but is not a PDF (it does not start with %PDF-)");
            if (looks_like_pdf(input)) {
                const pdf::ImportedPdf facts = pdf::inspect_pdf(input, input);
                b.pdf_path = input;
                b.pages = facts.pages;
                item.kind = pdf::PackItemKind::Imported;
                item.title = facts.title.empty() ? Poco::Path(input).getBaseName() : facts.title;
            } else {
                b.scorecard = true;
                b.checked = std::make_unique<CheckedScorecard>(read_and_check(input, options.check));
                CheckedScorecard& checked = *b.checked;
                // Where items start is the pack's choice: with --start any, an item on a
                // left-hand page is what was asked for, not something to warn about.
                if (!options.right_hand_starts) checked.layout.item_start = ItemStart::Any;
                b.context.source_name = published_file_name(input);
                b.context.template_name = checked.layout.name + " (" + published_file_name(checked.layout.file) + ")";
                b.context.version = SCORECARD_VERSION;
                b.context.created = creation_time();
                b.context.first_page = static_cast<int>(number);
                if (!checked.rejected) pdf::check_layout(checked.scorecard, checked.layout, b.context, checked.findings);
                print_findings(checked.findings, err, /*with_notes=*/false);
                report.warnings += checked.findings.count(Severity::Warning);
                if (checked.rejected) {
                    report.exit_code = kExitRejected;
                    report.message = input + ": rejected with " + std::to_string(checked.findings.count(Severity::Error)) +
                                     " error(s); the pack was not written";
                    return report;
                }
                check_template_fits(checked, number);
                item_files.push_back(std::make_unique<StagedFile>(folder, "pack-item-" + std::to_string(n) + ".pdf"));
                b.pdf_path = item_files.back()->temp_path();
                const PdfSummary pdf = write_pdf(checked.scorecard, checked.layout, b.context, b.pdf_path);
                Findings export_findings(input);
                for (const Finding& f : pdf.findings) export_findings.all().push_back(f);
                if (options.check.strict) export_findings.escalate_warnings();
                print_findings(export_findings, err, /*with_notes=*/false);
                report.warnings += export_findings.count(Severity::Warning);
                if (export_findings.has_errors()) {
                    report.exit_code = kExitRejected;
                    report.message = input + ": rejected under --strict; the pack was not written";
                    return report;
                }
                b.pages = pdf.pages;
                b.sections = pdf.sections;
                b.title = checked.layout.document_title(checked.scorecard.period, number);
                b.period = checked.scorecard.period;
                item.kind = pdf::PackItemKind::Scorecard;
                item.title = b.title;
                item.sections = pdf.sections;
                if (!pack_layout) pack_layout = &checked.layout;
            }
            item.pdf_path = b.pdf_path;
            report.item_first_number.push_back(static_cast<int>(number));
            if (n + 1 < options.items.size())
                item.blank_pages_after = pdf::blank_pages_before_next(number, b.pages, options.right_hand_starts);
            number += b.pages + item.blank_pages_after;
            items.push_back(item);
            built.push_back(std::move(b));
        }
        const long long last = number - 1;

        // {pages} is the pack's last page: the scorecards that print it are written again
        // knowing it (their page count does not change).
        for (std::size_t n = 0; n < built.size(); ++n) {
            BuiltItem& b = built[n];
            if (!b.scorecard || !uses_pages(b.checked->layout)) continue;
            b.context.last_page = static_cast<int>(last);
            write_pdf(b.checked->scorecard, b.checked->layout, b.context, b.pdf_path);
        }

        if (!pack_layout) {
            // Only PDFs: the blank pages and stamps follow -t, else the default template.
            default_layout = std::make_unique<OutputTemplate>(load_template(resolve_template_path(
                options.check.template_name.empty() ? default_template_name(SourceLayout::Flat) : options.check.template_name)));
            pack_layout = default_layout.get();
        }
        pdf::PackSettings settings;
        settings.layout = pack_layout;
        settings.first_page = options.first_page;
        settings.stamp = options.stamp;
        settings.title = options.title;
        for (const auto& b : built)
            if (settings.title.empty() && b.scorecard) settings.title = b.title;
        if (settings.title.empty() && !items.empty()) settings.title = items.front().title;
        for (const auto& b : built)
            if (settings.period.empty() && b.scorecard) settings.period = b.period;
        settings.version = SCORECARD_VERSION;
        settings.created = creation_time();

        StagedFile output(folder, Poco::Path(options.output).getFileName());
        const pdf::PackSummary summary = pdf::write_pack(items, settings, output.temp_path());
        for (const auto& name : summary.untagged) {
            err << name << ": warning: the PDF has no tag structure, so the pack is not fully tagged for screen "
                           "readers; export it from Word as a tagged PDF (\"Document structure tags for accessibility\")\n";
            ++report.warnings;
        }
        if (options.right_hand_starts && options.first_page % 2 == 0) {
            err << "scorecard: warning: --first-page " << options.first_page
                << " is even: the pack's first item starts on a left-hand page\n";
            ++report.warnings;
        }
        report.pages = summary.pages;
        report.blank_pages = summary.blank_pages;
        OutputFolderLock folder_lock(folder);
        check_output_path(options.output, OutputKind::Pdf, run);
        {
            CommitSection section;
            output.commit();
        }
    } catch (const pdf::PackInputError& e) {
        report.exit_code = kExitRejected;
        report.message = e.what();
        report.file = e.file();
        report.detail = e.detail();
    } catch (const std::exception& e) {
        report.exit_code = kExitUsageOrIo;
        report.message = e.what();
    }
    return report;
}

}  // namespace scorecard
