#pragma once
// Places blocks on pages: nothing below content_bottom (the footer's space), headings kept with
// at least the first two lines of what follows, no block split leaving one line alone at
// either end of a page, keep-together blocks moved whole to the next page, and every new page set (record,
// aftercare, review) starting on a fresh page.
#include <vector>

#include "pdf/layout_types.hpp"

namespace intake::pdf {

std::vector<Page> paginate(const std::vector<Block>& blocks, const PageGeometry& geometry);

}  // namespace intake::pdf
