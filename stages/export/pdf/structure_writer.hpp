// Writes the recorded structure tree into the finished PDF as an incremental update.
//
// PoDoFo writes the document (pages, fonts, catalog) and closes it; the catalog already points
// at a StructTreeRoot object that PoDoFo wrote empty. This appends, after PoDoFo's %%EOF, the
// StructTreeRoot again under the same object number, now with its kids and ParentTree, every
// structure element and the ParentTree's nodes, and a cross-reference stream whose /Prev points
// at PoDoFo's cross-reference table. A reader takes the later definition: the file is one
// tagged PDF. Written straight to the file from the compact records, so the tree never exists
// in memory as PDF objects.
//
// The objects go into compressed object streams (PDF 1.5, ISO 32000-1 7.5.7), kObjectsPerStream
// to a stream, and their cross-reference section is a stream too (7.5.8), with the PNG Up
// predictor so its rows of near-identical numbers compress to almost nothing. A large table
// has over a million structure elements; written as plain objects, each with a 20-byte
// cross-reference entry, they were nine tenths of the file (210 MB of 230 MB at 100,000
// indicators) and a quarter of the stage's time (formatting, MD5 and writing 190 MB).
#pragma once

#include <string>
#include <vector>

#include <podofo/podofo.h>

#include "stages/export/pdf/trailer_facts.hpp"
#include "deflate_queue.hpp"
#include "structure_tree.hpp"

namespace scorecard::pdf {

struct StructureTargets {
    PoDoFo::PdfReference struct_tree_root;     // the object PoDoFo wrote empty
    PoDoFo::PdfReference catalog, info;        // for the new trailer
    std::vector<PoDoFo::PdfReference> pages;   // each page's object, by page index (= /StructParents)
};

// Appends the update to the PDF at `path`. `trailer` is PoDoFo's trailer, its /ID already made
// reproducible; the new trailer keeps that /ID's first half and gets the MD5 of the update as
// its second. The streams are compressed by `queue` (the one the pages went through, finished).
// Throws ExportError when the file cannot be written.
void append_structure_tree(const std::string& path, const StructureTree& tree, const StructureTargets& targets,
                           const TrailerFacts& trailer, DeflateQueue& queue);

// Pages per leaf of the ParentTree number tree.
constexpr int kParentTreeLeafPages = 32;

// Objects per object stream. A reader decompresses a whole stream to reach one object in it;
// 200 keeps that to a few kilobytes while the stream's own dictionary and the compressor's
// start-up cost are spread over enough objects to be small (see structure_writer.cpp).
constexpr int kObjectsPerStream = 200;

}  // namespace scorecard::pdf
