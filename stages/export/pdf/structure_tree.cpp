#include "structure_tree.hpp"

#include <limits>
#include <stdexcept>

namespace scorecard::pdf {

const char* role_name(StructRole role) {
    switch (role) {
        case StructRole::Document: return "Document";
        case StructRole::H1: return "H1";
        case StructRole::H2: return "H2";
        case StructRole::P: return "P";
        case StructRole::Table: return "Table";
        case StructRole::THead: return "THead";
        case StructRole::TBody: return "TBody";
        case StructRole::TR: return "TR";
        case StructRole::TH: return "TH";
        case StructRole::TD: return "TD";
        case StructRole::L: return "L";
        case StructRole::LI: return "LI";
        case StructRole::Lbl: return "Lbl";
        case StructRole::LBody: return "LBody";
        case StructRole::Figure: return "Figure";
        case StructRole::Span: return "Span";
        case StructRole::Sect: return "Sect";
    }
    return "P";
}

StructureTree::StructureTree() {
    Element document;
    document.role = StructRole::Document;
    document.order = next_order_++;
    elements_.push_back(document);
}

void StructureTree::reserve(std::size_t elements, std::size_t contents) {
    elements_.reserve(elements);
    contents_.reserve(contents);
}

int StructureTree::add(StructRole role, int parent, HeaderScope scope, int row_span, int col_span) {
    if (parent < 0 || parent >= static_cast<int>(elements_.size()))
        throw std::logic_error("structure element added under a parent that does not exist");
    Element e;
    e.parent = parent;
    e.role = role;
    e.scope = scope;
    const int max_span = std::numeric_limits<std::uint16_t>::max();
    e.row_span = static_cast<std::uint16_t>(row_span < 1 ? 1 : (row_span > max_span ? max_span : row_span));
    e.col_span = static_cast<std::uint16_t>(col_span < 1 ? 1 : (col_span > max_span ? max_span : col_span));
    e.order = next_order_++;
    elements_.push_back(e);
    return static_cast<int>(elements_.size() - 1);
}

void StructureTree::set_alt(int element, const std::string& text) {
    elements_.at(static_cast<std::size_t>(element)).alt = static_cast<std::int32_t>(alt_texts_.size());
    alt_texts_.push_back(text);
}

void StructureTree::set_expansion(int element, const std::string& text) {
    elements_.at(static_cast<std::size_t>(element)).expansion = static_cast<std::int32_t>(alt_texts_.size());
    alt_texts_.push_back(text);
}

void StructureTree::set_headers(int element, int column_header, int group_header) {
    Element& e = elements_.at(static_cast<std::size_t>(element));
    e.headers[0] = column_header;
    e.headers[1] = group_header;
    for (int header : {column_header, group_header})
        if (header >= 0) elements_.at(static_cast<std::size_t>(header)).has_id = true;
}

int StructureTree::begin_page() {
    next_mcid_ = 0;
    return pages_++;
}

int StructureTree::add_content(int element) {
    if (pages_ == 0) throw std::logic_error("marked content recorded before any page");
    Content c;
    c.element = element;
    c.page = pages_ - 1;
    c.mcid = next_mcid_++;
    c.order = next_order_++;
    contents_.push_back(c);
    return c.mcid;
}

}  // namespace scorecard::pdf
