#pragma once
// UTF-8 for layout and font subsetting: the common text module's decoder (ICU underneath).
// Invalid bytes decode as U+FFFD, never crash.
#include "common/text.hpp"

namespace intake::pdf {

using CodePoint = text::CodePoint;
using text::append_utf8;
using text::decode_utf8;
// Combining marks stay glued to their base letter when a long word has to be broken.
using text::is_combining_mark;

}  // namespace intake::pdf
