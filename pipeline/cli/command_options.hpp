// The command line's options and help text, defined once: `--help`, the man page, Poco's
// option parsing and the arguments a batch build gives each child process all read them here,
// so a new option cannot reach one and miss another.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace scorecard {

// What a batch build does with an option the user gave.
enum class InBatch {
    EachChild,  // passed on to every child build, as given
    BatchOwn    // the batch's own (how many at once, its summary, the history snapshot)
};

// The commands that read an option; given to any other, it is a usage error (never ignored).
enum UsedBy : unsigned {
    kBuild = 1,
    kValidate = 2,
    kHistoryImport = 4,
    kHistoryExport = 8,
    kHistoryAlias = 16,  // history alias and history unalias
    kPack = 32,
    kTemplates = 64,
};

struct CommandOption {
    const char* name;       // the long form: "first-page" for --first-page
    const char* shorthand;  // "o" for -o, or ""
    const char* argument;   // the value's name ("N"), or "" for a flag
    const char* help;
    InBatch in_batch;
    unsigned used_by;         // UsedBy bits
    bool repeatable = false;  // may be given more than once; each is kept (and passed to a batch child)
};

// The UsedBy bit of a command as the user wrote it ("build", "history import"), or 0.
unsigned used_by_bit(const std::string& command);

// Every option but --help, --version and --man-page, in the order --help lists them.
const std::vector<CommandOption>& command_options();

// An option as the user gave it: its long name and its value ("" for a flag).
using GivenOption = std::pair<std::string, std::string>;

// The options a child of a batch build gets (after "build INPUT"): every option the user gave
// that is not the batch's own, in the order given.
std::vector<std::string> batch_child_arguments(const std::vector<GivenOption>& given);

// The texts --help and the man page share.
// One synopsis line each, without "scorecard ", ending with nullptr; a line that starts with
// spaces continues the one before it.
extern const char* const kUsageLines[];
extern const char* const kSummary;       // one line: what scorecard is
extern const char* const kDescription;   // a paragraph
struct NamedText {
    const char* name;
    const char* text;
};
const std::vector<NamedText>& command_texts();      // build, validate, history
const std::vector<NamedText>& environment_texts();  // the environment variables read
extern const char* const kExitStatus;
extern const char* const kFindingsForm;

}  // namespace scorecard
