#include "font_lookup.hpp"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <set>

#include "stages/model/text_utils.hpp"

namespace scorecard {

namespace {

struct InstalledFace {
    std::vector<std::string> families;  // lower case
    FontFile file;
    int weight = FC_WEIGHT_REGULAR;
    int slant = FC_SLANT_ROMAN;
    int width = FC_WIDTH_NORMAL;
    bool embeddable = false;  // TrueType outlines, the face PoDoFo reads (the first of its file)
};

// Every scalable face fontconfig knows, read once.
const std::vector<InstalledFace>& installed_faces() {
    static std::once_flag once;
    static std::vector<InstalledFace> faces;
    std::call_once(once, [] {
        if (!FcInit()) return;
        std::unique_ptr<FcPattern, void (*)(FcPattern*)> pattern(FcPatternCreate(), FcPatternDestroy);
        FcPatternAddBool(pattern.get(), FC_SCALABLE, FcTrue);
        std::unique_ptr<FcObjectSet, void (*)(FcObjectSet*)> objects(
            FcObjectSetBuild(FC_FAMILY, FC_FILE, FC_INDEX, FC_WEIGHT, FC_SLANT, FC_WIDTH, FC_FONTFORMAT, nullptr), FcObjectSetDestroy);
        std::unique_ptr<FcFontSet, void (*)(FcFontSet*)> set(FcFontList(nullptr, pattern.get(), objects.get()),
                                                             FcFontSetDestroy);
        if (!set) return;
        for (int i = 0; i < set->nfont; ++i) {
            FcPattern* font = set->fonts[i];
            InstalledFace face;
            FcChar8* text = nullptr;
            if (FcPatternGetString(font, FC_FILE, 0, &text) != FcResultMatch) continue;
            face.file.path = reinterpret_cast<const char*>(text);
            for (int k = 0; FcPatternGetString(font, FC_FAMILY, k, &text) == FcResultMatch; ++k)
                face.families.push_back(to_lower_ascii(reinterpret_cast<const char*>(text)));
            FcPatternGetInteger(font, FC_INDEX, 0, &face.file.index);
            FcPatternGetInteger(font, FC_WEIGHT, 0, &face.weight);
            FcPatternGetInteger(font, FC_SLANT, 0, &face.slant);
            FcPatternGetInteger(font, FC_WIDTH, 0, &face.width);
            // PoDoFo 0.9.8 subsets only TrueType outlines (it needs the glyf table), and only
            // the first face of a collection.
            face.embeddable = FcPatternGetString(font, FC_FONTFORMAT, 0, &text) == FcResultMatch &&
                              std::string(reinterpret_cast<const char*>(text)) == "TrueType" && face.file.index == 0;
            faces.push_back(std::move(face));
        }
        // fontconfig lists fonts in no fixed order: sorted, the choice between equal faces
        // does not depend on it.
        std::sort(faces.begin(), faces.end(), [](const InstalledFace& a, const InstalledFace& b) {
            return a.file.path != b.file.path ? a.file.path < b.file.path : a.file.index < b.file.index;
        });
    });
    return faces;
}

// How far a face is from the one wanted: upright first, then normal width, then weight.
long distance(const InstalledFace& face, int weight) {
    return (face.slant != FC_SLANT_ROMAN ? 1000000L : 0) + std::abs(face.width - FC_WIDTH_NORMAL) * 1000L +
           std::abs(face.weight - weight);
}

}  // namespace

FontLookup find_font_family(const std::string& family, FamilyFaces* faces, std::vector<std::string>* others) {
    const std::string wanted = to_lower_ascii(trim(family));
    const InstalledFace* regular = nullptr;
    const InstalledFace* bold = nullptr;
    bool installed = false;
    for (const InstalledFace& face : installed_faces()) {
        if (std::find(face.families.begin(), face.families.end(), wanted) == face.families.end()) continue;
        installed = true;
        if (!face.embeddable) continue;
        if (!regular || distance(face, FC_WEIGHT_REGULAR) < distance(*regular, FC_WEIGHT_REGULAR)) regular = &face;
        if (!bold || distance(face, FC_WEIGHT_BOLD) < distance(*bold, FC_WEIGHT_BOLD)) bold = &face;
    }
    if (!regular) {
        if (installed) return FontLookup::NotEmbeddable;
        if (others) {
            const std::string first_word = wanted.substr(0, wanted.find(' '));
            std::set<std::string> near;
            for (const InstalledFace& face : installed_faces())
                for (const std::string& name : face.families)
                    if (!first_word.empty() && name.find(first_word) != std::string::npos) near.insert(name);
            others->assign(near.begin(), near.end());
            if (others->size() > 5) others->resize(5);
        }
        return FontLookup::NotInstalled;
    }
    faces->regular = regular->file;
    faces->has_bold = bold->weight >= FC_WEIGHT_DEMIBOLD;
    faces->bold = faces->has_bold ? bold->file : regular->file;
    return FontLookup::Found;
}

}  // namespace scorecard
