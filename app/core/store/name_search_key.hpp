#pragma once
// Names are searched case- and accent-insensitively ("diaz" finds "Díaz", "MULLER" finds
// "Müller") through an indexed table of folded name words. SQLCipher encrypts whole pages,
// so this index is as encrypted as the names themselves.
#include <string>
#include <string_view>
#include <vector>

namespace intake::store {

// Folds case (full folding: "ß" -> "ss"), drops accents (NFD, then no non-spacing marks),
// drops apostrophes ("O'Brien" -> "obrien") and splits on anything that is not a letter or
// digit ("García-López" -> {"garcia", "lopez"}). Uses ICU from Debian.
std::vector<std::string> name_search_words(std::string_view text);

}  // namespace intake::store
