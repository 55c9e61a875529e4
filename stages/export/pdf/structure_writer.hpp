// Writes the recorded structure tree into the finished PDF as an incremental update.
//
// PoDoFo writes the document (pages, fonts, catalog) and closes it; the catalog already points
// at a StructTreeRoot object that PoDoFo wrote empty. This appends, after PoDoFo's %%EOF, the
// StructTreeRoot again under the same object number, now with its kids and ParentTree, every
// structure element, the ParentTree's nodes, a cross-reference section for them and a trailer
// whose /Prev points at PoDoFo's. A reader takes the later definition: the file is one tagged
// PDF. Written straight to the file from the compact records, so the tree never exists in
// memory as PDF objects.
#pragma once

#include <string>
#include <vector>

#include <podofo/podofo.h>

#include "document_id.hpp"
#include "structure_tree.hpp"

namespace scorecard::pdf {

struct StructureTargets {
    PoDoFo::PdfReference struct_tree_root;     // the object PoDoFo wrote empty
    PoDoFo::PdfReference catalog, info;        // for the new trailer
    std::vector<PoDoFo::PdfReference> pages;   // each page's object, by page index (= /StructParents)
};

// Appends the update to the PDF at `path`. `trailer` is PoDoFo's trailer, its /ID already made
// reproducible; the new trailer keeps that /ID's first half and gets the MD5 of the update as
// its second. Throws ExportError when the file cannot be written.
void append_structure_tree(const std::string& path, const StructureTree& tree, const StructureTargets& targets,
                           const TrailerFacts& trailer);

// Pages per leaf of the ParentTree number tree.
constexpr int kParentTreeLeafPages = 32;

}  // namespace scorecard::pdf
