#pragma once
// libharu 2.3 gives its UTF-8 (Identity-H) fonts a ToUnicode CMap made of "cidrange" entries,
// which is not valid in a ToUnicode map: poppler warns "Invalid 'begincidrange' operator" and
// copy/paste relies on guesswork. We rewrite that stream's content in place with proper bfchar
// entries. With the UTF-8 encoder libharu's CIDs are the Unicode code points (BMP), so the map
// is CID -> the same code point for every character the document uses.
#include <hpdf.h>

#include <set>

#include "common/result.hpp"

namespace intake::pdf {

Status replace_to_unicode_cmap(HPDF_Font font, const std::set<char32_t>& code_points);

}  // namespace intake::pdf
