#pragma once
// Small text helpers the loader and the document parser share.
#include <string>
#include <string_view>

namespace intake::forms {

// 1-based line of the first byte sequence that is not valid UTF-8, or 0 when all is valid.
// Patient-facing text must render in the kiosk's fonts, so bad bytes are refused at load.
int first_invalid_utf8_line(std::string_view text);

// Stable ids (questions, choices, pages, sections, flag codes): lower-case ASCII letters,
// digits and '_', starting with a letter, at most 64 characters.
bool is_valid_id(std::string_view id);

// Form ids name folders and appear in records; '-' is allowed (rf-microneedling) since the
// rule language never reads them.
bool is_valid_form_id(std::string_view id);

// "en", "es", "pt_br"-style ids are enough for file names like consent.pt_br.md.
bool is_language_code(std::string_view code);

}  // namespace intake::forms
