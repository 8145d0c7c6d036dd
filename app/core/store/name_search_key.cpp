#include "store/name_search_key.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace intake::store {

std::vector<std::string> name_search_words(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString folded =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  folded.foldCase();
  icu::UnicodeString decomposed = U_SUCCESS(status) ? nfd->normalize(folded, status) : folded;
  if (U_FAILURE(status)) decomposed = folded;

  std::vector<std::string> words;
  icu::UnicodeString word;
  auto finish_word = [&] {
    if (word.isEmpty()) return;
    std::string utf8;
    word.toUTF8String(utf8);
    words.push_back(std::move(utf8));
    word.remove();
  };
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c == u'\'' || c == 0x2019 || c == 0x02BC) continue;  // O'Brien, O’Brien
    if (u_isalnum(c)) {
      word.append(c);
    } else {
      finish_word();
    }
  }
  finish_word();
  return words;
}

}  // namespace intake::store
