// Finding a template's fonts by family name, through fontconfig.
//
// A template names its fonts as families ("Liberation Sans", "Noto Sans Arabic"), and the same
// template then works wherever those fonts are installed, whatever the distribution calls the
// files. The look-up is exact: a family that is not installed is reported as missing, never
// replaced by whatever fontconfig would offer instead (its matching, like PoDoFo's look-up by
// name, always returns some font). All installed fonts are listed once per process, then each
// family is found in that list: fontconfig's own matching scores every font and costs
// milliseconds per family.
#pragma once

#include <string>
#include <vector>

namespace scorecard {

// A face in a font file: `index` is its place in a collection (.ttc), 0 otherwise.
struct FontFile {
    std::string path;
    int index = 0;
};

struct FamilyFaces {
    FontFile regular;
    FontFile bold;       // the regular face again when the family has no bold
    bool has_bold = false;
};

enum class FontLookup {
    Found,
    NotInstalled,   // no installed font has the family
    NotEmbeddable   // installed, but only with outlines the PDF writer cannot embed (CFF, or
                    // a later face of a collection): PoDoFo 0.9.8 subsets TrueType outlines only
};

// The upright regular and bold faces of an installed family (matched case-insensitively
// against every name fontconfig knows the family by). When no installed font has the family,
// `others` is given up to five installed families whose names contain the name's first word,
// for the message.
FontLookup find_font_family(const std::string& family, FamilyFaces* faces, std::vector<std::string>* others = nullptr);

}  // namespace scorecard
