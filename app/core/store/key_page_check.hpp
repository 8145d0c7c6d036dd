#pragma once
// When SQLCipher says page 1 does not decrypt, that is a wrong key or a damaged first page:
// the same HMAC failure. The pages after it tell the two apart: with the right key their
// HMACs (SQLCipher 4: HMAC-SHA512 under a key derived from the store key and the file's salt)
// still check out. Reads the file only; changes nothing.
#include <filesystem>

#include "store/store_key.hpp"

namespace intake::store {

enum class KeyPageCheck {
  later_pages_match,  // the key is right: page 1 itself is damaged
  no_page_matches,    // the key is wrong (or every page is damaged)
  cannot_tell,        // the file is too short, or not laid out as SQLCipher 4 pages
};

KeyPageCheck check_key_on_later_pages(const std::filesystem::path& database, const StoreKey& key);

}  // namespace intake::store
